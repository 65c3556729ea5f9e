package org.tripart.store.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tripart.ErrorCode;
import org.tripart.store.StoreDatabase;

/**
 * What a restore or migration checks of its target before writing: that it is empty, at a schema
 * version the source can be loaded into, and with the source's tables and columns. Stateless.
 */
final class TargetChecks {
  private TargetChecks() {}

  /**
   * The target's schema version (null for a database without Tripart's schema), after checking that
   * it holds no rows and can take {@code sourceVersion}.
   */
  static String requireEmptyAndCompatible(
      Connection c, StoreDatabase target, String sourceVersion, List<String> known)
      throws SQLException {
    String version = null;
    if (SchemaReader.hasHistory(c)) {
      version = SchemaVersions.current(c);
    } else if (!SchemaReader.tables(c).isEmpty()) {
      throw new ArchiveException(
          ErrorCode.TARGET_NOT_EMPTY,
          target.where(),
          "holds tables ("
              + SchemaReader.tables(c).get(0).name()
              + ", ...) but no Tripart schema; restore into a new, empty database");
    }
    requireNoRows(c, target, SchemaReader.tables(c));
    if (known.stream().noneMatch(k -> SchemaVersions.compare(k, sourceVersion) == 0)) {
      throw new ArchiveException(
          ErrorCode.ARCHIVE_SCHEMA,
          target.where(),
          "the rows come from schema version "
              + sourceVersion
              + ", which this Tripart does not have (it has "
              + String.join(", ", known)
              + "); use the Tripart that wrote them, or a newer one");
    }
    if (version != null && SchemaVersions.compare(version, sourceVersion) > 0) {
      throw new ArchiveException(
          ErrorCode.ARCHIVE_SCHEMA,
          target.where(),
          "its schema is at version "
              + version
              + ", past the rows' version "
              + sourceVersion
              + "; restore into a new, empty database, which is migrated after loading");
    }
    return version;
  }

  /**
   * Refuses a target with a row in any table.
   *
   * @throws ArchiveException ({@link ErrorCode#TARGET_NOT_EMPTY}) naming the first such table
   */
  static void requireNoRows(Connection c, StoreDatabase target, List<Table> tables)
      throws SQLException {
    for (Table t : tables) {
      try (Statement s = c.createStatement();
          ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + TableRows.quote(t.name()))) {
        rows.next();
        long n = rows.getLong(1);
        if (n > 0) {
          throw new ArchiveException(
              ErrorCode.TARGET_NOT_EMPTY,
              target.where(),
              "is not empty: table "
                  + t.name()
                  + " has "
                  + n
                  + (n == 1 ? " row" : " rows")
                  + "; restore and migrate write only into an empty store");
        }
      }
    }
  }

  /**
   * Refuses a target whose tables or columns differ from the source's at the same version.
   *
   * @throws ArchiveException ({@link ErrorCode#ARCHIVE_SCHEMA}) naming the first difference
   */
  static void requireSameTables(
      List<SourceTable> source, List<Table> target, String where, String version) {
    Set<String> s = new TreeSet<>(source.stream().map(SourceTable::name).toList());
    Set<String> t = new TreeSet<>(target.stream().map(Table::name).toList());
    if (!s.equals(t)) {
      throw new ArchiveException(
          ErrorCode.ARCHIVE_SCHEMA,
          where,
          "at schema version " + version + " has tables " + t + "; the source has " + s);
    }
    for (SourceTable st : source) {
      Table tt = target.stream().filter(x -> x.name().equals(st.name())).findFirst().orElseThrow();
      if (!new TreeSet<>(st.columns()).equals(new TreeSet<>(tt.columnNames()))) {
        throw new ArchiveException(
            ErrorCode.ARCHIVE_SCHEMA,
            where + " table " + st.name(),
            "has columns " + tt.columnNames() + "; the source has " + st.columns());
      }
    }
  }
}
