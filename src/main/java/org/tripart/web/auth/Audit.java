package org.tripart.web.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.store.NewAuditEntry;
import org.tripart.store.Store;
import org.tripart.web.http.HttpProblem;

/**
 * Makes and writes the audit trail: who ({@link Principal#actor}, or {@code anonymous} for a failed
 * sign-in), what (an action such as {@code member.set}), which study and target, when (the store's
 * clock) and from where (client address and User-Agent).
 *
 * <p>Three ways, by what is recorded. A change (to a study, its instrument, register, invitations,
 * members, or to an account) hands the store the {@link #entry} to append in the change's own
 * transaction, so that neither is stored without the other (see {@link Store}). An export, or any
 * other read that is audited, calls {@link #recordExport} before it sends anything, and is refused
 * with 503 when its row cannot be written. An event that changes nothing else (sign-in success or
 * failure, sign-out, a refused password change) calls {@link #record}, which commits its row in a
 * transaction of its own: there is no other write to join. Thread-safe.
 */
public final class Audit {
  private static final int MAX_AGENT = 300;
  private final Store store;

  public Audit(Store store) {
    this.store = store;
  }

  /**
   * The row of an action of this request, to append with the change it records.
   *
   * @param who the actor, or null for an unauthenticated one
   * @param study the study, or null for an action that concerns none
   * @param target what was acted on, or null
   * @param detail further detail, or null
   */
  public NewAuditEntry entry(
      Context ctx, Principal who, String action, String study, String target, ObjectNode detail) {
    String agent = ctx.userAgent();
    if (agent != null && agent.length() > MAX_AGENT) {
      agent = agent.substring(0, MAX_AGENT);
    }
    return new NewAuditEntry(
        who == null ? "anonymous" : who.actor(),
        action,
        study,
        target,
        detail == null ? null : detail.toString(),
        ctx.ip(),
        agent);
  }

  /**
   * Appends one row in a transaction of its own, committed when this returns; for events that
   * change nothing else. Parameters as {@link #entry}.
   */
  public void record(
      Context ctx, Principal who, String action, String study, String target, ObjectNode detail) {
    store.appendAudit(entry(ctx, who, action, study, target, detail));
  }

  /**
   * Appends the row of an export before its body is sent: call it once the body is ready and before
   * setting any header of it. When the row cannot be written this throws a 503 problem, so that
   * nothing is sent unrecorded. Parameters as {@link #entry}.
   */
  public void recordExport(
      Context ctx, Principal who, String action, String study, String target, ObjectNode detail) {
    try {
      record(ctx, who, action, study, target, detail);
    } catch (TripartException e) {
      throw new HttpProblem(
          503,
          ErrorCode.STORE_UNAVAILABLE,
          "Store unavailable",
          "the export was not sent: its audit entry could not be written (" + e.getMessage() + ")",
          List.of(),
          0);
    }
  }
}
