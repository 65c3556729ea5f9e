package org.tripart.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.tripart.fieldwork.RegisterCsv;
import org.tripart.fieldwork.Tier;
import org.tripart.store.Institution;
import org.tripart.store.RegisterChange;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredResponse;
import org.tripart.store.StoredStudy;
import org.tripart.web.auth.Audit;
import org.tripart.web.auth.Principal;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * The researcher's JSON API over studies, instruments, the organisation registers (hospitals,
 * research institutions, companies) and responses. A register CSV is added ({@code ?mode=add}, the
 * default) or replaces the registers of the sectors it lists ({@code ?mode=replace}); see {@code
 * org/tripart/fieldwork/registers.md}. Every route needs an API token or a session; {@code
 * org.tripart.web.auth.StudyGuard} checks the caller's role in the study before a handler runs, and
 * the study list shows only the caller's studies. A register import writes its audit row in its own
 * transaction; the responses export writes its row before the body is sent and is refused with 503
 * when it cannot. Stateless apart from the store.
 */
final class ResearcherApi {
  private final Store store;
  private final ResearcherAuth auth;
  private final Audit audit;
  private final List<String> studyIds;

  /**
   * @param studyIds the studies the server serves (the store keeps no list of its studies)
   */
  ResearcherApi(Store store, ResearcherAuth auth, Audit audit, List<String> studyIds) {
    this.store = store;
    this.auth = auth;
    this.audit = audit;
    this.studyIds = List.copyOf(studyIds);
  }

  void register(RoutesConfig r) {
    r.get("/api/studies", this::studies);
    r.get("/api/studies/{study}", this::study);
    r.get("/api/studies/{study}/instruments", this::instruments);
    r.get("/api/studies/{study}/instruments/{instrument}/{version}", this::instrumentSource);
    r.get("/api/studies/{study}/institutions", this::institutions);
    r.post("/api/studies/{study}/institutions", this::importInstitutions);
    r.get("/api/studies/{study}/responses", this::responses);
  }

  /** The study named in the path, or 404. */
  static StoredStudy requireStudy(Store store, Context ctx) {
    String id = ctx.pathParam("study");
    return store
        .study(id)
        .orElseThrow(() -> HttpProblem.notFound("there is no study '" + id + "'"));
  }

  private void studies(Context ctx) {
    Principal who = auth.require(ctx);
    ArrayNode out = Answers.JSON.createArrayNode();
    for (String id : studyIds) {
      if (who.isAdmin() || store.role(who.user().id(), id).isPresent()) {
        store.study(id).ifPresent(s -> out.add(studyJson(store, s)));
      }
    }
    json(ctx, 200, out);
  }

  private void study(Context ctx) {
    auth.require(ctx);
    json(ctx, 200, studyJson(store, requireStudy(store, ctx)));
  }

  /** The study as the API shows it: id, title, created, threshold and groups. */
  static ObjectNode studyJson(Store store, StoredStudy s) {
    ObjectNode o = Answers.JSON.createObjectNode();
    o.put("id", s.id());
    o.set("title", readTree(s.titleJson()));
    o.put("created", s.created().toString());
    o.put("suppressionThreshold", s.suppressionThreshold());
    ArrayNode groups = o.putArray("groups");
    store.instruments(s.id()).stream().map(StoredInstrument::group).distinct().forEach(groups::add);
    return o;
  }

  private void instruments(Context ctx) {
    auth.require(ctx);
    StoredStudy s = requireStudy(store, ctx);
    ArrayNode out = Answers.JSON.createArrayNode();
    for (StoredInstrument i : store.instruments(s.id())) {
      out.addObject()
          .put("group", i.group())
          .put("instrument", i.instrumentId())
          .put("version", i.version())
          .put("created", i.created().toString())
          .put(
              "source",
              "/api/studies/" + s.id() + "/instruments/" + i.instrumentId() + "/" + i.version());
    }
    json(ctx, 200, out);
  }

  private void instrumentSource(Context ctx) {
    auth.require(ctx);
    StoredStudy s = requireStudy(store, ctx);
    int version;
    try {
      version = Integer.parseInt(ctx.pathParam("version"));
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("the version must be a whole number");
    }
    StoredInstrument i =
        store
            .instrument(s.id(), ctx.pathParam("instrument"), version)
            .orElseThrow(() -> HttpProblem.notFound("there is no such instrument version"));
    ctx.contentType("application/yaml; charset=utf-8").result(i.yamlSource());
  }

