package org.tripart.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tripart.capture.PartnerDirectory;
import org.tripart.instrument.Sector;
import org.tripart.store.Institution;
import org.tripart.store.Invitation;
import org.tripart.store.Organisations;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;

/**
 * The registers of a response's study, the organisations its rosters may name, read from the store
 * on first use. For one request; thread-safe.
 */
final class RegisterDirectory implements PartnerDirectory {
  private final Store store;
  private final ResponseKey key;
  private Map<String, Sector> sectors;

  RegisterDirectory(Store store, ResponseKey key) {
    this.store = store;
    this.key = key;
  }

  @Override
  public synchronized Optional<Sector> sectorOf(String id) {
    if (sectors == null) {
      String study =
          key instanceof ResponseKey.OpenLink open
              ? open.study()
              : store
                  .invitation(((ResponseKey.Invited) key).invitationId())
                  .map(Invitation::study)
                  .orElse(null);
      Map<String, Sector> m = new HashMap<>();
      if (study != null) {
        for (Institution i : store.institutions(study)) {
          m.put(i.id(), Organisations.sector(i));
        }
      }
      sectors = m;
    }
    return Optional.ofNullable(sectors.get(id));
  }
}
