package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tripart.store.StoredStudy;

/**
 * The publication downloads' requests: reads the chosen items and either one group's selection
 * (overall or split {@code by} a stratifier) or, with {@code groups}, one selection per group
 * compared across groups; writes the file, audits the download ({@link
 * DashboardSources#exportAudit}) and only then sends it. Each group's dataset is read as the single
 * group download reads it ({@link DashboardData#select}). Stateless apart from the store;
 * thread-safe.
 */
final class Downloads {
  private final DashboardData data;
  private final DashboardSources sources;

  Downloads(DashboardData data, DashboardSources sources) {
    this.data = data;
    this.sources = sources;
  }

  /**
   * Answers the request with the file.
   *
   * @param threshold the disclosure threshold of what the caller sees; 0 for exact counts
   */
  void send(Context ctx, Exports.Kind kind, StoredStudy study, int threshold) {
    String lang = DashboardTexts.language(ctx);
    List<String> asked = listParam(ctx, "item", "items");
    List<String> groups = listParam(ctx, "groups", "groups");
    String wave = ctx.queryParam("wave");
    byte[] bytes;
    String name;
    ObjectNode detail = ChartModels.JSON.createObjectNode();
    if (groups.isEmpty()) {
      DashboardData.Selection s =
          data.select(study, ctx.queryParam("group"), ctx.queryParam("by"), wave);
      List<String> items = coded(s, asked);
      bytes = Exports.write(kind, s, items, lang, threshold);
      detail.put("group", s.group()).put("by", s.by() == null ? null : s.by().id());
      name = study.id() + "-" + s.group() + (s.by() == null ? "" : "-by-" + s.by().id());
    } else {
      List<DashboardData.Selection> selections = selections(study, groups, ctx);
      bytes = Exports.writeAcrossGroups(kind, selections, asked, lang, threshold);
      groups.forEach(detail.putArray("groups")::add);
      name = study.id() + "-" + String.join("-", groups) + "-by-group";
    }
    detail.put("wave", DashboardData.blankToNull(wave));
    detail.put("suppressionThreshold", threshold);
    asked.forEach(detail.putArray("items")::add);
    sources
        .exportAudit()
        .record(ctx, "export." + kind.extension().substring(1), study.id(), null, detail);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + name.replaceAll("[^A-Za-z0-9_.-]", "_")
            + kind.extension()
            + "\"");
    ctx.contentType(kind.mediaType()).result(bytes);
  }

  private List<DashboardData.Selection> selections(
      StoredStudy study, List<String> groups, Context ctx) {
    if (DashboardData.blankToNull(ctx.queryParam("by")) != null) {
      throw sources
          .problem()
          .apply(
              400,
              "'groups' puts one group in each column and cannot be split 'by' an item as well;"
                  + " send one of 'groups' and 'by'");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String g : groups) {
      if (!seen.add(g)) {
        throw sources.problem().apply(400, "'groups' names the group '" + g + "' twice");
      }
    }
    if (groups.size() < 2) {
      throw sources
          .problem()
          .apply(400, "'groups' must name at least two of the study's groups, comma-separated");
    }
    List<DashboardData.Selection> out = new ArrayList<>();
    for (String g : groups) {
      out.add(data.select(study, g, null, ctx.queryParam("wave")));
    }
    return out;
  }

  private List<String> coded(DashboardData.Selection s, List<String> asked) {
    for (String i : asked) {
      if (!s.instrument().hasItem(i) || !s.instrument().item(i).type().isCoded()) {
        throw sources
            .problem()
            .apply(
                400,
                "'item' names '"
                    + i
                    + "', which is not a coded item of the "
                    + s.group()
                    + " questionnaire");
      }
    }
    return asked;
  }

  /**
   * The values of a repeatable parameter and of a comma-separated one, stripped, blanks dropped.
   */
  private static List<String> listParam(Context ctx, String repeated, String commaSeparated) {
    List<String> raw = new ArrayList<>(ctx.queryParams(repeated));
    if (!repeated.equals(commaSeparated)) {
      raw.addAll(ctx.queryParams(commaSeparated));
    }
    List<String> out = new ArrayList<>();
    for (String value : raw) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
