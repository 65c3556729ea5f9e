package org.tripart.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.tripart.store.Store;

/**
 * {@code GET /healthz}: whether this server can serve, for a load balancer or reverse proxy. It
 * asks the store a trivial query, so a server whose database is gone reports so (503 with
 * Retry-After, problem+json) and reports healthy again by itself when the database returns. Needs
 * no credentials and reveals no study data; not rate-limited, since a proxy polls it. Stateless
 * beyond the store; thread-safe.
 */
final class HealthCheck {
  private final Store store;

  HealthCheck(Store store) {
    this.store = store;
  }

  void register(RoutesConfig routes) {
    routes.get("/healthz", this::check);
  }

  private void check(Context ctx) {
    String vendor = store.checkReachable();
    ctx.header("Cache-Control", "no-store");
    ctx.json(Answers.JSON.createObjectNode().put("status", "ok").put("store", vendor));
  }
}
