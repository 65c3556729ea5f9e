package org.tripart.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Recorded instrument versions on an SQLite file. */
class SqliteResponseVersionTest extends ResponseVersionContractTest {
  @TempDir Path folder;

  @Override
  String location() {
    return folder.resolve("tripart.sqlite").toString();
  }

  @Override
  HikariDataSource dataSource() {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl("jdbc:sqlite:" + location());
    return ds;
  }
}
