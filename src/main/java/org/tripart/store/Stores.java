package org.tripart.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/** Opens stores. Thread-safe; holds no state. */
public final class Stores {
  /** Where the server keeps its SQLite file unless told otherwise. */
  public static final String DEFAULT_LOCATION = "data/tripart.sqlite";

  static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;

  /**
   * How long a request waits for a PostgreSQL connection before the store counts as unavailable
   * (503 with Retry-After): long enough for a busy pool, short enough that a respondent whose
   * database is down hears so within seconds rather than Hikari's default 30.
   */
  static final long POSTGRES_CONNECTION_TIMEOUT_MS = 10_000;

  /**
   * Connections for reads other than the token lookup, beyond those the writer threads and the
   * lookup keep: on SQLite, WAL lets these readers run beside the writer without blocking it.
   */
  private static final int OTHER_CONNECTIONS = 8;

  private Stores() {}

  /**
   * Opens the store at {@code location} and brings its schema up to date (Flyway migrations; a
   * no-op when it is current). On PostgreSQL the migrations run holding the {@link StartupLock}, so
   * that of several servers started together on one database one migrates and the others wait and
   * then find the schema current.
   *
   * <p>A {@code jdbc:postgresql://host:port/db} URL opens a PostgreSQL database; user and password
   * come from the URL's {@code user} and {@code password} parameters or else from the environment
   * variables {@code TRIPART_DB_USER} and {@code TRIPART_DB_PASSWORD}. Anything else is the path of
   * an SQLite file (a {@code jdbc:sqlite:} prefix is allowed), created with its parent folders when
   * missing, opened in WAL mode with {@code synchronous=FULL}, foreign keys on and a busy timeout;
   * see {@code durability.md} for why.
   *
   * @throws StoreUnavailableException when the database cannot be opened or migrated
   */
  public static Store open(String location) {
    return open(
        location,
        location != null && location.startsWith("jdbc:postgresql:")
            ? Vendor.POSTGRESQL.writerThreads()
            : Vendor.SQLITE.writerThreads());
  }

  /** {@link #open(String)} with a given number of writer threads, for tests of more than one. */
  static Store open(String location, int writerThreads) {
    if (location == null || location.isBlank()) {
      throw new StoreUnavailableException(null, "no store location given", null);
    }
    Vendor vendor = location.startsWith("jdbc:postgresql:") ? Vendor.POSTGRESQL : Vendor.SQLITE;
    if (writerThreads < 1 || (vendor == Vendor.SQLITE && writerThreads != 1)) {
      throw new IllegalArgumentException(vendor + " cannot have " + writerThreads + " writers");
    }
    String where = vendor == Vendor.SQLITE ? location : redact(location);
    HikariDataSource dataSource =
        vendor == Vendor.SQLITE
            ? sqlite(location, where)
            : postgres(location, where, writerThreads);
    try {
      StartupLock.around(
          dataSource,
          vendor,
          where,
          () ->
              Flyway.configure()
                  .dataSource(dataSource)
                  .locations(vendor.migrations())
                  .failOnMissingLocations(true)
                  .loggers("slf4j")
                  .load()
                  .migrate());
      Jdbi jdbi = Jdbi.create(dataSource);
      if (vendor == Vendor.SQLITE) {
        requireDurableSqlite(jdbi);
      }
      return new JdbiStore(vendor, dataSource, jdbi, Clock.systemUTC(), writerThreads);
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreUnavailableException(
          where, "cannot bring the schema up to date: " + Failures.rootMessage(e), e);
    }
  }

  private static HikariDataSource sqlite(String location, String where) {
    Path file = Path.of(location.startsWith("jdbc:sqlite:") ? location.substring(12) : location);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
    } catch (IOException | RuntimeException e) {
      throw new StoreUnavailableException(
          where, "cannot create the store's folder or file: " + Failures.rootMessage(e), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // The file exists now (an empty file is an empty SQLite database), so no later connection
    // creates one: a connection the pool opens while the disk is away fails and is retried, rather
    // than starting an empty store on the folder beneath the missing mount.
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    HikariConfig hikari = new HikariConfig();
    hikari.setDataSource(sqlite);
    hikari.setPoolName("tripart-sqlite");
    hikari.setExceptionOverride(new SqliteEviction());
    hikari.setMaximumPoolSize(
        Vendor.SQLITE.writerThreads() + JdbiStore.LOOKUP_CONNECTIONS + OTHER_CONNECTIONS);
    return start(hikari, where);
  }

  private static HikariDataSource postgres(String url, String where, int writerThreads) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    String user = System.getenv("TRIPART_DB_USER");
    String password = System.getenv("TRIPART_DB_PASSWORD");
    if (user != null && !url.contains("user=")) {
      hikari.setUsername(user);
    }
    if (password != null && !url.contains("password=")) {
      hikari.setPassword(password);
    }
    hikari.setPoolName("tripart-postgresql");
    hikari.setConnectionTimeout(POSTGRES_CONNECTION_TIMEOUT_MS);
    hikari.setMaximumPoolSize(writerThreads + JdbiStore.LOOKUP_CONNECTIONS + OTHER_CONNECTIONS);
    return start(hikari, where);
  }

  private static HikariDataSource start(HikariConfig hikari, String where) {
    hikari.setInitializationFailTimeout(10_000);
    try {
      return new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new StoreUnavailableException(
          where, "cannot connect to the database: " + Failures.rootMessage(e), e);
    }
  }

  /** Refuses a file whose settings would let an acknowledged answer be lost. */
  private static void requireDurableSqlite(Jdbi jdbi) {
    jdbi.useHandle(
        h -> {
          String journal = h.createQuery("PRAGMA journal_mode").mapTo(String.class).one();
          int synchronous = h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one();
          if (!"wal".equalsIgnoreCase(journal) || synchronous < 2) {
            throw new IllegalStateException(
                "the file runs with journal_mode="
                    + journal
                    + " synchronous="
                    + synchronous
                    + "; it needs WAL and FULL (2)");
          }
        });
  }

  /** The URL without its password, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
