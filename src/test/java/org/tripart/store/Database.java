package org.tripart.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases every store contract runs on. A contract is one class parameterised over both
 * ({@code @ParameterizedClass @EnumSource(Database.class)}), so each of its cases runs on both and
 * a case cannot be added for one only; what only one database has is tested in its own class.
 *
 * <p>PostgreSQL is the one test server of the run ({@link SharedPostgres}), started on first use,
 * with a fresh database per test. Without PostgreSQL binaries its cases fail with a message saying
 * how to install them, unless the environment variable {@code TRIPART_SKIP_POSTGRES=1} asks to skip
 * them. Thread-safe.
 */
public enum Database {
  /** An SQLite file in the test's temporary folder, deleted with it. */
  SQLITE {
    @Override
    public String freshLocation(Path folder) {
      return folder.resolve("tripart.sqlite").toString();
    }

    @Override
    String jdbcUrl(String location) {
      return "jdbc:sqlite:" + location;
    }

    @Override
    List<String> refuseAuditRows() {
      return List.of(
          "CREATE TRIGGER audit_log_refused BEFORE INSERT ON audit_log"
              + " BEGIN SELECT RAISE(ABORT, 'audit rows refused by the test'); END");
    }
  },

  /** A new database on the run's PostgreSQL server. */
  POSTGRESQL {
    @Override
    public String freshLocation(Path folder) {
      requireServer();
      return SharedPostgres.newDatabaseUrl();
    }

    @Override
    String jdbcUrl(String location) {
      return location;
    }

    @Override
    public void release(String location) {
      SharedPostgres.dropDatabase(location);
    }

    @Override
    List<String> refuseAuditRows() {
      return List.of(
          "CREATE FUNCTION audit_log_refused() RETURNS trigger LANGUAGE plpgsql AS"
              + " 'BEGIN RAISE EXCEPTION ''audit rows refused by the test''; END'",
          "CREATE TRIGGER audit_log_refused BEFORE INSERT ON audit_log"
              + " FOR EACH ROW EXECUTE FUNCTION audit_log_refused()");
    }
  };

  /**
   * The location of a fresh, empty store ({@link Stores#open} takes it): a file path under {@code
   * folder}, or a new PostgreSQL database's URL.
   *
   * @param folder a temporary folder of the test, used by SQLite only
   */
  public abstract String freshLocation(Path folder);

  abstract String jdbcUrl(String location);

  /**
   * Lets go of the store at {@code location} once the test closed it: a PostgreSQL database is
   * dropped, so that the run's server stays small; an SQLite file goes with its temporary folder.
   */
  public void release(String location) {}

  /** The statements that make the database refuse every INSERT into the audit log. */
  abstract List<String> refuseAuditRows();

  /** A plain JDBC connection to the store at {@code location}, for looking under the API. */
  Connection connect(String location) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(location));
  }

  /** A data source on the store at {@code location}, for migrating and looking by hand. */
  HikariDataSource dataSource(String location) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(jdbcUrl(location));
    return ds;
  }

  private static void requireServer() {
    if (SharedPostgres.available()) {
      return;
    }
    String problem =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found under"
            + " /usr/lib/postgresql/N/bin, TRIPART_PG_BIN or the PATH. Install them (Debian:"
            + " apt-get install postgresql) or set TRIPART_SKIP_POSTGRES=1 to skip the PostgreSQL"
            + " cases of the store tests.";
    Assumptions.assumeFalse("1".equals(System.getenv("TRIPART_SKIP_POSTGRES")), problem);
    throw new IllegalStateException(problem);
  }
}
