package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;

/** A mutable item (or option) on its way from a FHIR item to a Tripart item. Not thread-safe. */
final class Draft {
  final String linkId;
  final String id;
  final String where;
  ItemType type;
  Map<String, String> label = new LinkedHashMap<>();
  Map<String, String> help = new LinkedHashMap<>();
  final List<OptionDraft> options = new ArrayList<>();
  boolean required;
  String when;
  NumericRange range = NumericRange.ANY;
  String calculate;
  final Map<String, String> fills = new LinkedHashMap<>();

  Draft(String linkId, String id, String where) {
    this.linkId = linkId;
    this.id = id;
    this.where = where;
  }

  /** True when every option has a score, so a calculation can read the item. */
  boolean scored() {
    return type != null
        && type.isSingleChoice()
        && !options.isEmpty()
        && options.stream().allMatch(o -> o.score != null || o.missing);
  }

  OptionDraft optionByFhirCode(String code) {
    for (OptionDraft o : options) {
      if (o.fhirCode.equals(code)) {
        return o;
      }
    }
    return null;
  }

  /** One answer option: its FHIR code, the Tripart code it became, and what else it carries. */
  static final class OptionDraft {
    final String fhirCode;
    final String code;
    Map<String, String> label = new LinkedHashMap<>();
    Double score;
    boolean exclusive;
    boolean missing;
    String when;

    OptionDraft(String fhirCode, String code) {
      this.fhirCode = fhirCode;
      this.code = code;
    }
  }
}
