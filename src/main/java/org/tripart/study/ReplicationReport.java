package org.tripart.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tripart.report.Align;
import org.tripart.report.Document;
import org.tripart.report.Table;

/** Lays out replicated figures as a report document. Stateless. */
public final class ReplicationReport {
  /** The columns of the machine-readable replication table, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "table",
          "group",
          "item",
          "option",
          "published_pct",
          "n",
          "denominator",
          "pct",
          "ci_low",
          "ci_high");

  private ReplicationReport() {}

  /** One row per figure with exactly {@link #CSV_COLUMNS}, numbers at full precision. */
  public static Document csv(List<ReplicatedFigure> figures) {
    Table.Builder t = Table.builder("");
    for (String c : CSV_COLUMNS) {
      t.column(c, Align.LEFT);
    }
    for (ReplicatedFigure f : figures) {
      t.row(
          f.table(),
          f.group(),
          f.item(),
          f.option(),
          plain(f.published()),
          Long.toString(f.n()),
          f.denominator() == null ? "" : Long.toString(f.denominator()),
          plain(f.pct()),
          plain(f.ciLow()),
          plain(f.ciHigh()));
    }
    return Document.builder("replication").table(t.build()).build();
  }

  /** The columns added after {@link #CSV_COLUMNS} when design-based figures are shown. */
  public static final List<String> DESIGN_CSV_COLUMNS =
      List.of("design", "design_se", "deff", "design_ci_low", "design_ci_high");

  /**
   * {@link #CSV_COLUMNS} then {@link #DESIGN_CSV_COLUMNS}: the design-based SE, design effect and
   * interval of every figure, in percent at full precision (empty for counts).
   */
  public static Document csv(List<ReplicatedFigure> figures, List<DesignedFigure> designed) {
    Table plain = ((org.tripart.report.Block.TableBlock) csv(figures).blocks().get(0)).table();
    Table.Builder t = Table.builder("");
    for (String c : CSV_COLUMNS) {
      t.column(c, Align.LEFT);
    }
    for (String c : DESIGN_CSV_COLUMNS) {
      t.column(c, Align.LEFT);
    }
    for (int i = 0; i < figures.size(); i++) {
      DesignedFigure d = designed.get(i);
      List<String> row = new ArrayList<>(plain.rows().get(i));
      row.add(d.design());
      row.add(plain(d.standardError()));
      row.add(plain(d.designEffect()));
      row.add(plain(d.ciLow()));
      row.add(plain(d.ciHigh()));
      t.row(row);
    }
    return Document.builder("replication").table(t.build()).build();
  }

  /** The human-readable report: a section per published table, then the text-only figures. */
  public static Document display(Study study, String provenance, List<ReplicatedFigure> figures) {
    return display(study, provenance, figures, null);
  }

  /**
   * The human-readable report; with {@code designed} (one per figure, or null) each table adds the
   * design-based SE, design effect and interval, and a sentence on why they differ from Wilson's.
   */
  public static Document display(
      Study study,
      String provenance,
      List<ReplicatedFigure> figures,
      List<DesignedFigure> designed) {
    Map<ReplicatedFigure, DesignedFigure> byFigure = new java.util.IdentityHashMap<>();
    if (designed != null) {
      for (int i = 0; i < figures.size(); i++) {
        byFigure.put(figures.get(i), designed.get(i));
      }
    }
    Document.Builder doc =
        Document.builder("Replication of the published tables: " + study.title().en());
    doc.banner(provenance);
    doc.paragraph("Source: " + study.reference());
    doc.paragraph(summary(figures));
    doc.paragraph(
        "Each row shows the percentage printed in the paper beside the percentage recomputed"
            + " from respondent-level data: n respondents chose the option out of the"
            + " denominator, the respondents of the group to whom the item applied and who"
            + " answered it. The 95% interval is Wilson's score interval, which treats the"
            + " respondents as a simple random sample. Agreement: 'exact' when the recomputed"
            + " percentage, rounded as printed, is the printed one; 'nearest possible' when no"
            + " whole number of respondents can give the printed figure; 'differs' where the"
            + " paper contradicts itself and a choice was made (see the study's DECISIONS.md).");
    if (designed != null && !designed.isEmpty()) {
      Set<String> designs = new LinkedHashSet<>();
      for (DesignedFigure d : designed) {
        designs.add(d.figure().group() + ": " + d.design());
      }
      doc.paragraph(
          "Design-based columns: the standard error (Design SE, in percentage points), the"
              + " design effect (Deff: the variance over that of a simple random sample of the"
              + " same size) and a 95% interval that accounts for the design ("
              + String.join("; ", designs)
              + "). Every respondent weighs 1. The sentence under each table says how the two"
              + " kinds of interval compare.");
    }
    Map<String, List<ReplicatedFigure>> byTable = new LinkedHashMap<>();
    for (ReplicatedFigure f : figures) {
      byTable.computeIfAbsent(f.table(), k -> new ArrayList<>()).add(f);
    }
    for (var e : byTable.entrySet()) {
      List<ReplicatedFigure> rows = e.getValue();
      boolean text = e.getKey().equals("text");
      String heading =
          text
              ? "Figures given only in the text"
              : "Table " + e.getKey() + " (" + groups(rows) + ")";
      doc.heading(1, heading);
      doc.table(table(rows, text, designed == null ? null : byFigure));
    }
    return doc.build();
  }

