package org.tripart.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tripart.ErrorCode;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InvalidInstrumentException;
import org.tripart.instrument.Problem;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredStudy;
import org.tripart.store.StudyChange;
import org.tripart.store.StudyUpdate;
import org.tripart.web.auth.Access;
import org.tripart.web.auth.Audit;
import org.tripart.web.auth.Permission;
import org.tripart.web.auth.Principal;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * The owner's changes to a study: its settings ({@code PATCH /api/studies/{study}}, a JSON merge
 * patch read by {@link StudyPatch}, audited as {@code study.update} with the values before and
 * after) and a new version of a group's instrument ({@code POST /api/studies/{study}/instruments},
 * the instrument's YAML, audited as {@code instrument.add}).
 *
 * <p>A new version is read and validated completely by {@link InstrumentReader}; every problem
 * comes back in one 422 with its TRP code and line. Versions only go up: a version not above every
 * version stored for the group is refused with 409, as is an instrument id that belongs to another
 * group, so the current instrument of a group (its highest version, {@link Instruments}) is always
 * the one added last. New respondents, and respondents who resume a draft, get the current version
 * from the next request on; each response records the version its answers were last validated
 * against, so a draft begun under one version and submitted under the next records the next, and
 * analyses note when a group's answers span versions ({@link org.tripart.store.StoredDatasets}).
 * Nothing is stored when anything is refused. Each change writes its audit row in the transaction
 * that stores it, so a change whose row cannot be written is not stored either. Stateless apart
 * from the store and the instrument cache.
 */
final class StudyChanges {
  static final String SOURCE = "request body";

  private final Store store;
  private final Access access;
  private final Audit audit;
  private final Instruments instruments;

  StudyChanges(Store store, Access access, Audit audit, Instruments instruments) {
    this.store = store;
    this.access = access;
    this.audit = audit;
    this.instruments = instruments;
  }

  void register(RoutesConfig r) {
    r.patch("/api/studies/{study}", this::patch);
    r.post("/api/studies/{study}/instruments", this::addInstrument);
  }

  private void patch(Context ctx) {
    Principal who = access.require(ctx, ctx.pathParam("study"), Permission.CHANGE_STUDY);
    StoredStudy before = ResearcherApi.requireStudy(store, ctx);
    JsonNode body;
    try {
      body = Answers.JSON.readTree(Limits.json(ctx));
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw HttpProblem.badRequest("the body must be a JSON object (a merge patch of the study)");
    }
    StudyChange change = StudyPatch.read(body, before);
    StudyUpdate update =
        store.updateStudy(
            before.id(),
            change,
            u -> audit.entry(ctx, who, "study.update", u.after().id(), u.after().id(), detail(u)));
    ResearcherApi.json(ctx, 200, ResearcherApi.studyJson(store, update.after()));
  }

  /** The values the update replaced and the values that replaced them, field by field. */
  private static ObjectNode detail(StudyUpdate update) {
    ObjectNode detail = Answers.JSON.createObjectNode();
    ObjectNode was = detail.putObject("before");
    ObjectNode now = detail.putObject("after");
    StoredStudy a = update.before();
    StoredStudy b = update.after();
    if (!a.titleJson().equals(b.titleJson())) {
      was.set("title", ResearcherApi.readTree(a.titleJson()));
      now.set("title", ResearcherApi.readTree(b.titleJson()));
    }
    if (a.suppressionThreshold() != b.suppressionThreshold()) {
      was.put("suppressionThreshold", a.suppressionThreshold());
      now.put("suppressionThreshold", b.suppressionThreshold());
    }
    return detail;
  }

