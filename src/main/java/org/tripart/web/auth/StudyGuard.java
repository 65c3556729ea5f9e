package org.tripart.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link Access} to every researcher route with a {@code {study}} path parameter before its
 * handler runs. (Auditing is the handlers': a change hands its row to the store with the change, an
 * export writes its row before it sends the body; see {@link Audit}.)
 *
 * <p>The permission of a route is looked up by method and path in {@link #PERMISSIONS}; a route
 * with {@code {study}} that is not listed needs study membership ({@link
 * Permission#VIEW_AGGREGATES}) and its handler must ask {@link Access#require(Context, String,
 * Permission)} for more. Respondent routes ({@code /o/...}) are not guarded. A request without
 * credentials is left to the handler on browser pages (which send it to sign in) and answered 401
 * on {@code /api/}. Stateless apart from {@link Access}.
 */
public final class StudyGuard {
  private static final String S = "/api/studies/{study}";

  static final Map<String, Permission> PERMISSIONS =
      Map.ofEntries(
          Map.entry("GET " + S, Permission.VIEW_AGGREGATES),
          Map.entry("PATCH " + S, Permission.CHANGE_STUDY),
          Map.entry("POST " + S + "/instruments", Permission.CHANGE_STUDY),
          Map.entry("GET " + S + "/instruments", Permission.VIEW_AGGREGATES),
          Map.entry("GET " + S + "/instruments/{instrument}/{version}", Permission.VIEW_AGGREGATES),
          Map.entry("GET " + S + "/institutions", Permission.VIEW_AGGREGATES),
          Map.entry("POST " + S + "/institutions", Permission.CHANGE_STUDY),
          Map.entry("GET " + S + "/responses", Permission.EXPORT_MICRODATA),
          Map.entry("GET " + S + "/microdata.csv", Permission.EXPORT_MICRODATA),
          Map.entry("POST " + S + "/invitations", Permission.CHANGE_STUDY),
          Map.entry("GET " + S + "/invitations/{batch}.csv", Permission.CHANGE_STUDY),
          Map.entry("GET " + S + "/fieldwork", Permission.VIEW_AGGREGATES),
          Map.entry("GET " + S + "/analysis", Permission.VIEW_AGGREGATES),
          Map.entry("POST " + S + "/analysis", Permission.EXACT_COUNTS),
          Map.entry("POST " + S + "/model", Permission.EXACT_COUNTS),
          Map.entry("GET /dashboard/{study}/model", Permission.EXACT_COUNTS),
          Map.entry("GET " + S + "/members", Permission.MANAGE_MEMBERS),
          Map.entry("POST " + S + "/members", Permission.MANAGE_MEMBERS),
          Map.entry("DELETE " + S + "/members/{user}", Permission.MANAGE_MEMBERS),
          Map.entry("GET " + S + "/audit", Permission.READ_AUDIT),
          Map.entry("GET " + S + "/audit.csv", Permission.READ_AUDIT),
          Map.entry("GET /fieldwork/{study}", Permission.VIEW_AGGREGATES));

  private StudyGuard() {}

  public static void install(RoutesConfig r, Access access) {
    r.beforeMatched(ctx -> check(ctx, access));
  }

  /** The permission a route needs, or empty for a route outside any study. */
  static Optional<Permission> permission(HandlerType method, String path) {
    if (!path.contains("{study}") || path.startsWith("/o/")) {
      return Optional.empty();
    }
    return Optional.of(
        PERMISSIONS.getOrDefault(method.name() + " " + path, Permission.VIEW_AGGREGATES));
  }

  private static void check(Context ctx, Access access) {
    Endpoint e = ctx.endpoints().matchedHttpEndpoint();
    if (e == null) {
      return;
    }
    Optional<Permission> needed = permission(e.method, e.path);
    if (needed.isEmpty()) {
      return;
    }
    String study = ctx.pathParam("study");
    if (e.path.startsWith("/api/")) {
      access.require(ctx, study, needed.get());
      return;
    }
    Optional<Principal> who = access.current(ctx);
    if (who.isPresent()) {
      access.check(who.get(), study, needed.get());
    }
  }
}
