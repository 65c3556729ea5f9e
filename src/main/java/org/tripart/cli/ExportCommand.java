package org.tripart.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.analysis.DesignPlan;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.PublicationTable;
import org.tripart.report.publish.PublicationTables;
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

/**
 * Publication exports of a CSV's, a store's or the bundled study's synthetic responses: tables,
 * charts and drafted text.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export publication tables of a responses CSV (--responses, as analyze reads it), of the"
          + " responses a Tripart store holds (--db), or else of the bundled study's SYNTHETIC"
          + " data: Characteristic | n (%%) |"
          + " 95%% CI (Wilson), per stratum (--by) or per respondent group (--groups) with a"
          + " chi-square p-value. Counts"
          + " from 1 to threshold-1 are withheld, with complementary cells so that they cannot be"
          + " worked out from the totals. --charts DIR adds a bar chart per item (SVG and PNG),"
          + " --results FILE.md a drafted results section.",
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
      names = "--groups",
      split = ",",
      paramLabel = "GROUP",
      description = "One column per group (each under its own instrument), from --db or the study.")
  List<String> groups;

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
      names = "--responses",
      paramLabel = "FILE.csv",
      description = "Export from this responses CSV instead of the bundled study (as analyze).")
  Path responses;

  @Option(
      names = "--instrument",
      paramLabel = "FILE",
      description = "With --responses: the instrument YAML (default: infer items from the CSV).")
  Path instrument;

  @Option(
      names = "--db",
      paramLabel = "PATH|JDBC_URL",
      description =
          "Export the final responses stored by 'tripart serve' (SQLite file or"
              + " jdbc:postgresql://...), with --study and --group.")
  String db;

  @Option(names = "--study", paramLabel = "ID", description = "With --db: the study's id.")
  String study;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      description =
          "With --db: the stored group; else the bundled study's group: clinician (default),"
              + " research or industry.")
  String group;

  @Option(
      names = "--threshold",
      defaultValue = "5",
      paramLabel = "K",
      description =
          "Withhold counts from 1 to K-1 (default: ${DEFAULT-VALUE}; 0 withholds nothing).")
  int threshold;

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description = "Also write a bar chart of each item into DIR as ITEM.svg and ITEM.png.")
  Path charts;

  @Option(
      names = "--results",
      paramLabel = "FILE.md",
      description = "Also write a drafted results section of the items (by stratum with --by).")
  Path results;

  @Option(names = "--paper", description = "Write the study's paper-style report into --out.")
  boolean paper;

  @picocli.CommandLine.Mixin LanguageOption lang;

  @Option(
      names = "--plan",
      paramLabel = "FILE.yaml",
      description =
          "An analysis plan with a model: section: adds the model's table (gtsummary's"
              + " tbl_regression layout, Characteristic | OR | 95%% CI | p), fitted under the"
              + " plan's design on the exported responses (with --paper: on --group's).")
  Path plan;

  @Override
  public Integer call() {
    if (System.getProperty(LOG4J_FACTORY) == null) {
      System.setProperty(
          LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    if (threshold < 0) {
      throw new ParameterException(spec.commandLine(), "--threshold must be 0 or more");
    }
    String language = lang.get(spec.commandLine());
    if (paper) {
      if (responses != null || instrument != null || db != null || study != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--paper writes the bundled study's report; it takes no --responses, --instrument,"
                + " --db or --study");
      }
      if (items != null || by != null || groups != null || charts != null || results != null) {
        throw new ParameterException(
            spec.commandLine(), "--paper takes no --items, --by, --groups, --charts or --results");
      }
      StudyData data = StudyData.synthesize(Study.nationalAi());
      Map<String, byte[]> files =
          new PaperExport(data, threshold, plan, ExportModel.plan(plan), group, language).files();
      files.forEach((name, bytes) -> ExportFiles.write(out.resolve(name), bytes));
      spec.commandLine().getOut().println("wrote " + files.size() + " files to " + out);
      return 0;
    }
    if (items == null || items.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give --items (or --paper)");
    }
    FileFormat fileFormat = fileFormat();
    if (groups != null) {
      if (charts != null) {
        throw new ParameterException(spec.commandLine(), "--charts draws one group's items");
      }
      if (plan != null) {
        throw new ParameterException(spec.commandLine(), "--plan fits one group's model");
      }
      GroupExport g =
          GroupExport.of(
              items,
              groups,
              responses,
              db,
              study,
              group,
              by,
              threshold,
              language,
              spec.commandLine());
      write(
          fileFormat,
          g.table(),
          g.name(),
          g.settings(),
          g.caption(),
          null,
          g.crossTabs(),
          List.of());
      return 0;
    }
    DesignPlan modelPlan = ExportModel.plan(plan);
    ExportSource source =
        ExportSource.select(
            responses,
            instrument,
            db,
            study,
            group,
            spec.commandLine(),
            ExportModel.inference(modelPlan));
    Dataset data = source.data();
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
        new PublicationSettings(language, threshold, data.provenance(), source.respondents());
    String caption = caption(data, language);
    List<ItemFrequencies> fs = new ArrayList<>();
    items.forEach(i -> fs.add(Frequencies.of(data, i)));
    List<CrossTab> xs = null;
    PublicationTable table;
    if (by == null) {
      table =
          PublicationTables.overall(
              org.tripart.report.publish.Captions.table(1, language) + caption, fs, settings);
    } else {
      xs = new ArrayList<>();
      for (String i : items) {
        xs.add(CrossTabs.of(data, i, by, 0.95));
      }
      table =
          PublicationTables.byStratum(
              org.tripart.report.publish.Captions.table(1, language) + caption, xs, settings);
    }
    write(
        fileFormat,
        table,
        source.name(),
        settings,
        caption(data, "en"),
        fs,
        xs,
        ExportModel.tables(plan, modelPlan, data, 2, language));
    return 0;
  }

  /** The items' labels, and the split-by item's, in {@code language}: the table's caption. */
  private String caption(Dataset data, String language) {
    return String.join(
            "; ", items.stream().map(i -> data.instrument().item(i).label().in(language)).toList())
        + (by == null
            ? ""
            : org.tripart.report.publish.Captions.by(
                data.instrument().item(by).label().in(language), language));
  }

  /**
   * Writes the table, and the charts and drafted text asked for, once all are made; {@code caption}
   * heads the drafted text, which is in English.
   */
  private void write(
      FileFormat fileFormat,
      PublicationTable table,
      String sourceName,
      PublicationSettings settings,
      String caption,
      List<ItemFrequencies> fs,
      List<CrossTab> xs,
      List<ModelTable> models) {
    List<String> banner = settings.isSynthetic() ? List.of(settings.provenance()) : List.of();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(
        out,
        ExportFiles.render(
            fileFormat,
            table,
            ("zh".equals(settings.language())
                ? "Tripart 导出（" + sourceName + "）"
                : "Tripart export (" + sourceName + ")"),
            banner,
            models));
    if (charts != null) {
      ExportFigures.charts(fs, settings)
          .forEach((name, bytes) -> files.put(charts.resolve(name), bytes));
    }
    if (results != null) {
      files.put(results, ExportFigures.results(caption, fs, xs, settings));
    }
    files.forEach(ExportFiles::write);
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
}
