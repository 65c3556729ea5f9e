package org.tripart.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/**
 * Finds an invitation by its token hash, the one read on every respondent request, with a statement
 * prepared once per connection instead of once per request (SQLite's driver keeps no statement
 * cache, and preparing cost more than the lookup itself).
 *
 * <p>Keeps up to {@code slots} connections of the pool, each with its prepared statement, taken on
 * first use. A request that finds every slot busy borrows a connection for that one query instead
 * of waiting. A slot whose connection fails is closed and its connection returned to the pool; the
 * next request opens a new one. Thread-safe; {@link #close()} returns the connections.
 */
final class InvitationLookup implements AutoCloseable {
  static final String SQL =
      "SELECT id, study_id, group_id, institution_id, batch_id, token_hash,"
          + " created_at, expires_at, status FROM invitations WHERE token_hash = ?";

  private final DataSource dataSource;
  private final BlockingQueue<Slot> idle;
  private final int slots;
  private int opened;
  private boolean closed;

  InvitationLookup(DataSource dataSource, int slots) {
    this.dataSource = dataSource;
    this.slots = slots;
    this.idle = new ArrayBlockingQueue<>(slots);
  }

  /**
   * The invitation whose stored hash equals {@code tokenHash}, empty when there is none.
   *
   * @throws StoreUnavailableException when the database fails
   */
  Optional<Invitation> find(String tokenHash) {
    Slot slot = take();
    if (slot == null) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(SQL)) {
        return query(s, tokenHash);
      } catch (SQLException | RuntimeException e) {
        throw Failures.translate("invitation lookup", e);
      }
    }
    try {
      Optional<Invitation> found = query(slot.statement, tokenHash);
      release(slot);
      return found;
    } catch (SQLException | RuntimeException e) {
      discard(slot);
      throw Failures.translate("invitation lookup", e);
    }
  }

  private Slot take() {
    Slot slot = idle.poll();
    if (slot != null) {
      return slot;
    }
    synchronized (this) {
      if (closed || opened >= slots) {
        return null;
      }
      opened++;
    }
    Connection c = null;
    try {
      c = dataSource.getConnection();
      return new Slot(c, c.prepareStatement(SQL));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      synchronized (this) {
        opened--;
      }
      throw Failures.translate("invitation lookup", e);
    }
  }

  private void release(Slot slot) {
    boolean keep;
    synchronized (this) {
      keep = !closed && idle.offer(slot);
    }
    if (!keep) {
      discard(slot);
    }
  }

  private void discard(Slot slot) {
    closeQuietly(slot.statement);
    closeQuietly(slot.connection);
    synchronized (this) {
      opened--;
    }
  }

  private static Optional<Invitation> query(PreparedStatement s, String tokenHash)
      throws SQLException {
    s.setString(1, tokenHash);
    try (ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      long expires = rs.getLong(8);
      boolean never = rs.wasNull();
      return Optional.of(
          new Invitation(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              Instant.ofEpochMilli(rs.getLong(7)),
              never ? null : Instant.ofEpochMilli(expires),
              InvitationStatus.valueOf(rs.getString(9).toUpperCase(Locale.ROOT))));
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    for (Slot slot = idle.poll(); slot != null; slot = idle.poll()) {
      discard(slot);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      // a connection that will not close is dropped by the pool
    }
  }

  private record Slot(Connection connection, PreparedStatement statement) {}
}
