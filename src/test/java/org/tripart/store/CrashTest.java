package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process with SIGKILL in the middle of a burst of concurrent submissions to an SQLite
 * store, then checks the file: every acknowledged submission is there and whole, every stored
 * response is a whole submission of the burst, and the file is intact.
 */
class CrashTest {
  private static final int INVITATIONS = 20_000;
  private static final int ACKS_BEFORE_KILL = 1_500;

  @TempDir Path folder;

  @Test
  void everyAcknowledgedSubmissionSurvivesSigkillWholeAndNothingElseIsStored() throws Exception {
    String location = folder.resolve("data/tripart.sqlite").toString();
    try (Store store = Stores.open(location)) {
      store.createStudy("s", "{\"en\":\"crash\"}");
      List<NewInvitation> invitations = new ArrayList<>();
      for (int i = 0; i < INVITATIONS; i++) {
        invitations.add(new NewInvitation("inv" + i, null, TokenHashes.hash("t" + i), null));
      }
      store.createInvitations("s", "clinician", "wave1", invitations);
    }

    Set<String> acknowledged = new HashSet<>();
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashSubmitter.class.getName(),
                location,
                Integer.toString(INVITATIONS),
                "64")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    boolean killed = false;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acknowledged.add(line.substring(4));
          if (!killed && acknowledged.size() >= ACKS_BEFORE_KILL) {
            sigkill(child);
            killed = true;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }
    assertThat(killed).as("the child was killed during its burst").isTrue();
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

    Map<String, String> stored = new HashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + location);
        Statement statement = connection.createStatement()) {
      try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
        check.next();
        assertThat(check.getString(1)).isEqualTo("ok");
      }
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT r.invitation_id, r.answers_json, r.submitted_at, i.status FROM responses r"
                  + " JOIN invitations i ON i.id = r.invitation_id")) {
        while (rows.next()) {
          assertThat(rows.getObject(3)).as("submitted_at of " + rows.getString(1)).isNotNull();
          assertThat(rows.getString(4)).isEqualTo("completed");
          stored.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    assertThat(stored.keySet()).containsAll(acknowledged);
    assertThat(stored)
        .allSatisfy((id, answers) -> assertThat(answers).isEqualTo(CrashSubmitter.answersOf(id)));
    assertThat(stored.size()).isLessThan(INVITATIONS);
  }

  /**
   * SIGKILL through kill(1): Process.destroyForcibly would also close the pipe still to be read.
   */
  private static void sigkill(Process process) throws Exception {
    new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start().waitFor();
  }
}
