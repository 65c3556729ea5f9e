package org.tripart.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.instrument.InvalidInstrumentException;
import org.tripart.interop.InstrumentImport;
import org.tripart.interop.InstrumentImporter;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredStudy;
import org.tripart.web.auth.Access;
import org.tripart.web.auth.Permission;
import org.tripart.web.auth.Principal;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * The owner's import of another tool's questionnaire as a new instrument version, from the
 * dashboard: {@code GET /dashboard/{study}/instruments} lists each group's versions and offers the
 * upload (a REDCap data dictionary, an XLSForm, a FHIR Questionnaire or Tripart's own YAML); {@code
 * POST .../instruments/preview} imports the file and shows what would be stored (items by type, the
 * instrument as YAML) with the import report, storing nothing; {@code POST .../instruments/confirm}
 * stores it through the same path as {@code POST /api/studies/{study}/instruments} (validated
 * again, versions only go up, audited as {@code instrument.add} with the source format and file in
 * the same transaction).
 *
 * <p>The imported instrument is retargeted before the preview: its group is the one chosen, its id
 * that group's instrument id (the group's name for a new group) and its version one above the
 * group's highest, so that an upload never collides with what is stored. Both forms carry a CSRF
 * token bound to the owner and the study. Owners only ({@link Permission#CHANGE_STUDY}); stateless
 * apart from the store.
 */
final class InstrumentImports {
  static final long MAX_UPLOAD = Limits.MAX_CSV;
  private static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final Store store;
  private final Access access;
  private final StudyChanges changes;
  private final Secrets secrets;
  private final Map<String, InstrumentImporter> formats;

  /**
   * @param formats the importers offered, by the name the form sends ({@code redcap}, {@code
   *     xlsform}, {@code fhir}, {@code yaml}), in the order offered
   */
  InstrumentImports(
      Store store,
      Access access,
      StudyChanges changes,
      Secrets secrets,
      Map<String, InstrumentImporter> formats) {
    this.store = store;
    this.access = access;
    this.changes = changes;
    this.secrets = secrets;
    this.formats = formats;
  }

  void register(RoutesConfig r) {
    r.get("/dashboard/{study}/instruments", this::page);
    r.post("/dashboard/{study}/instruments/preview", this::preview);
    r.post("/dashboard/{study}/instruments/confirm", this::confirm);
  }

  private Optional<Principal> owner(Context ctx) {
    if (access.current(ctx).isEmpty()) {
      ctx.redirect("/login?next=" + ImportPage.enc(ctx.path()), HttpStatus.SEE_OTHER);
      return Optional.empty();
    }
    return Optional.of(access.require(ctx, ctx.pathParam("study"), Permission.CHANGE_STUDY));
  }

  private String csrf(Principal who, String study) {
    return secrets.csrfToken("import:" + who.actor() + ":" + study);
  }

  private void requireCsrf(Principal who, String study, String given) {
    if (!secrets.csrfMatches("import:" + who.actor() + ":" + study, given)) {
      throw HttpProblem.forbidden("the form's CSRF token is missing or does not match; reload it");
    }
  }

  private void page(Context ctx) {
    Optional<Principal> who = owner(ctx);
    if (who.isEmpty()) {
      return;
    }
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    String lang = ImportPage.language(ctx);
    String added = ctx.queryParam("added");
    ctx.html(
        ImportPage.form(
            lang,
            study.id(),
            store.instruments(study.id()),
            formats.keySet(),
            csrf(who.get(), study.id()),
            null,
            added));
  }

  private void preview(Context ctx) {
    Optional<Principal> who = owner(ctx);
    if (who.isEmpty()) {
      return;
    }
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    String lang = ImportPage.language(ctx);
    Limits.declaredWithin(ctx, MAX_UPLOAD);
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      throw HttpProblem.unsupportedMediaType("multipart/form-data");
    }
    requireCsrf(who.get(), study.id(), ctx.formParam("csrf"));
    String format = ctx.formParam("format");
    String group = ctx.formParam("group") == null ? "" : ctx.formParam("group").strip();
    UploadedFile file = ctx.uploadedFile("file");
    String problem = null;
    if (format == null || !formats.containsKey(format)) {
      problem = "choose the file's format: one of " + String.join(", ", formats.keySet());
    } else if (!GROUP.matcher(group).matches()) {
      problem =
          "name the group the instrument is for: lower-case letters, digits and underscores,"
              + " starting with a letter";
    } else if (file == null || file.size() == 0) {
      problem = "choose a file to import";
    }
    if (problem != null) {
      refuse(ctx, lang, study, who.get(), problem);
      return;
    }
    byte[] content;
    try (InputStream in = file.content()) {
      content = in.readNBytes((int) MAX_UPLOAD + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (content.length > MAX_UPLOAD) {
      throw HttpProblem.tooLarge(MAX_UPLOAD);
    }
    String name = safeName(file.filename());
    InstrumentImport imported;
    try {
      imported = formats.get(format).read(content, name);
    } catch (TripartException e) {
      refuse(ctx, lang, study, who.get(), e.getMessage());
      return;
    }
    Instrument target = retarget(study.id(), group, imported.instrument());
    String yaml = InstrumentWriter.write(target);
    Instrument checked;
    try {
      checked = InstrumentReader.read(new StringReader(yaml), name);
    } catch (InvalidInstrumentException e) {
      refuse(ctx, lang, study, who.get(), e.getMessage());
      return;
    }
    ctx.html(
        ImportPage.preview(
            lang,
            study.id(),
            checked,
            imported.notes(),
            yaml,
            format,
            name,
            changes.latestVersion(study.id(), group),
            csrf(who.get(), study.id())));
  }

  private void refuse(Context ctx, String lang, StoredStudy study, Principal who, String problem) {
    ctx.status(422);
    ctx.html(
        ImportPage.form(
            lang,
            study.id(),
            store.instruments(study.id()),
            formats.keySet(),
            csrf(who, study.id()),
            problem,
            null));
  }

  private void confirm(Context ctx) {
    Optional<Principal> who = owner(ctx);
    if (who.isEmpty()) {
      return;
    }
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    Map<String, List<String>> form = Limits.form(ctx);
    String yaml = first(form, "yaml");
    if (yaml == null || yaml.isBlank()) {
      throw HttpProblem.badRequest("the form carries no instrument; start the import again");
    }
    requireCsrf(who.get(), study.id(), first(form, "csrf"));
    Instrument parsed;
    try {
      parsed = InstrumentReader.read(new StringReader(yaml), StudyChanges.SOURCE);
    } catch (InvalidInstrumentException e) {
      throw StudyChanges.invalid(e);
    }
    ObjectNode extra = Answers.JSON.createObjectNode();
    extra.put("importedFrom", first(form, "format"));
    extra.put("file", first(form, "file"));
    StoredInstrument added = changes.addVersion(ctx, who.get(), study, parsed, yaml, extra);
    ctx.redirect(
        "/dashboard/"
            + ImportPage.enc(study.id())
            + "/instruments?added="
            + ImportPage.enc(added.group() + " v" + added.version()),
        HttpStatus.SEE_OTHER);
  }

  /**
   * The imported instrument as the next version of {@code group}: that group's instrument id when
   * it has one (else the group's name), one version above its highest.
   */
  private Instrument retarget(String study, String group, Instrument imported) {
    String id = group;
    for (StoredInstrument i : store.instruments(study)) {
      if (i.group().equals(group)) {
        id = i.instrumentId();
      }
    }
    return new Instrument(
        id,
        group,
        changes.latestVersion(study, group) + 1,
        imported.title(),
        imported.languages(),
        imported.sections(),
        imported.source());
  }

  private static String safeName(String filename) {
    if (filename == null || filename.isBlank()) {
      return "upload";
    }
    String base = filename.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    return base.replaceAll("[^A-Za-z0-9._ -]", "_");
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
