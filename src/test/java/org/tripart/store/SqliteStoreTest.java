package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's behaviour on an SQLite file, plus what only SQLite has. */
class SqliteStoreTest extends StoreContractTest {
  @TempDir Path folder;

  @Override
  String location() {
    return folder.resolve("data").resolve("tripart.sqlite").toString();
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + location());
  }

  @Test
  void aLocationThatCannotHoldAFileIsReportedWithItsPlace() throws Exception {
    Path notAFolder = java.nio.file.Files.writeString(folder.resolve("plain"), "x");
    String location = notAFolder.resolve("tripart.sqlite").toString();

    assertThatThrownBy(() -> Stores.open(location))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageStartingWith("TRP-0700 " + location + ": cannot create the store's folder");
  }

  @Test
  void theFileIsCreatedWithItsFolderAndRunsInWalMode() throws SQLException {
    open();

    assertThat(folder.resolve("data").resolve("tripart.sqlite")).exists();
    try (Connection connection = connect();
        var statement = connection.createStatement();
        var rows = statement.executeQuery("PRAGMA journal_mode")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("wal");
    }
  }
}
