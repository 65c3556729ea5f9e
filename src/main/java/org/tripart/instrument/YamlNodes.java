package org.tripart.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.tripart.ErrorCode;

/**
 * Typed access to composed YAML nodes that reports, rather than throws, every value of the wrong
 * kind, missing key, duplicate key and unknown key, each with its file and 1-based line. One
 * instance serves one file; not thread-safe.
 */
final class YamlNodes {
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  YamlNodes(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** The problems reported so far, in the order found. */
  List<Problem> problems() {
    return problems;
  }

  SourceLocation at(Node node) {
    return new SourceLocation(file, node.getStartMark().map(m -> m.getLine() + 1).orElse(0));
  }

  void report(ErrorCode code, SourceLocation where, String itemId, String message) {
    problems.add(new Problem(code, where, itemId, message));
  }

  void report(ErrorCode code, Node node, String itemId, String message) {
    report(code, at(node), itemId, message);
  }

  /**
   * The entries of a mapping node, keyed by their text. Reports a node that is not a mapping
   * (returning null), keys that are not plain values, keys given twice and keys not in {@code
   * known}.
   *
   * @param what how messages name the mapping, for example {@code item} or {@code range}
   */
  Fields fields(Node node, String what, String itemId, Set<String> known) {
    if (!(node instanceof MappingNode mapping)) {
      report(
          ErrorCode.INSTRUMENT_STRUCTURE,
          node,
          itemId,
          what + " must be a mapping, not " + kind(node));
      return null;
    }
    Map<String, Node> values = new LinkedHashMap<>();
    Map<String, Node> keys = new LinkedHashMap<>();
    Set<String> misspelled = new HashSet<>();
    for (NodeTuple entry : mapping.getValue()) {
      Node keyNode = entry.getKeyNode();
      if (!(keyNode instanceof ScalarNode key)) {
        report(ErrorCode.INSTRUMENT_STRUCTURE, keyNode, itemId, "a key must be a plain word");
      } else if (values.containsKey(key.getValue())) {
        report(
            ErrorCode.INSTRUMENT_STRUCTURE,
            keyNode,
            itemId,
            "key '" + key.getValue() + "' is given twice in " + what);
      } else if (!known.contains(key.getValue())) {
        String meant = nearMiss(key.getValue(), known);
        String hint =
            meant != null
                ? "; did you mean '" + meant + "'?"
                : "; " + what + " takes " + String.join(", ", known.stream().sorted().toList());
        report(
            ErrorCode.UNKNOWN_KEY,
            keyNode,
            itemId,
            "unknown key '" + key.getValue() + "' in " + what + hint);
        if (meant != null) {
          misspelled.add(meant);
        }
      } else {
        values.put(key.getValue(), entry.getValueNode());
        keys.put(key.getValue(), key);
      }
    }
    return new Fields(mapping, what, itemId, values, keys, misspelled);
  }

  /** The known key that {@code key} is most likely a misspelling of, or null. */
  private static String nearMiss(String key, Set<String> known) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String closest =
        known.stream()
            .min(
                Comparator.comparingInt((String k) -> distance.apply(k, key)).thenComparing(k -> k))
            .orElseThrow();
    return distance.apply(closest, key) <= 2 ? closest : null;
  }

  static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "a single value";
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  /** The entries of one mapping, with typed, reporting accessors. */
  final class Fields {
    final MappingNode node;
    final String what;
    final String itemId;
    private final Map<String, Node> values;
    private final Map<String, Node> keys;
    private final Set<String> misspelled;

    private Fields(
        MappingNode node,
        String what,
        String itemId,
        Map<String, Node> values,
        Map<String, Node> keys,
        Set<String> misspelled) {
      this.node = node;
      this.what = what;
      this.itemId = itemId;
      this.values = values;
      this.keys = keys;
      this.misspelled = misspelled;
    }

    /**
     * True when {@code key} is absent but an unknown key looked like a misspelling of it; its
     * absence is then already reported, as that unknown key.
     */
    boolean misspelled(String key) {
      return get(key) == null && misspelled.contains(key);
    }

    /** Where {@code key} was written, or null when it was not or has no value. */
    SourceLocation keyAt(String key) {
      return get(key) == null ? null : at(keys.get(key));
    }

    /** The value node of {@code key}, or null when the key is absent or its value is null. */
    Node get(String key) {
      Node n = values.get(key);
      return n == null || isNull(n) ? null : n;
    }

    /** Like {@link #get} but reports an absent key. */
    Node require(String key) {
      Node n = get(key);
      if (n == null && !misspelled(key)) {
        YamlNodes.this.report(
            ErrorCode.INSTRUMENT_STRUCTURE, node, itemId, what + " needs '" + key + "'");
      }
      return n;
    }

    /** The text of a plain value, or null (reported when required) when absent or not plain. */
    String text(String key, boolean required) {
      Node n = required ? require(key) : get(key);
      if (n == null) {
        return null;
      }
      if (!(n instanceof ScalarNode s)) {
        problems.add(wrongKind(n, key, "a single value"));
        return null;
      }
      if (required && s.getValue().isBlank()) {
        YamlNodes.this.report(ErrorCode.INSTRUMENT_STRUCTURE, n, itemId, "'" + key + "' is empty");
        return null;
      }
      return s.getValue();
    }

    /** A whole number, or null (reported when required or malformed). */
    Integer integer(String key, boolean required) {
      String text = text(key, required);
      if (text == null) {
        return null;
      }
      if (!INTEGER.matcher(text).matches() || text.length() > 9) {
        YamlNodes.this.report(
            ErrorCode.INSTRUMENT_STRUCTURE, get(key), itemId, key + " must be a whole number");
        return null;
      }
      return Integer.valueOf(text);
    }

    /** A decimal number, or null (reported when malformed) when absent. */
    Double number(String key) {
      String text = text(key, false);
      if (text == null) {
        return null;
      }
      if (!DECIMAL.matcher(text).matches()) {
        YamlNodes.this.report(
            ErrorCode.INSTRUMENT_STRUCTURE, get(key), itemId, key + " must be a number");
        return null;
      }
      return Double.valueOf(text);
    }

    /** A true/false flag, false when absent (reported when neither). */
    boolean flag(String key) {
      Node n = get(key);
      if (n == null) {
        return false;
      }
      if (!(n instanceof ScalarNode s) || !s.getTag().equals(Tag.BOOL)) {
        YamlNodes.this.report(
            ErrorCode.INSTRUMENT_STRUCTURE, n, itemId, key + " must be true or false");
        return false;
      }
      return Boolean.parseBoolean(s.getValue());
    }

    /** The entries of a list, or null (reported when required or not a list) when absent. */
    List<Node> list(String key, boolean required) {
      Node n = required ? require(key) : get(key);
      if (n == null) {
        return null;
      }
      if (!(n instanceof SequenceNode seq)) {
        problems.add(wrongKind(n, key, "a list"));
        return null;
      }
      return seq.getValue();
    }

    private Problem wrongKind(Node n, String key, String expected) {
      return new Problem(
          ErrorCode.INSTRUMENT_STRUCTURE,
          at(n),
          itemId,
          "'" + key + "' must be " + expected + ", not " + kind(n));
    }
  }
}
