package org.tripart.store.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.tripart.store.NewInvitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.SharedPostgres;
import org.tripart.store.Store;
import org.tripart.store.Stores;
import org.tripart.store.TokenHashes;

/**
 * Hand-run figures for RELIABILITY.md: fills an SQLite store with N submitted responses of about
 * 1.8 KB of answers each (the demo store's mean), then times backup, restore into SQLite and
 * PostgreSQL, migrate SQLite to PostgreSQL and back, and the native backups. Not a test; run with
 * {@code ./mvnw -o -q test-compile exec:java}-style classpath or from an IDE: {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) org.tripart.store.archive.ArchiveBenchmark
 * 50000}.
 */
public final class ArchiveBenchmark {
  private ArchiveBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path folder = Files.createTempDirectory("tripart-archive-bench");
    String sqlite = folder.resolve("source.sqlite").toString();
    long t0 = System.nanoTime();
    try (Store store = Stores.open(sqlite)) {
      store.createStudy("bench", "{\"en\":\"Bench\"}");
      List<NewInvitation> invitations = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        invitations.add(new NewInvitation("i" + i, null, TokenHashes.hash("t" + i), null));
      }
      store.createInvitations("bench", "staff", "b1", invitations);
      List<CompletableFuture<?>> pending = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        pending.add(store.submitAsync(ResponseKey.invitation("i" + i), answers(i), 1, null));
      }
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }
    print("fill (" + n + " responses)", t0, Files.size(Path.of(sqlite)));

    Path zip = folder.resolve("backup.zip");
    long t = System.nanoTime();
    Backup b = StoreArchives.backup(sqlite, zip);
    print("backup sqlite -> archive (" + b.manifest().totalRows() + " rows)", t, b.bytes());
    t = System.nanoTime();
    b = StoreArchives.nativeBackup(sqlite, folder.resolve("copy.sqlite"));
    print("backup --native sqlite (VACUUM INTO)", t, b.bytes());
    t = System.nanoTime();
    StoreArchives.restore(folder.resolve("restored.sqlite").toString(), zip);
    print("restore archive -> sqlite", t, -1);
    String pg = SharedPostgres.newDatabaseUrl();
    t = System.nanoTime();
    StoreArchives.restore(pg, zip);
    print("restore archive -> postgresql", t, -1);
    String pg2 = SharedPostgres.newDatabaseUrl();
    t = System.nanoTime();
    StoreArchives.migrate(sqlite, pg2);
    print("migrate sqlite -> postgresql", t, -1);
    t = System.nanoTime();
    StoreArchives.migrate(pg2, folder.resolve("back.sqlite").toString());
    print("migrate postgresql -> sqlite", t, -1);
    t = System.nanoTime();
    b = StoreArchives.backup(pg2, folder.resolve("pg.zip"));
    print("backup postgresql -> archive", t, b.bytes());
    t = System.nanoTime();
    b = StoreArchives.nativeBackup(pg2, folder.resolve("pg.pgdump"));
    print("backup --native postgresql (pg_dump -Fc)", t, b.bytes());
    System.exit(0);
  }

  private static String answers(int i) {
    StringBuilder s = new StringBuilder("{");
    for (int item = 0; item < 60; item++) {
      s.append(item == 0 ? "" : ",").append("\"item_").append(item).append("\":");
      s.append(item % 3 == 0 ? "[\"a\",\"c\"]" : "\"option_" + ((i + item) % 5) + "\"");
    }
    return s.append(",\"note\":\"free text ").append(i).append(" 中文\"}").toString();
  }

  private static void print(String what, long start, long bytes) {
    System.out.printf(
        Locale.ROOT,
        "%-45s %8.2f s%s%n",
        what,
        (System.nanoTime() - start) / 1e9,
        bytes < 0 ? "" : String.format(Locale.ROOT, "  %.1f MB", bytes / 1048576.0));
  }
}
