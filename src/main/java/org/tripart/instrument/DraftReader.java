package org.tripart.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.InstrumentDraft;
import org.tripart.instrument.Drafts.ItemDraft;
import org.tripart.instrument.Drafts.Located;
import org.tripart.instrument.Drafts.OptionDraft;
import org.tripart.instrument.Drafts.SectionDraft;
import org.tripart.instrument.YamlNodes.Fields;

/**
 * Turns the composed YAML tree of an instrument file into drafts, reporting every structural
 * problem: missing and unknown keys, values of the wrong kind, unknown item types, and labels not
 * given in exactly the instrument's languages. Rules that relate parts to each other are left to
 * {@link InstrumentValidator}. One instance reads one file; not thread-safe.
 */
final class DraftReader {
  private static final Set<String> TOP_KEYS =
      Set.of("instrument", "group", "version", "languages", "title", "sections");
  private static final Set<String> SECTION_KEYS = Set.of("id", "title", "items");
  private static final Set<String> ITEM_KEYS =
      Set.of(
          "id",
          "type",
          "label",
          "help",
          "required",
          "when",
          "calculate",
          "options",
          "range",
          "fills",
          "roster",
          "sector");
  private static final Set<String> OPTION_KEYS =
      Set.of("code", "label", "exclusive", "score", "when", "missing");
  private static final Set<String> RANGE_KEYS = Set.of("min", "max");
  static final Set<String> FILLS_KEYS = Set.of("province", "tier", "type");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final YamlNodes nodes;
  private List<String> languages = List.of();

  DraftReader(YamlNodes nodes) {
    this.nodes = nodes;
  }

  /** The draft of the whole file, or null when its top level is not a mapping. */
  InstrumentDraft read(Node root) {
    Fields f = nodes.fields(root, "the instrument", null, TOP_KEYS);
    if (f == null) {
      return null;
    }
    languages = languages(f);
    String id = f.text("instrument", true);
    String group = f.text("group", true);
    Integer version = f.integer("version", true);
    if (version != null && version < 1) {
      nodes.report(
          ErrorCode.INSTRUMENT_STRUCTURE, f.get("version"), null, "version must be 1 or more");
    }
    LocalizedText title = localized(f, "title", true);
    List<SectionDraft> sections = new ArrayList<>();
    List<Node> sectionNodes = f.list("sections", true);
    if (sectionNodes != null && sectionNodes.isEmpty()) {
      nodes.report(ErrorCode.INSTRUMENT_STRUCTURE, f.get("sections"), null, "sections is empty");
    }
    for (Node n : sectionNodes == null ? List.<Node>of() : sectionNodes) {
      SectionDraft s = section(n);
      if (s != null) {
        sections.add(s);
      }
    }
    return new InstrumentDraft(
        id, group, version == null ? 0 : version, title, languages, sections, nodes.at(root));
  }

  private List<String> languages(Fields f) {
    List<Node> list = f.list("languages", true);
    List<String> result = new ArrayList<>();
    for (Node n : list == null ? List.<Node>of() : list) {
      if (!(n instanceof ScalarNode s) || !LANGUAGE.matcher(s.getValue()).matches()) {
        nodes.report(
            ErrorCode.INVALID_IDENTIFIER, n, null, "a language must be a tag like en or zh");
      } else if (result.contains(s.getValue())) {
        nodes.report(
            ErrorCode.INSTRUMENT_STRUCTURE,
            n,
            null,
            "language " + s.getValue() + " is listed twice");
      } else {
        result.add(s.getValue());
      }
    }
    if (list != null && list.isEmpty()) {
      nodes.report(ErrorCode.INSTRUMENT_STRUCTURE, f.get("languages"), null, "languages is empty");
    }
    return List.copyOf(result);
  }

  private SectionDraft section(Node node) {
    Fields f = nodes.fields(node, "section", null, SECTION_KEYS);
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    LocalizedText title = localized(f, "title", true);
    List<ItemDraft> items = new ArrayList<>();
    List<Node> itemNodes = f.list("items", true);
    if (itemNodes != null && itemNodes.isEmpty()) {
      nodes.report(ErrorCode.INSTRUMENT_STRUCTURE, f.get("items"), null, "section has no items");
    }
    for (Node n : itemNodes == null ? List.<Node>of() : itemNodes) {
      ItemDraft item = item(n, null);
      if (item != null) {
        items.add(item);
      }
    }
    return new SectionDraft(id, title, items, nodes.at(node));
  }

  /**
   * The draft of one item, or null when it is not a mapping.
   *
   * @param roster for a roster's tie question, the roster's id, which qualifies the tie's id
   *     ({@code partners.kind}); null for an item
   */
  private ItemDraft item(Node node, String roster) {
    String peeked = qualified(roster, peekId(node));
    Fields f = nodes.fields(node, roster == null ? "item" : "tie question", peeked, ITEM_KEYS);
    if (f == null) {
      return null;
    }
    String id = qualified(roster, f.text("id", true));
    ItemType type = type(f);
    LocalizedText label = localized(f, "label", true);
    LocalizedText help = localized(f, "help", false);
    boolean required = f.flag("required");
    List<OptionDraft> options = null;
    List<Node> optionNodes = f.list("options", false);
    if (optionNodes != null) {
      options = new ArrayList<>();
      for (Node n : optionNodes) {
        OptionDraft o = option(n, peeked);
        if (o != null) {
          options.add(o);
        }
      }
    }
    return new ItemDraft(
        id,
        type,
        label,
        help,
        f.keyAt("help"),
        required,
        f.keyAt("required"),
        options,
        f.keyAt("options"),
        located(f, "when"),
        located(f, "calculate"),
        range(f),
        fills(f),
        f.keyAt("fills"),
        new RosterDrafts(nodes).read(f, n -> item(n, peeked)),
        located(f, "sector"),
        nodes.at(node));
  }