  private void addInstrument(Context ctx) {
    Principal who = access.require(ctx, ctx.pathParam("study"), Permission.CHANGE_STUDY);
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/yaml")
        && !type.startsWith("text/yaml")
        && !type.startsWith("application/x-yaml")) {
      throw HttpProblem.unsupportedMediaType("application/yaml");
    }
    String yaml = Limits.body(ctx, Limits.MAX_JSON);
    Instrument parsed;
    try {
      parsed = InstrumentReader.read(new StringReader(yaml), SOURCE);
    } catch (InvalidInstrumentException e) {
      throw invalid(e);
    }
    String asked = ctx.queryParam("group");
    if (asked != null && !asked.isBlank() && !asked.strip().equals(parsed.group())) {
      throw new HttpProblem(
          422,
          ErrorCode.INVALID_CHANGE,
          "Invalid instrument",
          "the instrument is for group '" + parsed.group() + "', not '" + asked.strip() + "'",
          List.of(
              new HttpProblem.FieldError(
                  "group", "GROUP_MISMATCH", "the query's group differs from the YAML's group")),
          0);
    }
    StoredInstrument added = addVersion(ctx, who, study, parsed, yaml, null);
    String target = added.instrumentId() + "/" + added.version();
    String source = "/api/studies/" + study.id() + "/instruments/" + target;
    ObjectNode out = Answers.JSON.createObjectNode();
    out.put("group", added.group()).put("instrument", added.instrumentId());
    out.put("version", added.version()).put("created", added.created().toString());
    out.put("source", source);
    ctx.header("Location", source);
    ResearcherApi.json(ctx, 201, out);
  }

  /**
   * Stores {@code parsed} (read from {@code yaml}) as a new version of its group, with its audit
   * row {@code instrument.add} in the same transaction, and makes it the group's current
   * instrument.
   *
   * @param extra more detail for the audit row (where an imported instrument came from), or null
   * @throws HttpProblem 409 when the version is not above every stored version of the group, or the
   *     instrument id belongs to another group
   */
  StoredInstrument addVersion(
      Context ctx,
      Principal who,
      StoredStudy study,
      Instrument parsed,
      String yaml,
      ObjectNode extra) {
    int latest = requireNewer(study.id(), parsed);
    StoredInstrument added =
        store.addInstrument(
            study.id(),
            parsed.group(),
            parsed.id(),
            parsed.version(),
            yaml,
            i -> {
              ObjectNode detail = Answers.JSON.createObjectNode();
              detail.put("group", i.group()).put("instrument", i.instrumentId());
              detail.put("version", i.version());
              if (latest > 0) {
                detail.put("previousVersion", latest);
              } else {
                detail.putNull("previousVersion");
              }
              if (extra != null) {
                detail.setAll(extra);
              }
              String target = i.instrumentId() + "/" + i.version();
              return audit.entry(ctx, who, "instrument.add", i.study(), target, detail);
            });
    instruments.forget(study.id(), parsed.group());
    return added;
  }

  /** The group's highest stored version, 0 when it has none. */
  int latestVersion(String study, String group) {
    int latest = 0;
    for (StoredInstrument i : store.instruments(study)) {
      if (i.group().equals(group)) {
        latest = Math.max(latest, i.version());
      }
    }
    return latest;
  }

  /** The group's highest stored version (0 for none); 409 unless {@code parsed} is above it. */
  private int requireNewer(String study, Instrument parsed) {
    int latest = 0;
    for (StoredInstrument i : store.instruments(study)) {
      if (i.instrumentId().equals(parsed.id()) && !i.group().equals(parsed.group())) {
        throw conflict(
            "the instrument id '"
                + parsed.id()
                + "' belongs to group '"
                + i.group()
                + "'; give this group's instrument another id");
      }
      if (i.group().equals(parsed.group())) {
        latest = Math.max(latest, i.version());
      }
    }
    if (parsed.version() <= latest) {
      throw conflict(
          "version "
              + latest
              + " of group '"
              + parsed.group()
              + "' is stored; a new version must be above it, not "
              + parsed.version());
    }
    return latest;
  }

  private static HttpProblem conflict(String detail) {
    return new HttpProblem(409, ErrorCode.VERSION_NOT_NEWER, "Conflict", detail, List.of(), 0);
  }

  static HttpProblem invalid(InvalidInstrumentException e) {
    List<HttpProblem.FieldError> errors = new ArrayList<>();
    for (Problem p : e.problems()) {
      String where = p.where().line() > 0 ? "line " + p.where().line() : "document";
      if (p.itemId() != null) {
        where += ", item " + p.itemId();
      }
      errors.add(new HttpProblem.FieldError(where, p.code().code(), p.message()));
    }
    return new HttpProblem(
        422,
        e.code(),
        "Invalid instrument",
        errors.size() + " problem(s) in the instrument; nothing was stored",
        errors,
        0);
  }
}
