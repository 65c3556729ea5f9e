package org.tripart.web;

import java.util.Optional;
import org.tripart.capture.PartnerDirectory;
import org.tripart.instrument.Sector;
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
  private String study;
  private boolean looked;

  RegisterDirectory(Store store, ResponseKey key) {
    this.store = store;
    this.key = key;
  }

  /** The registers of {@code study}, known to the caller, so no invitation is read. */
  static RegisterDirectory ofStudy(Store store, String study) {
    RegisterDirectory d = new RegisterDirectory(store, null);
    d.study = study;
    d.looked = true;
    return d;
  }

  @Override
  public synchronized Optional<Sector> sectorOf(String id) {
    if (!looked) {
      study =
          key instanceof ResponseKey.OpenLink open
              ? open.study()
              : store
                  .invitation(((ResponseKey.Invited) key).invitationId())
                  .map(Invitation::study)
                  .orElse(null);
      looked = true;
    }
    return study == null
        ? Optional.empty()
        : store.institution(study, id).map(Organisations::sector);
  }
}
