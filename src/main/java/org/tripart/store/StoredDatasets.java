package org.tripart.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Partner;
import org.tripart.json.AnswersJson;
import org.tripart.json.JsonInputException;

/**
 * Builds a {@link Dataset} from stored final responses, one row per response, for the statistics.
 * Stored answers were validated before they were stored; a value that no longer fits the instrument
 * is left blank rather than guessed. The provenance starts with {@code SYNTHETIC} when any response
 * is synthetic (its invitation id says so).
 *
 * <p>Every response is analysed under the given (current) instrument, whatever version its answers
 * were validated against. So that answers collected under different versions are not mixed
 * silently, the provenance then ends with a note of the versions and their counts, for example
 * {@code "; answers from instrument v1 (n=7) and v2 (n=5), analysed under v2"}: whenever the
 * responses hold more than one version, or one version other than the instrument's. Responses
 * stored before versions were recorded count as {@code unrecorded}; when all are, no note is added,
 * since nothing is known. Versions are written {@code v<n>} so that the web layer's masking of
 * counts for viewers can withhold the counts and keep the versions. Used by the server's analyses
 * and dashboard and by {@code analyze --db}, so both read stored answers alike. Stateless.
 */
public final class StoredDatasets {
  private StoredDatasets() {}

  /**
   * The dataset of {@code responses} under {@code instrument}, with its provenance. Consumes the
   * stream; the caller still closes it.
   */
  public static Dataset build(Instrument instrument, Stream<StoredResponse> responses) {
    DatasetBuilder b = new DatasetBuilder(instrument, 1024);
    List<Item> items = b.items();
    long synthetic = 0;
    long collected = 0;
    Map<Integer, Long> versions = new TreeMap<>(Comparator.nullsLast(Integer::compare));
    for (StoredResponse r : (Iterable<StoredResponse>) responses::iterator) {
      String id = r.invitationId() != null ? r.invitationId() : "open-" + r.id();
      if (id.startsWith("SYNTHETIC-")) {
        synthetic++;
      } else {
        collected++;
      }
      versions.merge(r.instrumentVersion(), 1L, Long::sum);
      int row = b.addRow(id);
      Map<String, Object> answers = answers(r);
      for (int i = 0; i < items.size(); i++) {
        Object value = answers.get(items.get(i).id());
        if (value != null) {
          set(b, row, i, items.get(i), value);
        }
      }
    }
    String provenance =
        synthetic > 0
            ? "SYNTHETIC demonstration responses ("
                + synthetic
                + " synthetic, "
                + collected
                + " collected) stored in Tripart"
            : collected + " responses collected with Tripart";
    return b.provenance(provenance + versionNote(versions, instrument.version())).build();
  }

  /**
   * The partners named in the roster items of {@code responses}, under {@code instrument}, with
   * respondent ids as {@link #build} gives them. A stored partner or tie answer that no longer fits
   * the instrument (a tie question since removed, an option code since renamed) is left out rather
   * than guessed. Consumes the stream; the caller still closes it.
   */
  public static Ties ties(Instrument instrument, Stream<StoredResponse> responses) {
    List<Item> rosters =
        instrument.items().stream().filter(i -> i.type() == ItemType.ROSTER).toList();
    List<Ties.Row> rows = new ArrayList<>();
    if (rosters.isEmpty()) {
      return Ties.none(instrument);
    }
    for (StoredResponse r : (Iterable<StoredResponse>) responses::iterator) {
      String id = r.invitationId() != null ? r.invitationId() : "open-" + r.id();
      Map<String, Object> answers = answers(r);
      for (Item roster : rosters) {
        if (answers.get(roster.id()) instanceof List<?> partners) {
          int position = 0;
          for (Object p : partners) {
            Partner partner = partner(roster, p);
            if (partner != null) {
              rows.add(new Ties.Row(id, roster.id(), ++position, partner));
            }
          }
        }
      }
    }
    return Ties.of(instrument, rows);
  }

