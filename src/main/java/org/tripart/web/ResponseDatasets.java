package org.tripart.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.store.StoredResponse;

/**
 * Builds a {@link Dataset} from stored final responses, one row per response, for the statistics.
 * Stored answers were validated before they were stored; a value that no longer fits the instrument
 * is left blank rather than guessed. The provenance starts with {@code SYNTHETIC} when any response
 * is synthetic (its invitation id says so). Stateless.
 */
final class ResponseDatasets {
  private ResponseDatasets() {}

  static Dataset build(Instrument instrument, Stream<StoredResponse> responses) {
    DatasetBuilder b = new DatasetBuilder(instrument, 1024);
    List<Item> items = instrument.items();
    long synthetic = 0;
    long collected = 0;
    for (StoredResponse r : (Iterable<StoredResponse>) responses::iterator) {
      String id = r.invitationId() != null ? r.invitationId() : "open-" + r.id();
      if (id.startsWith("SYNTHETIC-")) {
        synthetic++;
      } else {
        collected++;
      }
      int row = b.addRow(id);
      Map<String, Object> answers = Answers.parse(r.answersJson());
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
    return b.provenance(provenance).build();
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
      case INTEGER:
      case DECIMAL:
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