  private void institutions(Context ctx) {
    auth.require(ctx);
    StoredStudy s = requireStudy(store, ctx);
    ArrayNode out = Answers.JSON.createArrayNode();
    for (Institution i : store.institutions(s.id())) {
      ObjectNode o =
          out.addObject()
              .put("id", i.id())
              .put("name", i.name())
              .put("provinceCode", i.provinceCode())
              .put("tier", i.tier())
              .put("type", i.type())
              .put("sector", i.sector());
      ObjectNode names = o.putObject("names");
      i.names().forEach(names::put);
    }
    json(ctx, 200, out);
  }

  private void importInstitutions(Context ctx) {
    Principal who = auth.require(ctx);
    StoredStudy s = requireStudy(store, ctx);
    String type = ctx.contentType();
    if (type != null
        && !type.startsWith("text/csv")
        && !type.startsWith("text/plain")
        && !type.startsWith("application/octet-stream")) {
      throw HttpProblem.unsupportedMediaType("text/csv");
    }
    String csv = Limits.body(ctx, Limits.MAX_CSV);
    String mode = ctx.queryParam("mode");
    boolean replace = "replace".equals(mode);
    if (mode != null && !replace && !"add".equals(mode)) {
      throw HttpProblem.badRequest(
          "?mode= must be add (the default) or replace, not '" + mode + "'");
    }
    List<Institution> rows =
        RegisterCsv.parse(new StringReader(csv), "request body").stream()
            .map(ResearcherApi::toStored)
            .toList();
    ObjectNode o = Answers.JSON.createObjectNode().put("study", s.id());
    if (!replace) {
      int stored =
          store.importInstitutions(
              s.id(),
              rows,
              n ->
                  audit.entry(
                      ctx,
                      who,
                      "institutions.import",
                      s.id(),
                      null,
                      Answers.JSON.createObjectNode().put("count", n)));
      json(ctx, 201, o.put("imported", stored));
      return;
    }
    RegisterChange change =
        store.replaceInstitutions(
            s.id(),
            rows,
            c -> audit.entry(ctx, who, "institutions.import", s.id(), null, changeJson(c)));
    json(ctx, 200, o.setAll(changeJson(change)));
  }

  private static Institution toStored(org.tripart.fieldwork.Institution i) {
    return new Institution(
        i.id(),
        i.name(),
        i.provinceCode(),
        i.tier().fileName(),
        i.type().isBlank() ? Tier.OTHER.fileName() : i.type(),
        i.sector().fileName(),
        i.names().texts());
  }

  private static ObjectNode changeJson(RegisterChange c) {
    ObjectNode o = Answers.JSON.createObjectNode().put("mode", "replace");
    ArrayNode sectors = o.putArray("sectors");
    c.sectors().forEach(sectors::add);
    return o.put("count", c.listed())
        .put("added", c.added())
        .put("updated", c.updated())
        .put("unchanged", c.unchanged())
        .put("removed", c.removed());
  }

  private void responses(Context ctx) {
    Principal who = auth.require(ctx);
    StoredStudy s = requireStudy(store, ctx);
    String group = ctx.queryParam("group");
    if (group == null || group.isBlank()) {
      throw HttpProblem.badRequest("give the stakeholder group as ?group=");
    }
    ArrayNode out = Answers.JSON.createArrayNode();
    try (Stream<StoredResponse> stream = store.finalResponses(s.id(), group)) {
      stream.forEach(
          r -> {
            ObjectNode o = out.addObject();
            o.put("id", r.id());
            o.put("invitationId", r.invitationId());
            o.put("group", r.group());
            o.put("revision", r.revision());
            o.put("submitted", r.submitted().toString());
            o.put("instrumentVersion", r.instrumentVersion());
            o.set("answers", readTree(r.answersJson()));
          });
    }
    audit.recordExport(
        ctx,
        who,
        "export.responses",
        s.id(),
        null,
        Answers.JSON.createObjectNode().put("group", group).put("rows", out.size()));
    json(ctx, 200, out);
  }

  static JsonNode readTree(String json) {
    try {
      return Answers.JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the store holds JSON that does not parse", e);
    }
  }

  static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
