package org.tripart.store;

/** Where an invitation stands. It only moves forward: invited, then started, then completed. */
public enum InvitationStatus {
  /** Sent; no answer saved yet. */
  INVITED,
  /** At least one draft saved, not yet submitted. */
  STARTED,
  /** The final response is stored. */
  COMPLETED
}
