package org.tripart.study;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.audit.Audit;
import org.tripart.audit.Finding;
import org.tripart.audit.FindingKind;
import org.tripart.audit.PublishedRow;
import org.tripart.audit.PublishedTable;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.TextColumn;
import org.tripart.instrument.Item;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;
import org.tripart.synth.SynthesisResult;

/**
 * Recomputes every published figure of a study from its respondent-level data. Nothing is taken
 * from the published figures but the figure itself, printed beside the recomputed one. Stateless.
 */
public final class Replication {
  private static final double CONFIDENCE = 0.95;

  private Replication() {}

  /** The published tables' figures followed by the text-only figures, in file order. */
  public static List<ReplicatedFigure> run(StudyData data) {
    Study study = data.study();
    List<ReplicatedFigure> out = new ArrayList<>();
    List<PublishedRow> published = tables(study);
    Set<String> unattainable = unattainable(study, published);
    for (PublishedRow row : published) {
      Dataset d = data.dataset(row.group());
      OptionFrequency f = frequency(d, row.item(), row.option(), null, study.publishedTables());
      out.add(
          figure(
              row.table(),
              row.group(),
              row.item(),
              row.itemLabel(),
              row.option(),
              row.optionLabel(),
              row.tablePct(),
              f,
              row.note(),
              unattainable.contains(row.group() + "/" + row.item())));
    }
    for (TextFact fact : textFacts(study)) {
      out.add(text(data, fact));
    }
    return out;
  }

