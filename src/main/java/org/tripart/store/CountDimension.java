package org.tripart.store;

/** What fieldwork counts are broken down by. */
public enum CountDimension {
  /** The invitation's stakeholder group. */
  GROUP,
  /** The province code of the invitation's institution. */
  PROVINCE,
  /** The tier of the invitation's institution. */
  TIER
}
