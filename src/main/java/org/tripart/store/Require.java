package org.tripart.store;

/** Checks of values before they are written; each failure names the place and the field. */
final class Require {
  private Require() {}

  static String text(String where, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRecordException(where, field + " is missing or blank");
    }
    return value;
  }

  static String hash(String where, String value) {
    if (!TokenHashes.isHash(value)) {
      throw new InvalidRecordException(
          where, "the token hash must be 64 lowercase hex digits (SHA-256), not a clear token");
    }
    return value;
  }

  static int version(String where, int instrumentVersion) {
    if (instrumentVersion < 1) {
      throw new InvalidRecordException(
          where, "the instrument version must be 1 or more, not " + instrumentVersion);
    }
    return instrumentVersion;
  }

  static ResponseKey key(ResponseKey key) {
    if (key == null) {
      throw new InvalidRecordException(null, "no response named (invitation or open link)");
    }
    if (key instanceof ResponseKey.Invited invited) {
      text(null, "invitation id", invited.invitationId());
    } else if (key instanceof ResponseKey.OpenLink open) {
      String where = "open link";
      text(where, "study", open.study());
      text(where, "group", open.group());
      text(where, "client key", open.clientKey());
    }
    return key;
  }
}
