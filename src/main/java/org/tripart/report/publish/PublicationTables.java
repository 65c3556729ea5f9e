package org.tripart.report.publish;

import java.util.ArrayList;
import java.util.List;
import org.tripart.disclosure.CellStatus;
import org.tripart.instrument.ItemType;
import org.tripart.stats.ChiSquareTest;
import org.tripart.stats.CrossTab;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;

/**
 * Builds {@link PublicationTable}s from the statistics engine's frequencies and cross-tabulations,
 * with disclosure control applied to every printed count. Stateless and thread-safe; arguments must
 * not be null.
 */
public final class PublicationTables {
  private PublicationTables() {}

  /** One column group over all respondents: Characteristic | n (%) | 95% CI. */
  public static PublicationTable overall(
      String title, List<ItemFrequencies> items, PublicationSettings settings) {
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ItemFrequencies f : items) {
      Masks m = Masks.of(f, List.of(), settings.threshold());
      String label = f.item().label().in(settings.language());
      rows.add(new Row(Row.Kind.HEADING, f.item().id(), "", label, List.of(), Double.NaN));
      for (int o = 0; o < f.options().size(); o++) {
        rows.add(
            option(f, o, List.of(cell(f.options().get(o), m.cells()[o][0])), Double.NaN, settings));
      }
      notes.add(denominatorNote(label, f, m.denominatorHidden(), settings.language()));
    }
    return new PublicationTable(
        title,
        List.of(PublicationWords.of(settings.language()).all(null)),
        false,
        rows,
        common(notes, settings, false, rows),
        threshold(settings),
        settings.language());
  }

  /**
   * A column group for all respondents and one per stratum, with a chi-square p-value: on the
   * heading of a single-choice item, on each option of a multiple-choice one.
   *
   * @throws IllegalArgumentException when the cross-tabulations do not share one stratifier
   */
  public static PublicationTable byStratum(
      String title, List<CrossTab> items, PublicationSettings settings) {
    String lang = settings.language();
    PublicationWords words = PublicationWords.of(lang);
    if (items.isEmpty()) {
      return new PublicationTable(
          title, List.of(words.all(null)), true, List.of(), List.of(), 0, lang);
    }
    CrossTab first = items.get(0);
    List<String> groups = new ArrayList<>();
    groups.add(words.all(Numbers.count(first.overall().respondents())));
    for (int s = 0; s < first.strata().size(); s++) {
      groups.add(
          first.strata().get(s).label().in(lang)
              + " (N = "
              + Numbers.count(first.perStratum().get(s).respondents())
              + ")");
    }
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean approximate = false;
    for (CrossTab x : items) {
      if (!x.by().id().equals(first.by().id())) {
        throw new IllegalArgumentException(
            "item " + x.item().id() + " is split by " + x.by().id() + ", not " + first.by().id());
      }
      Masks m = Masks.of(x.overall(), x.perStratum(), settings.threshold());
      boolean multiple = x.item().type() == ItemType.MULTIPLE;
      String label = x.item().label().in(lang);
      double headingP = multiple ? Double.NaN : p(x.tests().get(0));
      rows.add(new Row(Row.Kind.HEADING, x.item().id(), "", label, List.of(), headingP));
      for (int o = 0; o < x.overall().options().size(); o++) {
        List<Cell> cells = new ArrayList<>();
        cells.add(cell(x.overall().options().get(o), m.cells()[o][0]));
        for (int s = 0; s < x.perStratum().size(); s++) {
          cells.add(cell(x.perStratum().get(s).options().get(o), m.cells()[o][s + 1]));
        }
        rows.add(
            option(x.overall(), o, cells, multiple ? p(x.tests().get(o)) : Double.NaN, settings));
      }
      notes.add(denominatorNote(label, x.overall(), m.denominatorHidden(), lang));
      for (ChiSquareTest t : x.tests()) {
        approximate |= t.isDefined() && (t.minExpected() < 1 || t.cellsBelowFiveExpected() > 0);
      }
    }
    notes.add(words.chiSquare(first.by().label().in(lang), approximate));
    return new PublicationTable(
        title, groups, true, rows, common(notes, settings, true, rows), threshold(settings), lang);
  }

  /**
   * Which options of an item over all respondents may be shown, in option order, after primary and
   * complementary suppression at {@code threshold}: what charts and text of the item may print.
   */
  public static List<CellStatus> optionStatuses(ItemFrequencies f, int threshold) {
    Masks m = Masks.of(f, List.of(), threshold);
    List<CellStatus> out = new ArrayList<>();
    for (CellStatus[] row : m.cells()) {
      out.add(row[0]);
    }
    return out;
  }

  private static Row option(
      ItemFrequencies f, int o, List<Cell> cells, double p, PublicationSettings settings) {
    OptionFrequency of = f.options().get(o);
    return new Row(
        Row.Kind.OPTION,
        f.item().id(),
        of.option().code(),
        of.option().label().in(settings.language()),
        cells,
        p);
  }

  private static Cell cell(OptionFrequency f, CellStatus status) {
    return new Cell(f.count(), f.denominator(), f.proportion(), f.ci(), status);
  }

  private static double p(ChiSquareTest t) {
    return t.isDefined() ? t.pValue() : Double.NaN;
  }

  private static int threshold(PublicationSettings s) {
    return s.threshold() <= 1 ? 0 : s.threshold();
  }

  /**
   * The denominator of an item's percentages, its non-response and its skips, in one sentence in
   * {@code language} ({@code en} or {@code zh}).
   */
  static String denominatorNote(String label, ItemFrequencies f, boolean hidden, String language) {
    PublicationWords words = PublicationWords.of(language);
    String several = words.several(f.item().type() == ItemType.MULTIPLE);
    if (hidden) {
      return words.withheldDenominator(label, several);
    }
    int skipped = f.respondents() - f.applicable();
    return words.denominator(
        label,
        Numbers.count(f.answered()),
        f.nonResponse(),
        Numbers.count(f.nonResponse()),
        f.applicable() == 0 ? "" : Numbers.percent(f.nonResponse(), f.applicable()),
        Numbers.count(f.applicable()),
        skipped,
        Numbers.count(skipped),
        several);
  }

  private static List<String> common(
      List<String> itemNotes, PublicationSettings settings, boolean stratified, List<Row> rows) {
    List<String> notes = new ArrayList<>();
    if (settings.isSynthetic()) {
      notes.add(settings.syntheticLabel());
    }
    PublicationWords words = PublicationWords.of(settings.language());
    notes.add(words.nPercent());
    notes.addAll(itemNotes);
    boolean suppressed =
        rows.stream()
            .flatMap(r -> r.cells().stream())
            .anyMatch(c -> c.status() != CellStatus.SHOWN);
    if (suppressed) {
      notes.add(words.withheld(settings.threshold(), stratified));
    }
    return notes;
  }
}
