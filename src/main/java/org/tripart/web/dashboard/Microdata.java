package org.tripart.web.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.tripart.disclosure.DeidentifiedExport;
import org.tripart.disclosure.InstitutionArea;
import org.tripart.store.Institution;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;

/**
 * {@code GET /api/studies/{study}/microdata.csv?group=}: the group's final responses as a
 * de-identified CSV ({@link DeidentifiedExport}): pseudonymised respondent and institution ids
 * under the study's secret, each row's recorded instrument version, no free text, dates cut to the
 * year, institutions as province and tier. The permission ({@code EXPORT_MICRODATA}) is the study
 * guard's; the audit row is written before the file is sent ({@link DashboardSources#exportAudit}).
 * Stateless apart from the store; thread-safe.
 */
public final class Microdata {
  private final Store store;
  private final DashboardData data;
  private final DashboardSources sources;
  private final Function<String, byte[]> studySecret;

  /**
   * @param studySecret the pseudonym secret of a study, at least 16 bytes, the same at every call
   */
  public Microdata(Store store, DashboardSources sources, Function<String, byte[]> studySecret) {
    this.store = store;
    this.sources = sources;
    this.data = new DashboardData(store, sources);
    this.studySecret = studySecret;
  }

  public void register(RoutesConfig r) {
    r.get("/api/studies/{study}/microdata.csv", this::export);
  }

  private void export(Context ctx) {
    if (!sources.signedIn().test(ctx)) {
      throw sources
          .problem()
          .apply(401, "send an API token as 'Authorization: Bearer <token>' or sign in at /login");
    }
    String id = ctx.pathParam("study");
    StoredStudy study =
        store
            .study(id)
            .orElseThrow(() -> sources.problem().apply(404, "there is no study '" + id + "'"));
    String group = DashboardData.blankToNull(ctx.queryParam("group"));
    if (group == null) {
      throw sources.problem().apply(400, "give the stakeholder group as ?group=");
    }
    DashboardData.Selection s = data.select(study, group, null, null);
    Map<String, InstitutionArea> register = new HashMap<>();
    for (Institution i : store.institutions(study.id())) {
      register.put(
          i.id(),
          new InstitutionArea(
              i.provinceCode() == null ? "" : i.provinceCode(), i.tier() == null ? "" : i.tier()));
    }
    StringWriter out = new StringWriter();
    DeidentifiedExport.write(
        s.data(), s.instrumentVersions(), register, studySecret.apply(study.id()), out);
    sources
        .exportAudit()
        .record(
            ctx,
            "export.microdata",
            study.id(),
            null,
            ChartModels.JSON.createObjectNode().put("group", group).put("rows", s.data().size()));
    String name = (study.id() + "-" + group + "-microdata").replaceAll("[^A-Za-z0-9_.-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(out.toString());
  }
}
