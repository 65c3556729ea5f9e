package org.tripart.dataset;

import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Partner;
import org.tripart.instrument.Roster;
import org.tripart.instrument.Section;

/**
 * Reads and writes the ties file: the partners named in an instrument's rosters, one row per
 * partner, beside the responses file ({@code csv-layout.md}, "Ties file"). Columns are {@code
 * record_id}, {@code item}, {@code position}, {@code partner} (a register id), {@code other} (a
 * name typed in) and one column per tie question of every roster, encoded as the responses file
 * encodes items of that type ({@code kind___data_sharing} for a multiple-choice tie). The CSV
 * itself is read by {@link CsvDatasetReader}, so its syntax, types, ranges and messages are the
 * responses file's; this class adds the checks a ties row needs. Stateless and thread-safe.
 */
public final class TiesCsv {
  /** What a ties file's name ends with, after the responses file's name without {@code .csv}. */
  public static final String SUFFIX = "-ties.csv";

  static final String ITEM = "item";
  static final String POSITION = "position";
  static final String PARTNER = "partner";
  static final String OTHER = "other";

  private TiesCsv() {}

  /**
   * The ties file beside a responses file: {@code clinician.csv} gives {@code clinician-ties.csv}.
   */
  public static Path besideResponses(Path responses) {
    String name = responses.getFileName().toString();
    String stem =
        name.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? name.substring(0, name.length() - 4)
            : name;
    return responses.resolveSibling(stem + SUFFIX);
  }

  /** True when the instrument has a partner roster, and so a ties file beside its responses. */
  public static boolean hasRosters(Instrument instrument) {
    return !Ties.rosterIds(instrument).isEmpty();
  }

  /**
   * Reads a ties file. Stops at the first problem, naming file, line, respondent and item.
   *
   * @param responses the responses the ties belong to: every respondent must be one of them, with
   *     as many partners as its roster column says; null to skip these checks
   * @throws MalformedCsvException for malformed CSV, a bad header or an invalid value (TRP-0100 to
   *     TRP-0102), and for a row that is no valid partner (TRP-1150 to TRP-1155)
   * @throws org.tripart.TripartException (TRP-0103) when the file cannot be read
   */
  public static Ties read(
      Instrument instrument, Path file, Dataset responses, CsvDatasetReader.Options options) {
    List<Integer> lines = new ArrayList<>();
    Instrument layout = layout(instrument);
    Dataset rows = CsvDatasetReader.read(layout, file, options, lines::add);
    return new Check(instrument, file.toString(), rows, lines).ties(responses);
  }

  /** Writes {@code ties} to {@code out}, flushed but not closed. */
  public static void write(Ties ties, Writer out) {
    CsvDatasetWriter.write(asDataset(ties), out);
  }

  /** Writes {@code ties} to a file, atomically as {@link CsvDatasetWriter#write(Dataset, Path)}. */
  public static void write(Ties ties, Path file) {
    CsvDatasetWriter.write(asDataset(ties), file);
  }

  /**
   * The ties file's columns as an instrument: {@code item}, {@code position}, {@code partner},
   * {@code other}, then every roster's tie questions (their ids are unique in the instrument and
   * differ from these four, as the instrument's checks ensure).
   */
  static Instrument layout(Instrument instrument) {
    List<Item> items = new ArrayList<>();
    items.add(column(ITEM, ItemType.TEXT, NumericRange.ANY));
    items.add(column(POSITION, ItemType.INTEGER, new NumericRange(1, Roster.MAX_PARTNERS)));
    items.add(column(PARTNER, ItemType.TEXT, NumericRange.ANY));
    items.add(column(OTHER, ItemType.TEXT, NumericRange.ANY));
    for (Item item : instrument.items()) {
      if (item.type() == ItemType.ROSTER) {
        items.addAll(item.roster().ties());
      }
    }
    return new Instrument(
        instrument.id() + "-ties",
        instrument.group(),
        instrument.version(),
        instrument.title(),
        instrument.languages(),
        List.of(new Section("ties", LocalizedText.EMPTY, items)),
        instrument.source());
  }

