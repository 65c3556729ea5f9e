package org.tripart.web.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tripart.store.NewAuditEntry;
import org.tripart.store.Store;

/**
 * Writes the audit trail: who ({@link Principal#actor}, or {@code anonymous} for a failed sign-in),
 * what (an action such as {@code member.set}), which study and target, when (the store's clock) and
 * from where (client address and User-Agent). Each call commits one row before it returns.
 * Thread-safe.
 */
public final class Audit {
  private static final int MAX_AGENT = 300;
  private final Store store;

  public Audit(Store store) {
    this.store = store;
  }

  /**
   * Appends one row.
   *
   * @param who the actor, or null for an unauthenticated one
   * @param study the study, or null for an action that concerns none
   * @param target what was acted on, or null
   * @param detail further detail, or null
   */
  public void record(
      Context ctx, Principal who, String action, String study, String target, ObjectNode detail) {
    String agent = ctx.userAgent();
    if (agent != null && agent.length() > MAX_AGENT) {
      agent = agent.substring(0, MAX_AGENT);
    }
    store.appendAudit(
        new NewAuditEntry(
            who == null ? "anonymous" : who.actor(),
            action,
            study,
            target,
            detail == null ? null : detail.toString(),
            ctx.ip(),
            agent));
  }
}
