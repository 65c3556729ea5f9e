package org.tripart.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.tripart.CsvCells;
import org.tripart.fieldwork.Tokens;
import org.tripart.store.NewInvitation;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;
import org.tripart.web.auth.Audit;
import org.tripart.web.auth.Principal;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * Creates invitation batches. The store keeps only the hashes of the tokens, so the clear tokens
 * exist in two places only: the creation response, and a one-time CSV export that this server keeps
 * in memory until it is downloaded once, for at most {@link #EXPORT_TTL}, and never across a
 * restart. A batch writes its audit row in the transaction that stores it; the link export writes
 * its row before the file is sent, and when it cannot, answers 503 and keeps the file for another
 * try. Thread-safe.
 */
final class InvitationApi {
  static final Duration EXPORT_TTL = Duration.ofHours(1);
  static final int MAX_BATCH = 50_000;
  private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * The body of {@code POST /api/studies/{study}/invitations}.
   *
   * @param group the stakeholder group invited
   * @param count invitations to create, per institution when {@code institutions} is given
   * @param institutions register ids to invite, or null for invitations naming no institution
   * @param batch the batch id, or null for a generated one
   * @param expiresInDays days until the links stop working, or null for never
   */
  record CreateRequest(
      String group,
      Integer count,
      List<String> institutions,
      String batch,
      Integer expiresInDays) {}

  private record Export(String csv, Instant until) {}

  private final Store store;
  private final ResearcherAuth auth;
  private final Audit audit;
  private final Instruments instruments;
  private final Clock clock;
  private final Map<String, Export> exports = new ConcurrentHashMap<>();

  InvitationApi(
      Store store, ResearcherAuth auth, Audit audit, Instruments instruments, Clock clock) {
    this.store = store;
    this.auth = auth;
    this.audit = audit;
    this.instruments = instruments;
    this.clock = clock;
  }

  void register(RoutesConfig r) {
    r.post("/api/studies/{study}/invitations", this::create);
    r.get("/api/studies/{study}/invitations/{batch}.csv", this::export);
  }

  private void create(Context ctx) {
    Principal who = auth.require(ctx);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    CreateRequest req = parse(Limits.json(ctx));
    if (req == null || req.group() == null || req.group().isBlank()) {
      throw HttpProblem.badRequest("give the stakeholder group as \"group\"");
    }
    if (instruments.current(study.id(), req.group()).isEmpty()) {
      throw HttpProblem.badRequest(
          "the study has no questionnaire for group '" + req.group() + "'");
    }
    int count = req.count() == null ? 1 : req.count();
    List<String> places = req.institutions() == null ? null : req.institutions();
    long total = (long) count * (places == null ? 1 : places.size());
    if (count < 1 || total > MAX_BATCH || (places != null && places.isEmpty())) {
      throw HttpProblem.badRequest(
          "\"count\" must be at least 1, \"institutions\" non-empty when given, and the batch at"
              + " most "
              + MAX_BATCH
              + " invitations");
    }
    if (req.expiresInDays() != null && (req.expiresInDays() < 1 || req.expiresInDays() > 3650)) {
      throw HttpProblem.badRequest("\"expiresInDays\" must be 1 to 3650");
    }
    String batch = req.batch() == null ? "b" + Tokens.generate().substring(0, 12) : req.batch();
    if (!BATCH_ID.matcher(batch).matches()) {
      throw HttpProblem.badRequest("\"batch\" may hold only letters, digits, '-' and '_' (1-64)");
    }
    Instant expires =
        req.expiresInDays() == null
            ? null
            : clock.instant().plus(Duration.ofDays(req.expiresInDays()));
    List<NewInvitation> rows = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (String place :
        places == null ? java.util.Collections.<String>singletonList(null) : places) {
      for (int i = 0; i < count; i++) {
        String token = Tokens.generate();
        tokens.add(token);
        rows.add(
            new NewInvitation(batch + "-" + (rows.size() + 1), place, Tokens.hash(token), expires));
      }
    }
    store.createInvitations(
        study.id(),
        req.group(),
        batch,
        rows,
        n ->
            audit.entry(
                ctx,
                who,
                "invitations.create",
                study.id(),
                batch,
                Answers.JSON.createObjectNode().put("group", req.group()).put("count", n)));
    String base = baseUrl(ctx);
    StringBuilder csv = new StringBuilder("invitation_id,institution_id,group,link,expires\r\n");
    ObjectNode out = Answers.JSON.createObjectNode();
    out.put("study", study.id()).put("group", req.group()).put("batch", batch);
    out.put("count", rows.size());
    out.put("expires", expires == null ? null : expires.toString());
    out.put("csv", "/api/studies/" + study.id() + "/invitations/" + batch + ".csv");
    ArrayNode list = out.putArray("invitations");
    for (int i = 0; i < rows.size(); i++) {
      NewInvitation n = rows.get(i);
      String link = base + "/s/" + tokens.get(i);
      list.addObject()
          .put("id", n.id())
          .put("institutionId", n.institutionId())
          .put("token", tokens.get(i))
          .put("link", link);
      csv.append(n.id())
          .append(',')
          .append(n.institutionId() == null ? "" : csvField(n.institutionId()))
          .append(',')
          .append(csvField(req.group()))
          .append(',')
          .append(link)
          .append(',')
          .append(expires == null ? "" : expires.toString())
          .append("\r\n");
    }
    exports.values().removeIf(e -> e.until().isBefore(clock.instant()));
    exports.put(
        study.id() + "/" + batch, new Export(csv.toString(), clock.instant().plus(EXPORT_TTL)));
    ctx.header("Cache-Control", "no-store");
    ResearcherApi.json(ctx, 201, out);
  }

  private void export(Context ctx) {
    Principal who = auth.require(ctx);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    String key = study.id() + "/" + ctx.pathParam("batch");
    Export e = exports.remove(key);
    if (e == null || e.until().isBefore(clock.instant())) {
      throw HttpProblem.gone(
          "the links of this batch were already downloaded, have expired from memory, or the"
              + " server restarted; the server keeps only token hashes, so create a new batch");
    }
    try {
      audit.recordExport(
          ctx, who, "export.invitationLinks", study.id(), ctx.pathParam("batch"), null);
    } catch (HttpProblem refused) {
      exports.putIfAbsent(key, e);
      throw refused;
    }
    ctx.header("Cache-Control", "no-store");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"" + ctx.pathParam("batch") + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(e.csv());
  }

  private static CreateRequest parse(String body) {
    try {
      return Answers.JSON.readValue(body, CreateRequest.class);
    } catch (JsonMappingException e) {
      throw HttpProblem.badRequest(
          "the body does not fit the invitation request: " + e.getOriginalMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String csvField(String value) {
    return CsvCells.field(value);
  }

  /** The server's own address as the client reached it, for links. */
  static String baseUrl(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null ? "localhost" : host);
  }
}