  private static Item column(String id, ItemType type, NumericRange range) {
    return new Item(
        id, type, LocalizedText.EMPTY, null, List.of(), false, null, range, Map.of(), null);
  }

  private static Dataset asDataset(Ties ties) {
    Instrument layout = layout(ties.instrument());
    DatasetBuilder b = new DatasetBuilder(layout, Math.max(16, ties.size()));
    int item = b.itemIndex(ITEM);
    int position = b.itemIndex(POSITION);
    int partner = b.itemIndex(PARTNER);
    int other = b.itemIndex(OTHER);
    boolean synthetic = false;
    for (Ties.Row r : ties.rows()) {
      synthetic |= r.respondentId().startsWith(CsvDatasetReader.SYNTHETIC_ID_PREFIX);
      int row = b.addRow(r.respondentId());
      b.setText(row, item, r.itemId());
      b.setNumber(row, position, r.position());
      b.setText(row, r.partner().isOther() ? other : partner, partnerText(r.partner()));
      r.partner().ties().forEach((tie, answer) -> set(b, row, b.itemIndex(tie), answer));
    }
    return b.provenance(synthetic ? "SYNTHETIC ties" : "ties").build();
  }

  private static String partnerText(Partner p) {
    return p.isOther() ? p.other() : p.id();
  }

  private static void set(DatasetBuilder b, int row, int i, Answer answer) {
    Item item = b.item(i);
    if (answer instanceof Answer.Choice c) {
      b.setChoice(row, i, item.optionIndex(c.code()));
    } else if (answer instanceof Answer.Choices c) {
      b.setAnswered(row, i);
      for (String code : c.codes()) {
        b.setSelected(row, i, item.optionIndex(code), true);
      }
    } else if (answer instanceof Answer.Number n) {
      b.setNumber(row, i, n.value());
    } else if (answer instanceof Answer.Text t) {
      b.setText(row, i, t.value());
    }
  }

  /** The row checks, reading one ties file's dataset. */
  private static final class Check {
    private final Instrument instrument;
    private final String file;
    private final Dataset rows;
    private final List<Integer> lines;
    private final Map<String, Item> rosters = new LinkedHashMap<>();
    private final Map<String, String> rosterOfTie = new HashMap<>();

    Check(Instrument instrument, String file, Dataset rows, List<Integer> lines) {
      this.instrument = instrument;
      this.file = file;
      this.rows = rows;
      this.lines = lines;
      for (Item item : instrument.items()) {
        if (item.type() == ItemType.ROSTER) {
          rosters.put(item.id(), item);
          item.roster().ties().forEach(t -> rosterOfTie.put(t.id(), item.id()));
        }
      }
    }

