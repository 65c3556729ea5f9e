package org.tripart.store.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.store.Store;

/**
 * A backup taken while a thread keeps submitting responses through the Store API holds the store as
 * it was at one moment: every response in it whole, the responses a prefix of the submissions in
 * the order they were acknowledged, and each invitation's status agreeing with its response.
 */
class OnlineBackupTest {
  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aBackupTakenWhileResponsesArriveHoldsTheStoreAtOneMoment(String vendor) throws Exception {
    String source = FullStore.location(vendor, folder, "live");
    Path file = folder.resolve("live.zip");
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int before;
    int after;
    int rounds = 0;
    try (Store store = FullStore.fill(source)) {
      Thread submitter =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < FullStore.INVITATIONS && !stop.get(); i++) {
                    store.submit(FullStore.waiting(i), FullStore.answers(100 + i), 2, null);
                    acknowledged.add(FullStore.waiting(i));
                  }
                } catch (Throwable t) {
                  failure.set(t);
                }
              });
      submitter.start();
      while (acknowledged.size() < 20 && submitter.isAlive()) {
        Thread.sleep(5);
      }
      do {
        before = acknowledged.size();
        StoreArchives.backup(source, file);
        after = acknowledged.size();
        rounds++;
      } while (after == before && rounds < 5 && submitter.isAlive());
      stop.set(true);
      submitter.join();
    }
    assertThat(failure.get()).isNull();
    assertThat(after).as("submissions acknowledged while the backup ran").isGreaterThan(before);

    Map<String, List<Object[]>> tables = read(file);
    Map<String, Object[]> responses = byColumn(file, tables, "responses", "invitation_id");
    Set<String> inBackup = new HashSet<>();
    for (String id : responses.keySet()) {
      if (id != null && id.startsWith("w")) {
        inBackup.add(id);
      }
    }
    int k = inBackup.size();
    assertThat(k).isBetween(before, after + 1);
    assertThat(inBackup).isEqualTo(new HashSet<>(firstOf(k)));
    Manifest.Entry entry = entry(file, "responses");
    for (int i = 0; i < k; i++) {
      Object[] row = responses.get(FullStore.waiting(i));
      assertThat(row[entry.columns().indexOf("answers_json")])
          .isEqualTo(FullStore.answers(100 + i));
      assertThat(row[entry.columns().indexOf("submitted_at")]).isNotNull();
      assertThat(row[entry.columns().indexOf("instrument_version")]).isEqualTo(2L);
    }
    Map<String, Object[]> invitations = byColumn(file, tables, "invitations", "id");
    int status = entry(file, "invitations").columns().indexOf("status");
    Set<String> completed = new HashSet<>();
    invitations.forEach(
        (id, row) -> {
          if (id.startsWith("w") && "completed".equals(row[status])) {
            completed.add(id);
          }
        });
    assertThat(completed).as("invitations completed in the backup").isEqualTo(inBackup);
    System.out.printf(
        "%s: %d acknowledged before the backup, %d after, %d in it (%d rounds)%n",
        vendor, before, after, k, rounds);
  }

  private static List<String> firstOf(int k) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ids.add(FullStore.waiting(i));
    }
    return ids;
  }

  private static Manifest.Entry entry(Path file, String table) {
    try (ArchiveReader archive = ArchiveReader.open(file)) {
      return archive.manifest().tables().stream()
          .filter(e -> e.name().equals(table))
          .findFirst()
          .orElseThrow();
    }
  }

  private static Map<String, Object[]> byColumn(
      Path file, Map<String, List<Object[]>> tables, String table, String column) {
    int index = entry(file, table).columns().indexOf(column);
    Map<String, Object[]> rows = new HashMap<>();
    for (Object[] row : tables.get(table)) {
      rows.put((String) row[index], row);
    }
    return rows;
  }

  /** Every table's decoded rows, after the archive checked itself against its manifest. */
  static Map<String, List<Object[]>> read(Path file) {
    Map<String, List<Object[]>> tables = new HashMap<>();
    try (ArchiveReader archive = ArchiveReader.open(file)) {
      archive.verify();
      for (SourceTable t : archive.tables()) {
        List<Object[]> rows = new ArrayList<>();
        try (Lines lines = archive.lines(t)) {
          for (byte[] line = lines.next(); line != null; line = lines.next()) {
            rows.add(RowCodec.decode(line, t.columns().size(), t.name()));
          }
        }
        tables.put(t.name(), rows);
      }
    }
    return tables;
  }
}
