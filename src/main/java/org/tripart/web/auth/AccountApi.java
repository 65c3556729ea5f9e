package org.tripart.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.tripart.store.ApiToken;
import org.tripart.store.Membership;
import org.tripart.store.Store;
import org.tripart.store.StoredUser;
import org.tripart.store.StudyRole;
import org.tripart.store.TokenHashes;

/**
 * Accounts over the JSON API: the admin token creates users ({@code POST /api/users}); a user sees
 * itself ({@code GET /api/me}) and creates, lists and revokes its own API tokens ({@code
 * /api/me/tokens}); owners, and the admin token (which gives a study its first owner), manage a
 * study's members ({@code /api/studies/{study}/members}). A study keeps at least one enabled owner:
 * the store refuses removing or demoting the last one ({@link
 * org.tripart.store.LastOwnerException}, answered 409 naming the study). Each change writes its
 * audit row in its own transaction. Thread-safe.
 */
public final class AccountApi {
  private final Store store;
  private final Access access;
  private final Audit audit;

  public AccountApi(Store store, Access access, Audit audit) {
    this.store = store;
    this.access = access;
    this.audit = audit;
  }

  public void register(RoutesConfig r) {
    r.post("/api/users", this::createUser);
    r.get("/api/me", this::me);
    r.get("/api/me/tokens", this::tokens);
    r.post("/api/me/tokens", this::createToken);
    r.delete("/api/me/tokens/{id}", this::revokeToken);
    r.get("/api/studies/{study}/members", this::members);
    r.post("/api/studies/{study}/members", this::setMember);
    r.delete("/api/studies/{study}/members/{user}", this::removeMember);
  }

  private void createUser(Context ctx) {
    Principal who = access.require(ctx);
    if (!who.isAdmin()) {
      throw Problems.forbidden("only the server's admin token creates users");
    }
    JsonNode body = JsonBodies.object(ctx);
    String email = JsonBodies.text(body, "email");
    String name = JsonBodies.text(body, "displayName");
    String password = body.path("password").asText("");
    String weakness = Passwords.weakness(password);
    if (weakness != null) {
      throw Problems.badRequest(weakness);
    }
    StoredUser user =
        store.createUser(
            email,
            name,
            Passwords.hash(password),
            u -> audit.entry(ctx, who, "user.create", null, key(u), null));
    JsonBodies.send(ctx, 201, userJson(user));
  }

  private void me(Context ctx) {
    Principal who = access.require(ctx);
    if (who.isAdmin()) {
      JsonBodies.send(ctx, 200, JsonBodies.JSON.createObjectNode().put("admin", true));
      return;
    }
    ObjectNode out = userJson(who.user());
    ArrayNode studies = out.putArray("memberships");
    for (Membership m : store.memberships(who.user().id())) {
      studies.addObject().put("study", m.study()).put("role", m.role().name());
    }
    JsonBodies.send(ctx, 200, out);
  }

  private void tokens(Context ctx) {
    StoredUser user = requireUser(ctx);
    ArrayNode out = JsonBodies.JSON.createArrayNode();
    for (ApiToken t : store.userApiTokens(user.id())) {
      ObjectNode o = out.addObject().put("id", t.id()).put("name", t.name());
      o.put("created", t.created().toString());
      o.put("revoked", t.revoked() == null ? null : t.revoked().toString());
    }
    JsonBodies.send(ctx, 200, out);
  }

  private void createToken(Context ctx) {
    StoredUser user = requireUser(ctx);
    String name = JsonBodies.text(JsonBodies.object(ctx), "name");
    if (name.length() > 100) {
      throw Problems.badRequest("\"name\" must be at most 100 characters");
    }
    String token = TokenHashes.newToken();
    Principal who = new Principal(user);
    ApiToken stored =
        store.createUserApiToken(
            user.id(),
            name,
            TokenHashes.hash(token),
            t -> audit.entry(ctx, who, "token.create", null, Long.toString(t.id()), null));
    ObjectNode out = JsonBodies.JSON.createObjectNode();
    out.put("id", stored.id()).put("name", name).put("token", token);
    JsonBodies.send(ctx, 201, out);
  }

  private void revokeToken(Context ctx) {
    StoredUser user = requireUser(ctx);
    long id = longParam(ctx, "id");
    Principal who = new Principal(user);
    if (!store.revokeUserApiToken(
        user.id(),
        id,
        revoked -> audit.entry(ctx, who, "token.revoke", null, Long.toString(id), null))) {
      throw Problems.notFound("you have no active token " + id);
    }
    ctx.status(204);
  }

  private void members(Context ctx) {
    String study = ctx.pathParam("study");
    access.require(ctx, study, Permission.MANAGE_MEMBERS);
    requireStudy(study);
    ArrayNode out = JsonBodies.JSON.createArrayNode();
    for (Membership m : store.members(study)) {
      out.addObject()
          .put("user", m.userId())
          .put("email", m.email())
          .put("displayName", m.displayName())
          .put("role", m.role().name());
    }
    JsonBodies.send(ctx, 200, out);
  }

  private void setMember(Context ctx) {
    String study = ctx.pathParam("study");
    Principal who = access.require(ctx, study, Permission.MANAGE_MEMBERS);
    requireStudy(study);
    JsonNode body = JsonBodies.object(ctx);
    String email = JsonBodies.text(body, "email");
    StudyRole role;
    try {
      role = StudyRole.valueOf(JsonBodies.text(body, "role").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest("\"role\" must be OWNER, ANALYST or VIEWER");
    }
    StoredUser user =
        store
            .userByEmail(email)
            .orElseThrow(() -> Problems.notFound("there is no user with this email"));
    Optional<StudyRole> before =
        store.setMembership(
            user.id(),
            study,
            role,
            was -> {
              ObjectNode detail = JsonBodies.JSON.createObjectNode().put("role", role.name());
              detail.put("before", was.map(Enum::name).orElse(null));
              return audit.entry(ctx, who, "member.set", study, key(user), detail);
            });
    ObjectNode out = userJson(user).put("study", study).put("role", role.name());
    JsonBodies.send(ctx, before.isPresent() ? 200 : 201, out);
  }

  private void removeMember(Context ctx) {
    String study = ctx.pathParam("study");
    Principal who = access.require(ctx, study, Permission.MANAGE_MEMBERS);
    long userId = longParam(ctx, "user");
    Optional<StudyRole> before =
        store.removeMembership(
            userId,
            study,
            was -> {
              ObjectNode detail = JsonBodies.JSON.createObjectNode().put("before", was.name());
              return audit.entry(ctx, who, "member.remove", study, "user:" + userId, detail);
            });
    if (before.isEmpty()) {
      throw Problems.notFound("user " + userId + " is not a member of this study");
    }
    ctx.status(204);
  }

  private void requireStudy(String study) {
    if (store.study(study).isEmpty()) {
      throw Problems.noStudy(study);
    }
  }

  private StoredUser requireUser(Context ctx) {
    Principal who = access.require(ctx);
    if (who.isAdmin()) {
      throw Problems.forbidden("the admin token is no user; sign in as a user to manage tokens");
    }
    return who.user();
  }

  private static long longParam(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw Problems.notFound("there is no " + name + " '" + ctx.pathParam(name) + "'");
    }
  }

  private static String key(StoredUser user) {
    return user.email().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode userJson(StoredUser u) {
    return JsonBodies.JSON
        .createObjectNode()
        .put("id", u.id())
        .put("email", u.email())
        .put("displayName", u.displayName());
  }
}
