package org.tripart.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.analysis.DesignPlan;
import org.tripart.dataset.Dataset;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.report.Format;
import org.tripart.report.chart.BarChart;
import org.tripart.report.chart.PngChart;
import org.tripart.report.chart.SvgChart;
import org.tripart.report.publish.DocxExport;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.NetworkSummary;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.PublicationTable;
import org.tripart.report.publish.PublicationTables;
import org.tripart.report.publish.ResultsText;
import org.tripart.report.publish.XlsxExport;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.study.PaperLayout;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

/**
 * Everything of {@code export --paper}, the bundled study's paper-style report, by file name inside
 * the output folder; made in memory. Immutable; no side effects.
 */
final class PaperExport {
  private final StudyData data;
  private final int threshold;
  private final Path planFile;
  private final DesignPlan plan;
  private final String group;
  private final String language;

  PaperExport(StudyData data, int threshold) {
    this(data, threshold, null, null, null, "en");
  }

  /**
   * @param plan a plan with a {@code model:} section whose table follows the others (fitted on
   *     {@code group}'s responses, the clinicians' when null), or null for none
   * @param language {@code en} or {@code zh}: the tables' labels, headings, footnotes and drafted
   *     text, the model table and the title; the captions are the paper's, in English
   */
  PaperExport(
      StudyData data,
      int threshold,
      Path planFile,
      DesignPlan plan,
      String group,
      String language) {
    this.data = data;
    this.threshold = threshold;
    this.planFile = planFile;
    this.plan = plan;
    this.group = group == null ? ExportSource.DEFAULT_GROUP : group;
    this.language = language;
  }

  Map<String, byte[]> files() {
    Study study = data.study();
    List<PublicationTable> tables = new ArrayList<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder results = new StringBuilder(ExportFigures.RESULTS_HEADING);
    for (PaperLayout.PaperTable t : PaperLayout.of(study)) {
      Dataset d = data.dataset(t.group());
      PublicationSettings s =
          new PublicationSettings(
              language, threshold, d.provenance(), PaperLayout.respondents(t.group()));
      List<ItemFrequencies> fs = t.items().stream().map(i -> Frequencies.of(d, i)).toList();
      tables.add(PublicationTables.overall(t.caption(), fs, s));
      results.append(new ResultsText(s).overallSection(t.caption(), fs));
      for (ItemFrequencies f : fs) {
        BarChart chart = BarChart.of(f, s);
        String base = "charts/table" + t.number() + "-" + t.group() + "-" + f.item().id();
        files.put(base + ".svg", SvgChart.render(chart).getBytes(StandardCharsets.UTF_8));
        files.put(base + ".png", PngChart.png(chart));
      }
    }
    String title = study.title().in(language);
    List<String> banner =
        List.of(
            "SYNTHETIC DATA: every figure is computed from respondents Tripart generated from the"
                + " paper's published percentages (seed "
                + study.seed()
                + "); they are not the survey's real responses.");
    List<org.tripart.report.Table> others = new ArrayList<>();
    NetworkSource source = NetworkSource.of(data);
    ResponseNetwork.Result network = ResponseNetwork.build(source.groups(), source.registers());
    if (!network.network().ties().isEmpty()) {
      NetworkMetrics metrics = NetworkMetrics.of(network.network());
      String caption = "Table " + (tables.size() + 1) + ". Collaboration network (SYNTHETIC)";
      others.add(NetworkSummary.table(caption, metrics, network.inputs(), source.name()));
      results
          .append("\n## ")
          .append(caption)
          .append("\n\n")
          .append(NetworkSummary.sentences(metrics, network.inputs()))
          .append("\n");
    }
    List<ModelTable> models =
        ExportModel.tables(
            planFile, plan, data.dataset(group), tables.size() + others.size() + 1, language);
    List<org.tripart.report.Table> texts = new ArrayList<>(others);
    models.forEach(m -> texts.add(m.toReportTable()));
    files.put("tables.docx", DocxExport.write(title, banner, tables, others, models));
    files.put("tables.xlsx", XlsxExport.write(tables, others, models));
    files.put("tables.html", ExportFiles.text(Format.HTML, title, banner, tables, texts));
    files.put("results.md", results.toString().getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
