package org.tripart.web;

import java.util.Optional;
import org.tripart.capture.PartnerDirectory;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;
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

  /**
   * The organisations the partner rosters of {@code instrument} may name in the response {@code
   * key}: the registers of its study. {@link PartnerDirectory#NONE} when the instrument has no
   * roster; otherwise the registers are read from the store at most once, when a roster first names
   * a listed partner.
   */
  static PartnerDirectory forResponse(Store store, ResponseKey key, Instrument instrument) {
    return hasRoster(instrument) ? new RegisterDirectory(store, key) : PartnerDirectory.NONE;
  }

  /**
   * {@link #forResponse} for the response of {@code invitation}: the registers of its study, which
   * an invitation never changes, so the store is not asked for the invitation again.
   */
  static PartnerDirectory forInvitation(Store store, Invitation invitation, Instrument instrument) {
    return hasRoster(instrument) ? ofStudy(store, invitation.study()) : PartnerDirectory.NONE;
  }

  private static boolean hasRoster(Instrument instrument) {
    for (var section : instrument.sections()) {
      for (var item : section.items()) {
        if (item.type() == ItemType.ROSTER) {
          return true;
        }
      }
    }
    return false;
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