    Ties ties(Dataset responses) {
      List<Ties.Row> out = new ArrayList<>(rows.size());
      Set<String> places = new HashSet<>();
      Set<String> partners = new HashSet<>();
      Map<String, Integer> counts = new HashMap<>();
      Set<String> known = responses == null ? null : new HashSet<>(responses.respondentIds());
      for (int r = 0; r < rows.size(); r++) {
        String respondent = rows.respondentIds().get(r);
        String itemId = text(ITEM, r);
        Item item = itemId == null ? null : rosters.get(itemId);
        if (item == null) {
          throw fail(
              r,
              ErrorCode.TIES_ITEM,
              itemId == null
                  ? "the item is blank; expected a roster item: "
                      + String.join(", ", rosters.keySet())
                  : "'"
                      + itemId
                      + "' is not a partner roster of instrument "
                      + instrument.id()
                      + "; expected one of "
                      + String.join(", ", rosters.keySet()));
        }
        String where = "respondent " + respondent + " item " + itemId;
        if (known != null && !known.contains(respondent)) {
          throw fail(
              r,
              ErrorCode.TIES_RESPONDENT,
              where + ": the respondent is not in the responses; a ties row belongs to a response");
        }
        double p = ((NumericColumn) rows.column(POSITION)).value(r);
        if (Double.isNaN(p)) {
          throw fail(r, ErrorCode.TIES_POSITION, where + ": the position is blank");
        }
        int position = (int) p;
        Roster roster = item.roster();
        if (position > roster.max()) {
          throw fail(
              r,
              ErrorCode.TIES_POSITION,
              where + ": position " + position + " is above the roster's max of " + roster.max());
        }
        if (!places.add(respondent + '\u0000' + itemId + '\u0000' + position)) {
          throw fail(
              r, ErrorCode.TIES_POSITION, where + ": position " + position + " is given twice");
        }
        String id = text(PARTNER, r);
        String other = text(OTHER, r);
        if ((id == null) == (other == null)) {
          throw fail(
              r,
              ErrorCode.TIES_PARTNER,
              where
                  + " position "
                  + position
                  + ": give either partner (a register id) or other (a"
                  + " name typed in), "
                  + (id == null ? "neither is given" : "not both"));
        }
        if (other != null && !roster.other()) {
          throw fail(
              r,
              ErrorCode.TIES_PARTNER,
              where
                  + " position "
                  + position
                  + ": the roster takes partners from the registers"
                  + " only, not typed-in names like '"
                  + other
                  + "'");
        }
        String key = id != null ? "id:" + id : "other:" + normalised(other);
        if (!partners.add(respondent + '\u0000' + itemId + '\u0000' + key)) {
          throw fail(
              r,
              ErrorCode.TIES_DUPLICATE_PARTNER,
              where
                  + " position "
                  + position
                  + ": partner '"
                  + (id != null ? id : other)
                  + "' is named twice");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : rosterOfTie.entrySet()) {
          Answer a = rows.column(t.getKey()).answer(r);
          if (a == null) {
            continue;
          }
          if (!t.getValue().equals(itemId)) {
            throw fail(
                r,
                ErrorCode.TIES_ANSWER,
                where
                    + " position "
                    + position
                    + ": tie question "
                    + t.getKey()
                    + " belongs to roster "
                    + t.getValue()
                    + "; leave it blank in "
                    + itemId
                    + " rows");
          }
        }
        for (Item tie : roster.ties()) {
          Answer a = rows.column(tie.id()).answer(r);
          if (a != null) {
            answers.put(tie.id(), a);
          }
        }
        counts.merge(respondent + '\u0000' + itemId, 1, Integer::sum);
        out.add(
            new Ties.Row(
                respondent,
                itemId,
                position,
                id != null ? new Partner(id, null, answers) : new Partner(null, other, answers)));
      }
      if (responses != null) {
        checkCounts(responses, counts);
      }
      return Ties.of(instrument, out);
    }

    /** Every respondent's roster column must say how many partners the ties file names. */
    private void checkCounts(Dataset responses, Map<String, Integer> counts) {
      for (String itemId : rosters.keySet()) {
        Column c = responses.column(itemId);
        if (!(c instanceof NumericColumn column)) {
          continue;
        }
        for (int r = 0; r < responses.size(); r++) {
          String respondent = responses.respondentIds().get(r);
          int named = counts.getOrDefault(respondent + '\u0000' + itemId, 0);
          double said = column.value(r);
          if (!Double.isNaN(said) && said != named) {
            throw new MalformedCsvException(
                ErrorCode.TIES_RESPONDENT,
                file,
                1,
                0,
                null,
                "respondent "
                    + respondent
                    + " item "
                    + itemId
                    + ": the responses say "
                    + (long) said
                    + " partners, the ties file names "
                    + named);
          }
        }
      }
    }

    private String text(String column, int row) {
      Answer a = rows.column(column).answer(row);
      return a instanceof Answer.Text t && !t.value().isBlank() ? t.value().strip() : null;
    }

    private MalformedCsvException fail(int row, ErrorCode code, String problem) {
      return new MalformedCsvException(code, file, lines.get(row), 0, null, problem);
    }
  }

  static String normalised(String name) {
    return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
