package org.tripart.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs the store's reads and writes and turns their failures into the store's exceptions: a unique
 * violation of a write into {@link DuplicateRecordException}, anything else not already a store
 * exception into {@link StoreUnavailableException}. Stateless.
 */
final class Calls {
  private Calls() {}

  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw Failures.translate(null, e.getCause());
    }
  }

  static <T> T read(Supplier<T> query) {
    try {
      return query.get();
    } catch (RuntimeException e) {
      throw Failures.translate(null, e);
    }
  }

  static void execute(String where, String duplicate, Runnable change) {
    write(
        where,
        duplicate,
        () -> {
          change.run();
          return null;
        });
  }

  static <T> T write(String where, String duplicate, Supplier<T> change) {
    try {
      return change.get();
    } catch (RuntimeException e) {
      if (Failures.isUniqueViolation(e)) {
        throw new DuplicateRecordException(where, duplicate);
      }
      throw Failures.translate(where, e);
    }
  }
}
