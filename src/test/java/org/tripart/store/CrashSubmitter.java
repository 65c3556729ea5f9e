package org.tripart.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The process that {@link CrashTest} kills: submits answers for invitations {@code inv0..invN-1}
 * from many threads at once and prints {@code ACK id} after each submission is acknowledged, until
 * it is killed. Arguments: store location, invitation count, thread count.
 */
final class CrashSubmitter {
  private CrashSubmitter() {}

  static String answersOf(String invitationId) {
    return "{\"id\":\"" + invitationId + "\",\"text\":\"" + "x".repeat(1000) + invitationId + "\"}";
  }

  public static void main(String[] args) throws InterruptedException {
    String location = args[0];
    int invitations = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Store store = Stores.open(location);
    out.println("READY");
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      Thread worker =
          new Thread(
              () -> {
                for (int i = first; i < invitations; i += threads) {
                  String id = "inv" + i;
                  store.submit(id, answersOf(id), 1, "key-" + id);
                  synchronized (out) {
                    out.println("ACK " + id);
                  }
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    out.println("DONE");
  }
}
