package org.tripart.store.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;

/** The Flyway version a store's schema is at, read from its history table. Stateless. */
final class SchemaVersions {
  private SchemaVersions() {}

  /** The highest successfully applied version, or null when none was applied. */
  static String current(Connection connection) throws SQLException {
    MigrationVersion highest = null;
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version FROM "
                    + SchemaReader.HISTORY
                    + " WHERE success AND version IS NOT NULL")) {
      while (rows.next()) {
        MigrationVersion v = MigrationVersion.fromVersion(rows.getString(1));
        if (highest == null || v.compareTo(highest) > 0) {
          highest = v;
        }
      }
    }
    return highest == null ? null : highest.getVersion();
  }

  /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}. */
  static int compare(String a, String b) {
    return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
  }
}
