package org.tripart.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A store's database below the {@link Store} API, for tools that copy a whole store (backup,
 * restore, migration in {@code org.tripart.store.archive}): plain JDBC connections with the
 * settings {@link Stores#open} uses, and the store's Flyway migrations run up to a chosen version.
 *
 * <p>A location is read as {@link Stores#open} reads it: {@code jdbc:postgresql://...} (user and
 * password from the URL or {@code TRIPART_DB_USER}/{@code TRIPART_DB_PASSWORD}), else an SQLite
 * file path with an optional {@code jdbc:sqlite:} prefix. Creating an instance does no I/O.
 * Immutable and thread-safe; every connection it hands out is the caller's to close.
 */
public final class StoreDatabase {
  private final Vendor vendor;
  private final String location;

  private StoreDatabase(Vendor vendor, String location) {
    this.vendor = vendor;
    this.location = location;
  }

  /**
   * The database at {@code location}.
   *
   * @throws StoreUnavailableException when no location is given
   */
  public static StoreDatabase at(String location) {
    if (location == null || location.isBlank()) {
      throw new StoreUnavailableException(null, "no store location given", null);
    }
    return location.startsWith("jdbc:postgresql:")
        ? new StoreDatabase(Vendor.POSTGRESQL, location)
        : new StoreDatabase(Vendor.SQLITE, location);
  }

  /** True for PostgreSQL, false for SQLite. */
  public boolean isPostgres() {
    return vendor == Vendor.POSTGRESQL;
  }

  /** {@code sqlite} or {@code postgresql}. */
  public String vendorName() {
    return isPostgres() ? "postgresql" : "sqlite";
  }

  /** The location for messages: the file, or the URL without its password. */
  public String where() {
    return isPostgres() ? Stores.redact(location) : location;
  }

  /** The location as given, password included; for handing to a tool such as pg_dump. */
  public String location() {
    return location;
  }

  /** The SQLite file; null for PostgreSQL. */
  public Path sqliteFile() {
    if (isPostgres()) {
      return null;
    }
    return Path.of(location.startsWith("jdbc:sqlite:") ? location.substring(12) : location)
        .toAbsolutePath();
  }

  /** False only for an SQLite file that does not exist (PostgreSQL is not asked). */
  public boolean exists() {
    return isPostgres() || Files.isRegularFile(sqliteFile());
  }

  /**
   * A new connection, auto-commit on. SQLite: foreign keys on, the store's busy timeout, and {@code
   * BEGIN DEFERRED} transactions (a reader's snapshot starts at its first read, and it takes no
   * write lock); the journal mode is left as the file has it. A missing SQLite file is created with
   * its folders: check {@link #exists()} first to avoid that.
   *
   * @throws SQLException when the database cannot be reached
   */
  public Connection connect() throws SQLException {
    return dataSource(false).getConnection();
  }

  /** The user the PostgreSQL connections run as (from the URL or the environment), or null. */
  public String postgresUser() {
    PGSimpleDataSource ds = (PGSimpleDataSource) dataSource(false);
    return ds.getUser();
  }

  /** The PostgreSQL password (from the URL or the environment), or null. */
  public String postgresPassword() {
    PGSimpleDataSource ds = (PGSimpleDataSource) dataSource(false);
    return ds.getPassword();
  }

  /**
   * Runs the store's migrations up to {@code version} (all of them when null), as {@link
   * Stores#open} would; an SQLite file is set to WAL with {@code synchronous=FULL} first.
   *
   * @throws StoreUnavailableException when the migrations fail
   */
  public void migrate(String version) {
    try {
      var config =
          Flyway.configure()
              .dataSource(dataSource(true))
              .locations(vendor.migrations())
              .failOnMissingLocations(true)
              .loggers("slf4j");
      if (version != null) {
        config = config.target(MigrationVersion.fromVersion(version));
      }
      config.load().migrate();
    } catch (RuntimeException e) {
      throw new StoreUnavailableException(
          where(), "cannot bring the schema up to date: " + Failures.rootMessage(e), e);
    }
  }

  /** The versions of the migrations this build of Tripart has for the vendor, in order. */
  public List<String> knownVersions() {
    List<String> versions = new ArrayList<>();
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource(false))
            .locations(vendor.migrations())
            .loggers("slf4j")
            .load();
    try {
      for (MigrationInfo info : flyway.info().all()) {
        if (info.getVersion() != null && info.getState().isResolved()) {
          versions.add(info.getVersion().getVersion());
        }
      }
    } catch (RuntimeException e) {
      throw new StoreUnavailableException(
          where(), "cannot read the schema's migrations: " + Failures.rootMessage(e), e);
    }
    return versions;
  }

  private DataSource dataSource(boolean durable) {
    if (isPostgres()) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(location);
      String user = System.getenv("TRIPART_DB_USER");
      String password = System.getenv("TRIPART_DB_PASSWORD");
      if (user != null && !location.contains("user=")) {
        ds.setUser(user);
      }
      if (password != null && !location.contains("password=")) {
        ds.setPassword(password);
      }
      ds.setConnectTimeout((int) (Stores.POSTGRES_CONNECTION_TIMEOUT_MS / 1000));
      ds.setReWriteBatchedInserts(true);
      return ds;
    }
    SQLiteConfig config = new SQLiteConfig();
    if (durable) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    }
    config.enforceForeignKeys(true);
    config.setBusyTimeout(Stores.SQLITE_BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + sqliteFile());
    return sqlite;
  }
}
