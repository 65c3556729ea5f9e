package org.tripart.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link Access} to every researcher route with a {@code {study}} path parameter before its
 * handler runs, and audits the study changes and exports of the routes whose handlers predate the
 * audit log after they succeed.
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
          Map.entry("GET " + S + "/members", Permission.MANAGE_MEMBERS),
          Map.entry("POST " + S + "/members", Permission.MANAGE_MEMBERS),
          Map.entry("DELETE " + S + "/members/{user}", Permission.MANAGE_MEMBERS),
          Map.entry("GET " + S + "/audit", Permission.READ_AUDIT),
          Map.entry("GET " + S + "/audit.csv", Permission.READ_AUDIT),
          Map.entry("GET /fieldwork/{study}", Permission.VIEW_AGGREGATES));

  private StudyGuard() {}

  public static void install(RoutesConfig r, Access access, Audit audit) {
    r.beforeMatched(ctx -> check(ctx, access));
    r.afterMatched(ctx -> record(ctx, access, audit));
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

  private static void record(Context ctx, Access access, Audit audit) {
    Endpoint e = ctx.endpoints().matchedHttpEndpoint();
    int status = ctx.status().getCode();
    if (e == null || status < 200 || status >= 300) {
      return;
    }
    String route = e.method.name() + " " + e.path;
    String action;
    String target = null;
    ObjectNode detail = JsonBodies.JSON.createObjectNode();
    if (route.equals("POST " + S + "/institutions")) {
      action = "institutions.import";
    } else if (route.equals("POST " + S + "/invitations")) {
      action = "invitations.create";
      JsonNode body = readBody(ctx);
      target = body.path("batch").isTextual() ? body.get("batch").asText() : null;
      detail.put("group", body.path("group").asText(null));
      detail.set("count", body.path("count"));
    } else if (route.equals("GET " + S + "/responses")) {
      action = "export.responses";
      detail.put("group", ctx.queryParam("group"));
    } else if (route.equals("GET " + S + "/microdata.csv")) {
      action = "export.microdata";
      detail.put("group", ctx.queryParam("group"));
    } else if (route.equals("GET " + S + "/invitations/{batch}.csv")) {
      action = "export.invitationLinks";
      target = ctx.pathParam("batch");
    } else {
      return;
    }
    Principal who = access.current(ctx).orElse(null);
    audit.record(ctx, who, action, ctx.pathParam("study"), target, detail);
  }

  private static JsonNode readBody(Context ctx) {
    try {
      JsonNode node = JsonBodies.JSON.readTree(ctx.body());
      return node == null ? JsonBodies.JSON.createObjectNode() : node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException ex) {
      return JsonBodies.JSON.createObjectNode();
    }
  }
}