  /** A stored partner, {@code {"id": "H0001", "kind": ["a"]}} or {@code {"other": "Acme"}}. */
  private static Partner partner(Item roster, Object stored) {
    if (!(stored instanceof Map<?, ?> map)) {
      return null;
    }
    Object id = map.get("id");
    Object other = map.get("other");
    Map<String, Answer> ties = new LinkedHashMap<>();
    for (Item tie : roster.roster().ties()) {
      Answer a = tieAnswer(tie, map.get(tie.id()));
      if (a != null) {
        ties.put(tie.id(), a);
      }
    }
    if (id instanceof String s && !s.isBlank()) {
      return new Partner(s, null, ties);
    }
    if (other instanceof String s && !s.isBlank()) {
      return new Partner(null, s, ties);
    }
    return null;
  }

  private static Answer tieAnswer(Item tie, Object value) {
    if (value == null) {
      return null;
    }
    switch (tie.type()) {
      case MULTIPLE:
        if (value instanceof List<?> codes) {
          Set<String> known = new TreeSet<>();
          for (Object code : codes) {
            if (tie.optionIndex(String.valueOf(code)) >= 0) {
              known.add(String.valueOf(code));
            }
          }
          return new Answer.Choices(known);
        }
        return null;
      case INTEGER:
      case DECIMAL:
        return value instanceof Number n
            ? new Answer.Number(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue())
            : null;
      case TEXT:
      case DATE:
        return new Answer.Text(String.valueOf(value));
      default:
        return tie.optionIndex(String.valueOf(value)) >= 0
            ? new Answer.Choice(String.valueOf(value))
            : null;
    }
  }

  /**
   * The note of mixed versions, starting with {@code "; "}, or {@code ""} when every response was
   * validated against {@code analysed} or none has a recorded version.
   *
   * @param versions the number of responses per version, null for unrecorded, ordered with null
   *     last
   */
  static String versionNote(Map<Integer, Long> versions, int analysed) {
    boolean allAnalysed = versions.size() == 1 && versions.containsKey(analysed);
    boolean allUnrecorded = versions.size() == 1 && versions.containsKey(null);
    if (versions.isEmpty() || allAnalysed || allUnrecorded) {
      return "";
    }
    StringBuilder note = new StringBuilder("; answers from instrument ");
    int i = 0;
    for (Map.Entry<Integer, Long> e : versions.entrySet()) {
      if (i > 0) {
        note.append(i == versions.size() - 1 ? " and " : ", ");
      }
      note.append(e.getKey() == null ? "unrecorded" : "v" + e.getKey())
          .append(" (n=")
          .append(e.getValue())
          .append(')');
      i++;
    }
    return note.append(", analysed under v").append(analysed).toString();
  }

  /**
   * The stored answers as a map, read by {@link AnswersJson}, the codec that wrote them; the store
   * checked at writing that they are a JSON object.
   */
  private static Map<String, Object> answers(StoredResponse r) {
    try {
      return AnswersJson.read(r.answersJson());
    } catch (JsonInputException e) {
      throw new StoreUnavailableException(
          "response " + r.id(), "the stored answers are not a JSON object: " + e.getMessage(), e);
    }
  }

  private static void set(DatasetBuilder b, int row, int i, Item item, Object value) {
    switch (item.type()) {
      case MULTIPLE:
        if (value instanceof List<?> codes) {
          b.setAnswered(row, i);
          for (Object code : codes) {
            int o = item.optionIndex(String.valueOf(code));
            if (o >= 0) {
              b.setSelected(row, i, o, true);
            }
          }
        }
        break;
      case ROSTER:
        if (value instanceof List<?> partners) {
          b.setNumber(row, i, partners.size());
        }
        break;
      case INTEGER:
      case DECIMAL:
      case CALCULATED:
        if (value instanceof Number n) {
          b.setNumber(row, i, n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
        }
        break;
      case TEXT:
      case DATE:
      case INSTITUTION:
        b.setText(row, i, String.valueOf(value));
        break;
      default:
        int o = item.optionIndex(String.valueOf(value));
        if (o >= 0) {
          b.setChoice(row, i, o);
        }
    }
  }
}