  /** The published tables of the study, as printed. */
  public static List<PublishedRow> tables(Study study) {
    try (Reader r = study.open(study.publishedTables())) {
      return PublishedTable.read(r, study.publishedTables());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures of the study given only in the text. */
  public static List<TextFact> textFacts(Study study) {
    try (Reader r = study.open(study.publishedTextFacts())) {
      return TextFacts.read(r, study.publishedTextFacts());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReplicatedFigure text(StudyData data, TextFact fact) {
    SynthesisResult group = data.group(fact.group());
    Dataset d = group.dataset();
    if (fact.isCount()) {
      long count =
          switch (fact.sourceItem()) {
            case ".invitations" -> group.invitations().size();
            case ".respondents" -> d.size();
            default -> distinctValues(d, fact.sourceItem());
          };
      return new ReplicatedFigure(
          "text",
          fact.group(),
          fact.item(),
          fact.itemLabel(),
          fact.option(),
          fact.optionLabel(),
          fact.published(),
          count,
          null,
          null,
          null,
          null,
          fact.note(),
          count == Math.round(fact.published())
              ? ReplicatedFigure.Agreement.EXACT
              : ReplicatedFigure.Agreement.DIFFERS);
    }
    BitSet rows = null;
    if (fact.isWithinSubgroup()) {
      rows = rowsChoosing(d, fact.byItem(), fact.byOption(), fact);
    }
    OptionFrequency f =
        frequency(d, fact.sourceItem(), fact.sourceOption(), rows, "text fact line " + fact.line());
    return figure(
        "text",
        fact.group(),
        fact.item(),
        fact.itemLabel(),
        fact.option(),
        fact.optionLabel(),
        fact.published(),
        f,
        fact.note(),
        false);
  }

  private static ReplicatedFigure figure(
      String table,
      String group,
      String item,
      String itemLabel,
      String option,
      String optionLabel,
      Double published,
      OptionFrequency f,
      String note,
      boolean blockUnattainable) {
    double printed = published == null ? Double.NaN : published;
    boolean exact =
        published != null
            && f.denominator() > 0
            && BigDecimal.valueOf(100L * f.count())
                    .divide(
                        BigDecimal.valueOf(f.denominator()),
                        Math.max(0, BigDecimal.valueOf(printed).stripTrailingZeros().scale()),
                        RoundingMode.HALF_UP)
                    .compareTo(BigDecimal.valueOf(printed))
                == 0;
    ReplicatedFigure.Agreement agreement;
    if (exact) {
      agreement = ReplicatedFigure.Agreement.EXACT;
    } else if (blockUnattainable || !attainable(printed, f.denominator())) {
      agreement = ReplicatedFigure.Agreement.NEAREST_POSSIBLE;
    } else {
      agreement = ReplicatedFigure.Agreement.DIFFERS;
    }
    return new ReplicatedFigure(
        table,
        group,
        item,
        itemLabel,
        option,
        optionLabel,
        published == null ? Double.NaN : published,
        f.count(),
        f.denominator(),
        100 * f.proportion(),
        100 * f.ci().low(),
        100 * f.ci().high(),
        note == null ? "" : note,
        agreement);
  }

  /**
   * The published single-choice blocks that no whole counts give together although they sum to 100
   * within rounding, as the audit finds them, keyed {@code group/item}.
   */
  private static Set<String> unattainable(Study study, List<PublishedRow> published) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (StudyGroup g : study.groups()) {
      sizes.put(g.id(), g.respondents());
    }
    Set<String> keys = new HashSet<>();
    for (Finding f : Audit.run(published, sizes)) {
      if (f.kind() == FindingKind.JOINT_GRANULARITY) {
        keys.add(f.group() + "/" + f.item());
      }
    }
    return keys;
  }

  /** True when some whole count out of {@code denominator} prints as {@code printed}. */
  static boolean attainable(double printed, long denominator) {
    if (denominator <= 0) {
      return false;
    }
    int decimals = Math.max(0, BigDecimal.valueOf(printed).stripTrailingZeros().scale());
    BigDecimal target = BigDecimal.valueOf(printed);
    long around = Math.round(printed * denominator / 100.0);
    for (long x = Math.max(0, around - 2); x <= Math.min(denominator, around + 2); x++) {
      BigDecimal p =
          BigDecimal.valueOf(100L * x)
              .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
      if (p.compareTo(target) == 0) {
        return true;
      }
    }
    return false;
  }

  private static OptionFrequency frequency(
      Dataset d, String itemId, String optionCode, BitSet rows, String where) {
    if (!d.instrument().hasItem(itemId)) {
      throw new TripartException(
          ErrorCode.UNKNOWN_ITEM,
          where,
          "published item '" + itemId + "' is not in instrument " + d.instrument().id());
    }
    ItemFrequencies fs =
        rows == null ? Frequencies.of(d, itemId) : Frequencies.of(d, itemId, rows, CONFIDENCE);
    return fs.options().stream()
        .filter(o -> o.option().code().equals(optionCode))
        .findFirst()
        .orElseThrow(
            () ->
                new TripartException(
                    ErrorCode.UNKNOWN_OPTION,
                    where,
                    "item " + itemId + " has no option '" + optionCode + "'"));
  }

  private static BitSet rowsChoosing(Dataset d, String itemId, String optionCode, TextFact fact) {
    Column c = d.column(itemId);
    Item item = c.item();
    int option = item.optionIndex(optionCode);
    if (!(c instanceof CodedColumn coded) || option < 0) {
      throw new TripartException(
          ErrorCode.UNKNOWN_OPTION,
          "text fact line " + fact.line(),
          "subgroup " + itemId + " = '" + optionCode + "' is not a single-choice option");
    }
    BitSet rows = new BitSet(d.size());
    for (int r = 0; r < d.size(); r++) {
      if (coded.code(r) == option) {
        rows.set(r);
      }
    }
    return rows;
  }

  private static long distinctValues(Dataset d, String itemId) {
    Column c = d.column(itemId);
    if (c instanceof CodedColumn coded) {
      Set<Integer> seen = new HashSet<>();
      for (int r = 0; r < d.size(); r++) {
        if (coded.answered(r)) {
          seen.add(coded.code(r));
        }
      }
      return seen.size();
    }
    if (c instanceof TextColumn text) {
      Set<Integer> seen = new HashSet<>();
      for (int r = 0; r < d.size(); r++) {
        if (text.answered(r)) {
          seen.add(text.id(r));
        }
      }
      return seen.size();
    }
    throw new TripartException(
        ErrorCode.STATISTICS_INPUT,
        "item " + itemId,
        "distinct values are counted only for coded, text and institution items");
  }
}
