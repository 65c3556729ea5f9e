package org.tripart.web.auth;

import org.tripart.store.StudyRole;

/**
 * What a researcher may do in one study. Each role has a fixed set: a viewer reads aggregates with
 * small counts withheld, an analyst also sees exact counts and exports microdata, an owner may do
 * everything. The server's admin token has every permission in every study.
 */
public enum Permission {
  /** Fieldwork progress, analysis tables, the instrument and the register. */
  VIEW_AGGREGATES(StudyRole.OWNER, StudyRole.ANALYST, StudyRole.VIEWER),
  /**
   * Results with exact counts: frequencies, charts and downloads without small-cell suppression,
   * and the design-based estimates (whose unweighted counts are not suppressed).
   */
  EXACT_COUNTS(StudyRole.OWNER, StudyRole.ANALYST),
  /** Respondent-level answers (the responses listing). */
  EXPORT_MICRODATA(StudyRole.OWNER, StudyRole.ANALYST),
  /** The register, invitation batches and their link export, the instrument and the study. */
  CHANGE_STUDY(StudyRole.OWNER),
  /** Adding, changing and removing members. */
  MANAGE_MEMBERS(StudyRole.OWNER),
  /** Reading and exporting the audit log. */
  READ_AUDIT(StudyRole.OWNER);

  private final StudyRole[] roles;

  Permission(StudyRole... roles) {
    this.roles = roles;
  }

  /** Whether a member with {@code role} has this permission. */
  public boolean grantedTo(StudyRole role) {
    for (StudyRole r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}
