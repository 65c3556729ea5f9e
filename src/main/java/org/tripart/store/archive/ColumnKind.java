package org.tripart.store.archive;

import java.sql.Types;

/**
 * The kinds of value the portable archive carries, whatever each vendor calls its column types.
 * Integers of any width are JSON numbers; text is a JSON string; a boolean (a PostgreSQL {@code
 * boolean}, an SQLite {@code INTEGER} holding 0 or 1) is the number 0 or 1, so that a table's
 * archived rows, and their checksum, are the same from either vendor.
 */
enum ColumnKind {
  INTEGER,
  TEXT,
  BOOLEAN,
  /** A type the archive does not carry (floating point, binary, jsonb, timestamps). */
  UNSUPPORTED;

  /** The kind of a column of JDBC type {@code sqlType} (from {@code DatabaseMetaData}). */
  static ColumnKind of(int sqlType) {
    return switch (sqlType) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
      case Types.VARCHAR,
          Types.CHAR,
          Types.LONGVARCHAR,
          Types.NVARCHAR,
          Types.NCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB ->
          TEXT;
      case Types.BOOLEAN, Types.BIT -> BOOLEAN;
      default -> UNSUPPORTED;
    };
  }
}
