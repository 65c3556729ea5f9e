package org.tripart.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.report.Document;
import org.tripart.report.Format;
import org.tripart.report.chart.BarChart;
import org.tripart.report.chart.PngChart;
import org.tripart.report.chart.SvgChart;
import org.tripart.report.publish.DocxExport;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.PublicationTable;
import org.tripart.report.publish.PublicationTables;
import org.tripart.report.publish.ResultsText;
import org.tripart.report.publish.XlsxExport;
import org.tripart.stats.CrossTab;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Publication exports of the bundled study's synthetic data: tables, charts and drafted text. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export publication tables of the bundled study's SYNTHETIC data: Characteristic | n (%%) |"
          + " 95%% CI (Wilson), per stratum with a chi-square p-value when --by is given. Counts"
          + " from 1 to threshold-1 are withheld, with complementary cells so that they cannot be"
          + " worked out from the totals.",
      "",
      "With --paper, writes the study's paper-style report into a folder: tables.docx,"
          + " tables.xlsx and tables.html (Tables 1-10), charts/ (a bar chart per item, PNG and"
          + " SVG) and results.md (a drafted results section)."
    })
public final class ExportCommand implements Callable<Integer> {
  /** The file formats of a single-table export. */
  enum FileFormat {
    DOCX,
    XLSX,
    CSV,
    MD,
    HTML
  }

  /** Apache POI logs through Log4j, which otherwise warns on stderr that it has no provider. */
  private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--items", split = ",", paramLabel = "ITEM", description = "Items to tabulate.")
  List<String> items;

  @Option(names = "--by", paramLabel = "ITEM", description = "Split by this single-choice item.")
  String by;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "docx, xlsx, csv, md or html (default: taken from --out, else docx).")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "The file to write; with --paper, the folder.")
  Path out;

  @Option(
      names = "--group",
      defaultValue = "clinician",
      paramLabel = "GROUP",
      description =
          "Respondent group: clinician, research or industry (default: ${DEFAULT-VALUE}).")
  String group;

  @Option(
      names = "--threshold",
      defaultValue = "5",
      paramLabel = "K",
      description =
          "Withhold counts from 1 to K-1 (default: ${DEFAULT-VALUE}; 0 withholds nothing).")
  int threshold;

  @Option(names = "--paper", description = "Write the study's paper-style report into --out.")
  boolean paper;

  @Override
  public Integer call() {
    if (System.getProperty(LOG4J_FACTORY) == null) {
      System.setProperty(
          LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    if (threshold < 0) {
      throw new ParameterException(spec.commandLine(), "--threshold must be 0 or more");
    }
    Study study = Study.nationalAi();
    if (paper) {
      if (items != null || by != null) {
        throw new ParameterException(spec.commandLine(), "--paper takes no --items or --by");
      }
      StudyData data = StudyData.synthesize(study);
      Map<String, byte[]> files = new PaperReport(data, threshold).files();
      files.forEach((name, bytes) -> write(out.resolve(name), bytes));
      spec.commandLine().getOut().println("wrote " + files.size() + " files to " + out);
      return 0;
    }
    if (items == null || items.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give --items (or --paper)");
    }
    FileFormat fileFormat = fileFormat();
    study.group(group);
    Dataset data = StudyData.synthesize(study).dataset(group);
    for (String id : items) {
      Item item = data.instrument().item(id);
      if (!item.type().isCoded()) {
        throw new TripartException(
            ErrorCode.EXPORT_INPUT,
            "--items " + id,
            "is a " + item.type().fileName() + " item; only coded items are tabulated");
      }
    }
    if (by != null && !data.instrument().item(by).type().isSingleChoice()) {
      throw new TripartException(
          ErrorCode.EXPORT_INPUT, "--by " + by, "a stratifier must be a single-choice item");
    }
    PublicationSettings settings =
        new PublicationSettings("en", threshold, data.provenance(), PaperLayout.respondents(group));
    String title =
        "Table 1. "
            + String.join(
                "; ", items.stream().map(i -> data.instrument().item(i).label().en()).toList())
            + (by == null ? "" : ", by " + data.instrument().item(by).label().en());
    PublicationTable table;
    if (by == null) {
      List<ItemFrequencies> fs = new ArrayList<>();
      items.forEach(i -> fs.add(Frequencies.of(data, i)));
      table = PublicationTables.overall(title, fs, settings);
    } else {
      List<CrossTab> xs = new ArrayList<>();
      items.forEach(i -> xs.add(CrossTabs.of(data, i, by, 0.95)));
      table = PublicationTables.byStratum(title, xs, settings);
    }
    List<String> banner = data.isSynthetic() ? List.of(data.provenance()) : List.of();
    write(out, render(fileFormat, table, "Tripart export (" + group + ")", banner));
    return 0;
  }

  private FileFormat fileFormat() {
    String name = format;
    if (name == null) {
      String file = out.getFileName().toString();
      int dot = file.lastIndexOf('.');
      name = dot < 0 ? "docx" : file.substring(dot + 1);
    }
    try {
      return FileFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--format " + name + ": use docx, xlsx, csv, md or html");
    }
  }

  static byte[] render(
      FileFormat format, PublicationTable table, String title, List<String> banner) {
    List<PublicationTable> one = List.of(table);
    return switch (format) {
      case DOCX -> DocxExport.write(title, banner, one);
      case XLSX -> XlsxExport.write(one);
      case CSV -> text(Format.CSV, title, List.of(), one);
      case MD -> text(Format.MD, title, banner, one);
      case HTML -> text(Format.HTML, title, banner, one);
    };
  }

  static byte[] text(
      Format format, String title, List<String> banner, List<PublicationTable> tables) {
    Document.Builder d = Document.builder(title);
    banner.forEach(d::banner);
    for (PublicationTable t : tables) {
      d.table(t.toReportTable());
    }
    return format.render(d.build()).getBytes(StandardCharsets.UTF_8);
  }

  /** Writes to a temporary file beside the target, then moves it into place. */
  static void write(Path target, byte[] bytes) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".tripart-", ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new TripartException(
          ErrorCode.IO, target.toString(), "cannot write: " + e.getMessage());
    }
  }

  /** Everything of the paper-style report, by file name inside the output folder. */
  static final class PaperReport {
    private final StudyData data;
    private final int threshold;

    PaperReport(StudyData data, int threshold) {
      this.data = data;
      this.threshold = threshold;
    }

    Map<String, byte[]> files() {
      Study study = data.study();
      List<PublicationTable> tables = new ArrayList<>();
      Map<String, byte[]> files = new LinkedHashMap<>();
      StringBuilder results =
          new StringBuilder("# Results (drafted from the numbers; check before use)\n\n");
      for (PaperLayout.PaperTable t : PaperLayout.of(study)) {
        Dataset d = data.dataset(t.group());
        PublicationSettings s =
            new PublicationSettings(
                "en", threshold, d.provenance(), PaperLayout.respondents(t.group()));
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
      String title = study.title().en();
      List<String> banner =
          List.of(
              "SYNTHETIC DATA: every figure is computed from respondents Tripart generated from the"
                  + " paper's published percentages (seed "
                  + study.seed()
                  + "); they are not the survey's real responses.");
      files.put("tables.docx", DocxExport.write(title, banner, tables));
      files.put("tables.xlsx", XlsxExport.write(tables));
      files.put("tables.html", text(Format.HTML, title, banner, tables));
      files.put("results.md", results.toString().getBytes(StandardCharsets.UTF_8));
      return files;
    }
  }
}