  /** A plain text value with where it was written, or null when absent. */
  private Located<String> located(Fields f, String key) {
    String text = f.text(key, false);
    return text == null ? null : new Located<>(text, nodes.at(f.get(key)));
  }

  private ItemType type(Fields f) {
    String name = f.text("type", true);
    if (name == null) {
      return null;
    }
    ItemType type = ItemType.fromFileName(name).orElse(null);
    if (type == null) {
      List<String> known = Arrays.stream(ItemType.values()).map(ItemType::fileName).toList();
      nodes.report(
          ErrorCode.UNKNOWN_ITEM_TYPE,
          f.get("type"),
          f.itemId,
          "unknown type '" + name + "'; the types are " + String.join(", ", known));
    }
    return type;
  }

  private OptionDraft option(Node node, String itemId) {
    Fields f = nodes.fields(node, "option", itemId, OPTION_KEYS);
    if (f == null) {
      return null;
    }
    String code = f.text("code", true);
    LocalizedText label = localized(f, "label", true);
    boolean exclusive = f.flag("exclusive");
    Double score = f.number("score");
    Located<String> when = located(f, "when");
    boolean missing = f.flag("missing");
    return code == null
        ? null
        : new OptionDraft(
            code, label, exclusive, f.keyAt("exclusive"), score, when, missing, nodes.at(node));
  }

  private Located<NumericRange> range(Fields item) {
    Node node = item.get("range");
    if (node == null) {
      return null;
    }
    Fields f = nodes.fields(node, "range", item.itemId, RANGE_KEYS);
    if (f == null) {
      return null;
    }
    Double min = f.number("min");
    Double max = f.number("max");
    if (f.get("min") == null && f.get("max") == null) {
      nodes.report(ErrorCode.INVALID_RANGE, node, item.itemId, "range needs min, max or both");
      return null;
    }
    return new Located<>(
        new NumericRange(
            min == null ? Double.NEGATIVE_INFINITY : min,
            max == null ? Double.POSITIVE_INFINITY : max),
        nodes.at(node));
  }

  private Map<String, Located<String>> fills(Fields item) {
    Node node = item.get("fills");
    if (node == null) {
      return null;
    }
    Fields f = nodes.fields(node, "fills", item.itemId, FILLS_KEYS);
    if (f == null) {
      return null;
    }
    Map<String, Located<String>> fills = new LinkedHashMap<>();
    for (String attribute : List.of("province", "tier", "type")) {
      String target = f.text(attribute, false);
      if (target != null) {
        fills.put(attribute, new Located<>(target, nodes.at(f.get(attribute))));
      }
    }
    return fills;
  }

  /**
   * A text per language. Reports a missing required text, a language not in the instrument's
   * languages, and every instrument language left out or left empty.
   */
  private LocalizedText localized(Fields f, String key, boolean required) {
    Node node = f.get(key);
    if (node == null) {
      if (required && !f.misspelled(key)) {
        nodes.report(ErrorCode.MISSING_LABEL, f.node, f.itemId, f.what + " has no " + key);
      }
      return LocalizedText.EMPTY;
    }
    if (!(node instanceof MappingNode mapping)) {
      nodes.report(
          ErrorCode.INSTRUMENT_STRUCTURE,
          node,
          f.itemId,
          key + " must map each language to its text, like {en: ..., zh: ...}");
      return LocalizedText.EMPTY;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      String language = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      Node value = t.getValueNode();
      if (!languages.isEmpty() && !languages.contains(language)) {
        nodes.report(
            ErrorCode.UNKNOWN_KEY,
            t.getKeyNode(),
            f.itemId,
            key
                + " has text in '"
                + language
                + "', which is not one of the languages "
                + languages);
      } else if (texts.containsKey(language)) {
        nodes.report(
            ErrorCode.INSTRUMENT_STRUCTURE,
            t.getKeyNode(),
            f.itemId,
            key + " gives " + language + " twice");
      } else if (!(value instanceof ScalarNode s) || YamlNodes.isNull(value)) {
        nodes.report(
            ErrorCode.MISSING_LABEL, value, f.itemId, key + " in " + language + " is not a text");
      } else {
        texts.put(language, s.getValue());
      }
    }
    List<String> missing =
        languages.stream().filter(l -> texts.getOrDefault(l, "").isBlank()).toList();
    if (!missing.isEmpty()) {
      nodes.report(
          ErrorCode.MISSING_LABEL,
          node,
          f.itemId,
          key + " has no text in " + String.join(", ", missing));
    }
    return new LocalizedText(texts);
  }

  private static String qualified(String roster, String id) {
    return roster == null || id == null ? id : roster + "." + id;
  }

  private static String peekId(Node node) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k
            && k.getValue().equals("id")
            && t.getValueNode() instanceof ScalarNode v
            && !v.getValue().isBlank()) {
          return v.getValue();
        }
      }
    }
    return null;
  }
}
