package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;

/**
 * An item while an XLSForm is being read: what the survey row said, translated field by field,
 * until the instrument is assembled. Mutable; used by one reader only.
 */
final class ItemSpec {
  final String id;
  final String xlsName;
  ItemType type;
  final String where;
  LocalizedText label = LocalizedText.EMPTY;
  LocalizedText help = LocalizedText.EMPTY;
  boolean required;
  String when;
  NumericRange range = NumericRange.ANY;
  String calculation;
  final List<OptionSpec> options = new ArrayList<>();
  final Map<String, String> fills = new LinkedHashMap<>();

  ItemSpec(String id, String xlsName, ItemType type, String where) {
    this.id = id;
    this.xlsName = xlsName;
    this.type = type;
    this.where = where;
  }

  /** The option codes per XLSForm choice name (a name may stand for several codes). */
  Map<String, List<String>> codesByName() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (OptionSpec o : options) {
      m.computeIfAbsent(o.xlsName, k -> new ArrayList<>()).add(o.code);
    }
    return m;
  }

  /** One answer option while being read. Mutable. */
  static final class OptionSpec {
    final String code;
    final String xlsName;
    final LocalizedText label;
    final String where;
    boolean exclusive;
    Double score;
    boolean missing;
    String when;

    OptionSpec(String code, String xlsName, LocalizedText label, String where) {
      this.code = code;
      this.xlsName = xlsName;
      this.label = label;
      this.where = where;
    }
  }
}
