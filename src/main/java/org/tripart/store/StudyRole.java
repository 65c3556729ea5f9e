package org.tripart.store;

/**
 * A user's role in one study, stored by name. What each role may do is decided by the web layer
 * ({@code org.tripart.web.auth.Permission}); the store only keeps the role.
 */
public enum StudyRole {
  /** Changes the study, its instrument and register, invites, manages members, reads the audit. */
  OWNER,
  /** Reads aggregates and exports microdata. */
  ANALYST,
  /** Reads aggregate, small-cell-suppressed results only. */
  VIEWER
}
