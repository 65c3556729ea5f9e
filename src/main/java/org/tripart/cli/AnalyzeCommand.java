package org.tripart.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tripart.analysis.DesignAnalysis;
import org.tripart.analysis.DesignItemResult;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignSetup;
import org.tripart.analysis.EstimandAnalysis;
import org.tripart.analysis.EstimandRow;
import org.tripart.analysis.QuantileAnalysis;
import org.tripart.analysis.QuantileNotes;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.report.AnalysisReport;
import org.tripart.report.DesignReport;
import org.tripart.report.Document;
import org.tripart.report.EstimandReport;
import org.tripart.report.Format;
import org.tripart.report.QuantileReport;
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
    sortOptions = false,
    description = {
      "Analyse responses to any instrument: per item n, denominator (respondents to whom the"
          + " item applied and who answered it), percentage, 95%% Wilson interval and item"
          + " non-response; numeric items get mean, SD, median, IQR and range. With --by, every"
          + " item is split by a stratifying item with a chi-square test of independence.",
      "",
      "With any survey-design option (--weights, --strata, --cluster, --fpc, --poststratify,"
          + " --rake, --trim, --domain, --ci, --plan) the estimates are design-based, as R's"
          + " survey package gives them: weighted percentages, Taylor-linearization SEs, design"
          + " effects, svyciprop intervals, and with --by the Rao-Scott F test.",
      "",
      "Responses CSV: one row per respondent, a header row, UTF-8. A single-choice answer is its"
          + " option code; each option of a multiple-choice item is a 0/1 column item___code (as"
          + " REDCap exports checkboxes); numbers with a '.' decimal point; blank = not answered."
          + " An optional record_id column names respondents. Without --instrument the items are"
          + " inferred from the columns (item___code families are multiple-choice, columns of up"
          + " to 20 distinct small integer codes or words are single-choice, other numbers"
          + " numeric, other text text)."
    },
    footer = {
      "",
      "CSV output columns: "
          + "item,stratum,option,n,denominator,pct,ci_low,ci_high,nonresponse,chi2,df,p_value"
          + " (percentages in percent; coded items only).",
      "Design-based CSV columns: item,option,pct,se,ci_low,ci_high,deff,stratum,n,denominator,"
          + "df,ci_method,rao_scott_f,ndf,ddf,p_value (pct, se and limits in percent, full"
          + " precision; one row per option; coded items only).",
      "Estimands CSV columns (--totals, --score-means, --ratio, --contrast; --csv-table):"
          + " estimand,item,option,detail,estimate,se,ci_low,ci_high,df,deff,n,t,p_value (on R's"
          + " scale: counts, ratios, scores; contrasts of proportions in proportions).",
      "Quantiles (--quantiles P,.. [--quantile-items ITEM,..] [--quantile-rule math|school|"
          + "shahvaish|hf1..hf9] [--quantile-interval mean|beta|xlogit|asin|score|quantile]; plan keys"
          + " quantiles, quantile_items, quantile_rule, quantile_interval): R's svyquantile of the"
          + " numeric items, rows of the estimands CSV with estimand quantile, option the"
          + " probability, detail the rule and interval type (quantile: replicate designs"
          + " only); with --by, one row set per level, detail ending ', BY=LEVEL'.",
      "Margins file (--poststratify, --rake, --calibrate): CSV with the header column,value,population, one"
          + " row per category, e.g. 'hospital_tier,tertiary,61000'.",
      "Analysis plan (--plan): YAML with design: {weights, strata, clusters: [..], fpc: [..],"
          + " lonely_psu}, weighting: {poststratify, rake (a margins file or {column: {value:"
          + " count}}), max_iterations, epsilon, trim: [low, high]}, items: [..], by, domain:"
          + " {item: code}, ci, level, estimands: {totals, means, ratios, contrasts}, and"
          + " weighting.calibrate: {function, bounds, margins, totals}. Described in analysis-plan.md in the sources (org/tripart/analysis).",
      "Replicate weights (--repweights PATTERN --type T, or --replicates TYPE): every variance"
          + " then comes from the replicates, as R's svrepdesign / as.svrepdesign; plan key"
          + " replicates: {weights_pattern, type, scale, rscales, rho, combined_weights, mse} or"
          + " {from_design, replicates, seed, rho, mse}."
    })
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ResponsesInput input;

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
  List<String> items;

  @Option(
      names = {"--lang", "--language"},
      defaultValue = "en",
      paramLabel = "LANG",
      description = "Language of labels: en or zh (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(
      names = "--ignore-unknown-columns",
      description = "Skip CSV columns that are no item of the instrument (e.g. redcap_event_name).")
  boolean ignoreUnknownColumns;

  @Option(
      names = "--id",
      split = ",",
      paramLabel = "COL",
      description = "Without --instrument: these columns identify respondents; not analysed.")
  List<String> ids;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "COL",
      description = "Without --instrument: leave these columns out.")
  List<String> ignore;

  @Mixin DesignOptions design;

  @Mixin EstimandOptions estimands;

  @Mixin QuantileOptions quantiles;

  @Option(
      names = "--csv-table",
      paramLabel = "TABLE",
      description =
          "With --format csv and a design: items (the items' estimates) or estimands (totals,"
              + " ratios, score means, contrasts); default: estimands when any is asked for.")
  String csvTable;

  @Mixin FormatOption output;

  private String source;
  private boolean fromStore;

  @Override
  public Integer call() {
    DesignPlan plan =
        design.active() || estimands.active() || quantiles.active()
            ? quantiles.apply(
                spec.commandLine(),
                estimands.apply(spec.commandLine(), design.plan(spec.commandLine(), items, by)))
            : null;
    requireItems(plan);
    ResponsesInput.Read in =
        input.read(
            spec.commandLine(),
            plan,
            new ResponsesInput.Columns(set(ids), set(ignore), ignoreUnknownColumns, null));
    source = in.source();
    fromStore = in.fromStore();
    return analyse(in.instrument(), in.data(), plan);
  }

  /**
   * Refuses an item to analyse, split by or take a domain of that the CSV's header does not have,
   * before every row is read (as the analysis would once they are).
   */
  private void requireItems(DesignPlan plan) {
    Set<String> header = input.headerItems();
    if (plan == null || header == null) {
      return;
    }
    java.util.Map<String, String> wanted = new java.util.LinkedHashMap<>();
    plan.items().forEach(id -> wanted.put(id, "items"));
    if (plan.by() != null) {
      wanted.putIfAbsent(plan.by(), "by");
    }
    plan.domain().keySet().forEach(id -> wanted.putIfAbsent(id, "domain"));
    for (var e : wanted.entrySet()) {
      String id = e.getKey();
      if (!header.contains(id)) {
        String key = e.getValue();
        throw new org.tripart.analysis.DesignPlanException(
            key + " " + id,
            "no column '"
                + id
                + "' in "
                + input.responses.getFileName()
                + "; columns: "
                + String.join(", ", header.stream().limit(40).toList())
                + (header.size() > 40 ? ", ..." : ""));
      }
    }
  }

  private static Set<String> set(List<String> values) {
    return values == null ? Set.of() : new HashSet<>(values);
  }

  private int analyse(Instrument inst, Dataset data, DesignPlan plan) {
    Document doc = plan == null ? frequencies(inst, data) : designBased(inst, data, plan);
    output.write(doc, spec.commandLine().getOut());
    return 0;
  }

  private Document designBased(Instrument inst, Dataset data, DesignPlan plan) {
    DesignSetup.Prepared prepared = DesignSetup.prepare(data, plan, k -> "--" + k);
    boolean estimandTable = csvTable(plan);
    List<String> quantileNotes = QuantileNotes.of(prepared, plan);
    quantileNotes.forEach(n -> spec.commandLine().getErr().println("warning: " + n));
    if (output.format == Format.CSV && estimandTable) {
      List<EstimandRow> all = new ArrayList<>(EstimandAnalysis.run(data, prepared, plan));
      all.addAll(QuantileAnalysis.run(data, prepared, plan));
      return Document.builder("analysis").table(EstimandReport.csv(all)).build();
    }
    List<DesignItemResult> results = DesignAnalysis.run(data, prepared, plan);
    if (output.format == Format.CSV) {
      return Document.builder("analysis").table(DesignReport.csv(results, plan)).build();
    }
    List<EstimandRow> rows = EstimandAnalysis.run(data, prepared, plan);
    Document.Builder d = head(inst, data);
    DesignReport.describe(plan, prepared).forEach(d::paragraph);
    new DesignReport(language).items(d, results, plan);
    EstimandReport.section(d, rows, plan.level());
    QuantileReport.section(
        d, QuantileAnalysis.run(data, prepared, plan), plan.level(), quantileNotes);
    return d.build();
  }

  private boolean csvTable(DesignPlan plan) {
    if (csvTable == null) {
      return !plan.estimands().isEmpty() || !plan.quantiles().isEmpty();
    }
    return switch (csvTable) {
      case "items" -> false;
      case "estimands" -> true;
      default ->
          throw new ParameterException(
              spec.commandLine(), "--csv-table " + csvTable + ": expected items or estimands");
    };
  }

  private Document.Builder head(Instrument inst, Dataset data) {
    Document.Builder d = Document.builder("Analysis of " + source + " (" + inst.id() + ")");
    if (data.isSynthetic()) {
      d.banner(
          "SYNTHETIC DATA: these respondents were generated, not surveyed ("
              + data.provenance().replaceFirst("^SYNTHETIC\\s*", "")
              + ")");
    }
    d.paragraph(
        data.size()
            + " respondents; "
            + (input.instrument == null && !fromStore
                ? "items inferred from the columns (" + inst.items().size() + " items)."
                : "instrument " + inst.id() + " version " + inst.version() + "."));
    if (fromStore && !data.isSynthetic()) {
      d.paragraph(data.provenance() + ".");
    }
    return d;
  }

  private Document frequencies(Instrument inst, Dataset data) {
    if (by != null) {
      Item b = inst.item(by);
      if (!b.type().isSingleChoice()) {
        throw new ParameterException(
            spec.commandLine(), "--by " + by + ": a stratifier must be a single-choice item");
      }
    }
    var selected = items == null ? inst.items() : items.stream().map(inst::item).toList();
    AnalysisReport report = new AnalysisReport(language);
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
      return Document.builder("analysis").table(t.build()).build();
    }
    Document.Builder d = head(inst, data);
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
    return d.build();
  }
}
