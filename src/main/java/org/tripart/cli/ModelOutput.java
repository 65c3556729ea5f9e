package org.tripart.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelRun;
import org.tripart.dataset.Dataset;
import org.tripart.report.DesignReport;
import org.tripart.report.Document;
import org.tripart.report.Format;
import org.tripart.report.ModelReport;
import org.tripart.report.publish.DocxExport;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.ModelTables;
import org.tripart.report.publish.XlsxExport;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --format}, {@code --style} and {@code --output} options of {@code tripart model}, and
 * the writing of its result: CSV at full precision ({@link ModelReport#csv}); text, Markdown and
 * HTML as the full coefficient table ({@code --style full}, the default) or gtsummary's {@code
 * tbl_regression} layout ({@code --style table}, {@link ModelTables}); DOCX and XLSX always in that
 * layout, through the publication export's writers, to {@code --output} only. Not thread-safe
 * (filled by picocli); writing has the side effect of the output file or standard output.
 */
final class ModelOutput {
  /** The formats, as typed. */
  enum Kind {
    TEXT,
    CSV,
    MD,
    HTML,
    DOCX,
    XLSX
  }

  private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text (default), csv, md, html, docx or xlsx; docx and xlsx need --output and are taken"
              + " from its .docx or .xlsx ending when --format is not given.")
  String format;

  @Option(
      names = "--style",
      paramLabel = "STYLE",
      description =
          "For text, md and html: full (default: every coefficient with SE, t, p and both"
              + " scales) or table (gtsummary's tbl_regression layout, Characteristic | OR | 95%%"
              + " CI | p, as docx and xlsx always are).")
  String style;

  @picocli.CommandLine.Mixin LanguageOption lang;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (written whole or not at all).")
  Path output;

  /** The format asked for, from {@code --format} or the output file's ending. */
  Kind kind(CommandLine cl) {
    String name = format;
    if (name == null && output != null) {
      String file = output.getFileName().toString().toLowerCase(Locale.ROOT);
      name = file.endsWith(".docx") ? "docx" : file.endsWith(".xlsx") ? "xlsx" : null;
    }
    Kind kind = name == null ? Kind.TEXT : DesignOptions.choice(cl, "--format", name, Kind.class);
    if ((kind == Kind.DOCX || kind == Kind.XLSX) && output == null) {
      String ext = kind.name().toLowerCase(Locale.ROOT);
      throw new ParameterException(
          cl, "--format " + ext + " writes a file: give --output FILE." + ext);
    }
    if (style != null) {
      if (kind == Kind.CSV || kind == Kind.DOCX || kind == Kind.XLSX) {
        throw new ParameterException(
            cl,
            "--style is for text, md and html; csv is always full precision and docx and xlsx"
                + " always the table");
      }
      if (!style.equalsIgnoreCase("full") && !style.equalsIgnoreCase("table")) {
        throw new ParameterException(cl, "--style " + style + ": expected full or table");
      }
    }
    language(cl, kind);
    return kind;
  }

  /** {@code en} or {@code zh}, from {@code --lang}. */
  private String language(CommandLine cl, Kind kind) {
    String l = lang.get(cl);
    boolean table = kind == Kind.DOCX || kind == Kind.XLSX || "table".equalsIgnoreCase(style);
    if (l.equals("zh") && !table) {
      throw new ParameterException(
          cl,
          "--lang zh is for the table layout (docx, xlsx, or --style table); csv and the full"
              + " coefficient table are in English");
    }
    return l;
  }

  /**
   * Writes the model in the format asked for.
   *
   * @param source the data's name for the title, for example the CSV file's name
   */
  void write(ModelRun.Result result, Dataset data, DesignPlan plan, String source, CommandLine cl) {
    Kind kind = kind(cl);
    String language = language(cl, kind);
    boolean zh = language.equals("zh");
    String title = (zh ? "基于抽样设计的回归模型：" : "Design-based model of ") + source;
    List<String> banner =
        data.isSynthetic()
            ? List.of(
                zh
                    ? "SYNTHETIC DATA（合成数据）：这些受访者由程序生成，并非实际调查所得"
                    : "SYNTHETIC DATA: these respondents were generated, not surveyed")
            : List.of();
    if (kind == Kind.DOCX || kind == Kind.XLSX) {
      if (System.getProperty(LOG4J_FACTORY) == null) {
        System.setProperty(
            LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      }
      String caption =
          org.tripart.report.publish.Captions.table(1, language)
              + ModelTables.title(result.spec(), data, language);
      List<ModelTable> one = List.of(ModelTables.of(result, data, plan, caption, language));
      byte[] bytes =
          kind == Kind.DOCX
              ? DocxExport.write(title, banner, List.of(), List.of(), one)
              : XlsxExport.write(List.of(), List.of(), one);
      ExportFiles.write(output, bytes);
      return;
    }
    Document doc;
    if (kind == Kind.CSV) {
      doc = Document.builder("model").table(ModelReport.csv(result)).build();
    } else {
      Document.Builder d = Document.builder(title);
      banner.forEach(d::banner);
      if ("table".equalsIgnoreCase(style)) {
        d.table(
            ModelTables.of(
                    result, data, plan, ModelTables.title(result.spec(), data, language), language)
                .toReportTable());
      } else {
        DesignReport.describe(plan, result.prepared()).forEach(d::paragraph);
        ModelReport.describe(d, result);
      }
      doc = d.build();
    }
    String text = Format.valueOf(kind.name()).render(doc);
    if (output == null) {
      cl.getOut().print(text);
      cl.getOut().flush();
    } else {
      FormatOption.writeAtomically(output, text);
    }
  }
}
