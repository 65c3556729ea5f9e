package org.tripart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Item;
import org.tripart.report.AnalysisReport;
import org.tripart.report.Document;
import org.tripart.report.Format;
import org.tripart.report.Table;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.NumericSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Frequencies with intervals for every item of any instrument, from a CSV of responses. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse responses to any instrument: per item n, denominator (respondents to whom the"
          + " item applied and who answered it), percentage, 95% Wilson interval and item"
          + " non-response; numeric items get mean, SD, median, IQR and range. With --by, every"
          + " item is split by a stratifying item with a chi-square test of independence.",
      "",
      "Responses CSV: one row per respondent, a header row, UTF-8. A single-choice answer is its"
          + " option code; each option of a multiple-choice item is a 0/1 column item___code (as"
          + " REDCap exports checkboxes); numbers with a '.' decimal point; blank = not answered."
          + " An optional record_id column names respondents."
    },
    footer = {
      "",
      "CSV output columns: "
          + "item,stratum,option,n,denominator,pct,ci_low,ci_high,nonresponse,chi2,df,p_value"
          + " (percentages in percent; coded items only)."
    })
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--instrument",
      required = true,
      paramLabel = "FILE",
      description = "Instrument YAML.")
  Path instrument;

  @Option(
      names = "--responses",
      required = true,
      paramLabel = "FILE.csv",
      description = "Responses CSV.")
  Path responses;

  @Option(
      names = "--by",
      paramLabel = "ITEM",
      description = "Split every item by this single-choice item.")
  String by;

  @Option(
      names = "--items",
      split = ",",
      paramLabel = "ITEM",
      description = "Analyse only these items (comma-separated; default: all).")
  java.util.List<String> items;

  @Option(
      names = "--language",
      defaultValue = "en",
      paramLabel = "LANG",
      description = "Language of labels: en or zh (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(
      names = "--ignore-unknown-columns",
      description = "Skip CSV columns that are no item of the instrument (e.g. redcap_event_name).")
  boolean ignoreUnknownColumns;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    Instrument inst = InstrumentReader.read(instrument);
    if (by != null) {
      Item b = inst.item(by);
      if (!b.type().isSingleChoice()) {
        throw new ParameterException(
            spec.commandLine(), "--by " + by + ": a stratifier must be a single-choice item");
      }
    }
    Dataset data =
        CsvDatasetReader.read(
            inst,
            responses,
            new CsvDatasetReader.Options(
                ignoreUnknownColumns,
                responses.getFileName().toString(),
                w -> spec.commandLine().getErr().println("warning: " + w)));
    var selected = items == null ? inst.items() : items.stream().map(inst::item).toList();
    AnalysisReport report = new AnalysisReport(language);
    Document doc;
    if (output.format == Format.CSV) {
      Table.Builder t = AnalysisReport.csvTable();
      for (Item i : selected) {
        if (!i.type().isCoded() || i.id().equals(by)) {
          continue;
        }
        if (by == null) {
          AnalysisReport.csvRows(t, Frequencies.of(data, i.id()));
        } else {
          AnalysisReport.csvRows(t, CrossTabs.of(data, i.id(), by, 0.95));
        }
      }
      doc = Document.builder("analysis").table(t.build()).build();
    } else {
      Document.Builder d =
          Document.builder("Analysis of " + responses.getFileName() + " (" + inst.id() + ")");
      if (data.isSynthetic()) {
        d.banner(
            "SYNTHETIC DATA: these respondents were generated, not surveyed ("
                + data.provenance().replaceFirst("^SYNTHETIC\\s*", "")
                + ")");
      }
      d.paragraph(
          data.size()
              + " respondents; instrument "
              + inst.id()
              + " version "
              + inst.version()
              + ".");
      for (Item i : selected) {
        if (i.id().equals(by)) {
          continue;
        }
        if (i.type().isCoded()) {
          if (by == null) {
            report.frequencies(d, Frequencies.of(data, i.id()));
          } else {
            report.crossTab(d, CrossTabs.of(data, i.id(), by, 0.95));
          }
        } else if (i.type().isNumeric()) {
          report.numeric(d, NumericSummaries.of(data, i.id(), data.applicableRows(i.id())));
        }
      }
      doc = d.build();
    }
    output.write(doc, spec.commandLine().getOut());
    return 0;
  }
}
