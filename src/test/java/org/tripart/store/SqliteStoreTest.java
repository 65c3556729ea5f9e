package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite store has; the behaviour both share is {@link StoreContractTest}'s. */
class SqliteStoreTest {
  @TempDir Path folder;

  private String location() {
    return folder.resolve("data").resolve("tripart.sqlite").toString();
  }

  private Connection connect() throws SQLException {
    return Database.SQLITE.connect(location());
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
    Stores.open(location()).close();

    assertThat(folder.resolve("data").resolve("tripart.sqlite")).exists();
    try (Connection connection = connect();
        var statement = connection.createStatement();
        var rows = statement.executeQuery("PRAGMA journal_mode")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("wal");
    }
  }
}