  private static Table table(
      List<ReplicatedFigure> rows,
      boolean withGroup,
      Map<ReplicatedFigure, DesignedFigure> designed) {
    Table.Builder t = Table.builder("");
    if (withGroup) {
      t.column("Group", Align.LEFT);
    }
    t.column("Item", Align.LEFT)
        .column("Option", Align.LEFT)
        .column("Published", Align.RIGHT)
        .column("Recomputed", Align.RIGHT)
        .column("n / denominator", Align.RIGHT)
        .column("95% CI (Wilson)", Align.RIGHT)
        .column("Agreement", Align.LEFT);
    if (designed != null) {
      t.column("Design SE", Align.RIGHT)
          .column("Deff", Align.RIGHT)
          .column("95% CI (design)", Align.RIGHT);
    }
    Set<String> notes = new LinkedHashSet<>();
    String lastItem = null;
    for (ReplicatedFigure f : rows) {
      List<String> cells = new ArrayList<>();
      if (withGroup) {
        cells.add(f.group());
      }
      String itemKey = f.group() + "/" + f.item();
      cells.add(itemKey.equals(lastItem) ? "" : f.itemLabel());
      lastItem = itemKey;
      cells.add(f.optionLabel());
      if (f.isCount()) {
        cells.add(plain(f.published()));
        cells.add(Long.toString(f.n()));
        cells.add("");
        cells.add("");
      } else {
        int d = f.printedDecimals();
        cells.add(plain(f.published()) + "%");
        cells.add(fixed(f.pct(), d + 1) + "%");
        cells.add(f.n() + " / " + f.denominator());
        cells.add(fixed(f.ciLow(), d + 1) + "–" + fixed(f.ciHigh(), d + 1));
      }
      cells.add(agreement(f.agreement()));
      if (designed != null) {
        DesignedFigure d = designed.get(f);
        boolean shown = !f.isCount() && !Double.isNaN(d.standardError());
        int dec = f.printedDecimals() + 1;
        cells.add(shown ? fixed(d.standardError(), dec + 1) : "");
        cells.add(shown ? fixed(d.designEffect(), 2) : "");
        cells.add(
            shown && !Double.isNaN(d.ciLow())
                ? fixed(d.ciLow(), dec) + "–" + fixed(d.ciHigh(), dec)
                : "");
      }
      t.row(cells);
      if (!f.note().isBlank()) {
        notes.add(f.itemLabel() + ": " + f.note() + ".");
      }
    }
    notes.forEach(t::note);
    if (designed != null) {
      Map<String, List<DesignedFigure>> byGroup = new LinkedHashMap<>();
      for (ReplicatedFigure f : rows) {
        byGroup.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(designed.get(f));
      }
      byGroup.forEach(
          (g, ds) -> {
            String s = DesignReplication.sentence(ds, g);
            if (!s.isEmpty()) {
              t.note(s);
            }
          });
    }
    return t.build();
  }

  static String summary(List<ReplicatedFigure> figures) {
    Map<ReplicatedFigure.Agreement, Integer> counts =
        new EnumMap<>(ReplicatedFigure.Agreement.class);
    for (ReplicatedFigure f : figures) {
      counts.merge(f.agreement(), 1, Integer::sum);
    }
    return String.format(
        Locale.ROOT,
        "%d figures: %d reproduced exactly, %d at the nearest value the group size allows, %d"
            + " differ where the paper is inconsistent.",
        figures.size(),
        counts.getOrDefault(ReplicatedFigure.Agreement.EXACT, 0),
        counts.getOrDefault(ReplicatedFigure.Agreement.NEAREST_POSSIBLE, 0),
        counts.getOrDefault(ReplicatedFigure.Agreement.DIFFERS, 0));
  }

  private static String agreement(ReplicatedFigure.Agreement a) {
    return switch (a) {
      case EXACT -> "exact";
      case NEAREST_POSSIBLE -> "nearest possible";
      case DIFFERS -> "differs";
    };
  }

  private static String groups(List<ReplicatedFigure> rows) {
    Set<String> g = new LinkedHashSet<>();
    rows.forEach(f -> g.add(f.group()));
    return String.join(", ", g);
  }

  /** Shortest decimal form that reads back as the same double, never in exponent notation. */
  public static String plain(Double v) {
    if (v == null || v.isNaN()) {
      return "";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
