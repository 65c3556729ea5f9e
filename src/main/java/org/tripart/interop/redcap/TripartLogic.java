package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Writes Tripart skip logic and calculations in REDCap's syntax: {@code x = 'a'} as {@code [x] =
 * 'a'}, {@code x has 'c'} as {@code [x(c)] = '1'}, {@code answered(x)} as {@code [x] <> ''}, and
 * {@code not} pushed inwards (REDCap has none). Yes/no codes become REDCap's 1 and 0. A Tripart
 * comparison with an unanswered item is false, so {@code x != 'a'} becomes {@code ([x] <> '' and
 * [x] <> 'a')}. One instance writes one expression; not thread-safe.
 */
final class TripartLogic {
  private final Map<String, Item> items;
  private final List<String> tokens = new ArrayList<>();
  private int p;

  private TripartLogic(Map<String, Item> items, String source) {
    this.items = items;
    tokenize(source);
  }

  /** The condition in REDCap's branching-logic syntax. */
  static String condition(String source, Map<String, Item> items) {
    TripartLogic l = new TripartLogic(items, source);
    return l.or(false);
  }

  /** The calculation in REDCap's calc syntax. */
  static String calculation(String source, Map<String, Item> items) {
    TripartLogic l = new TripartLogic(items, source);
    StringBuilder out = new StringBuilder();
    while (l.p < l.tokens.size()) {
      String t = l.tokens.get(l.p++);
      boolean call = l.p < l.tokens.size() && l.tokens.get(l.p).equals("(");
      if (t.equals("if") && call) {
        l.p++;
        out.append("if(").append(l.or(false));
      } else if (Character.isLetter(t.charAt(0)) && !call) {
        out.append('[').append(t).append(']');
      } else if (t.equals(",")) {
        out.append(", ");
      } else if ("+-*/^".contains(t) && out.length() > 0 && !out.toString().endsWith("(")) {
        out.append(' ').append(t).append(' ');
      } else {
        out.append(t);
      }
    }
    return out.toString().replace("  ", " ");
  }

  private void tokenize(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        tokens.add(s.substring(i, end + 1));
        i = end + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int j = i;
        while (j < s.length()
            && (Character.isLetterOrDigit(s.charAt(j)) || "_.".indexOf(s.charAt(j)) >= 0)) {
          j++;
        }
        tokens.add(s.substring(i, j));
        i = j;
      } else if (i + 1 < s.length() && List.of("!=", "<=", ">=").contains(s.substring(i, i + 2))) {
        tokens.add(s.substring(i, i + 2));
        i += 2;
      } else {
        tokens.add(String.valueOf(c));
        i++;
      }
    }
  }

  private String peek() {
    return p < tokens.size() ? tokens.get(p) : "";
  }

  private String or(boolean negated) {
    List<String> parts = new ArrayList<>();
    parts.add(and(negated));
    while (peek().equals("or")) {
      p++;
      parts.add(and(negated));
    }
    return join(parts, negated ? " and " : " or ");
  }

  private String and(boolean negated) {
    List<String> parts = new ArrayList<>();
    parts.add(unary(negated));
    while (peek().equals("and")) {
      p++;
      parts.add(unary(negated));
    }
    return join(parts, negated ? " or " : " and ");
  }

  private static String join(List<String> parts, String op) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<String> wrapped = new ArrayList<>();
    for (String part : parts) {
      wrapped.add(
          !enclosed(part) && (part.contains(" and ") || part.contains(" or "))
              ? "(" + part + ")"
              : part);
    }
    return String.join(op, wrapped);
  }

  private String unary(boolean negated) {
    String t = tokens.get(p++);
    if (t.equals("not")) {
      return unary(!negated);
    }
    if (t.equals("(")) {
      String inner = or(negated);
      p++;
      return !enclosed(inner) && (inner.contains(" and ") || inner.contains(" or "))
          ? "(" + inner + ")"
          : inner;
    }
    if (t.equals("answered")) {
      p++;
      String id = tokens.get(p++);
      p++;
      return answered(id, negated);
    }
    String op = tokens.get(p++);
    Item item = items.get(t);
    if (op.equals("has")) {
      String code = unquote(tokens.get(p++));
      return "[" + t + "(" + code + ")] = '" + (negated ? "0" : "1") + "'";
    }
    if (op.equals("in")) {
      p++;
      List<String> parts = new ArrayList<>();
      while (!peek().equals(")")) {
        String v = tokens.get(p++);
        if (!v.equals(",")) {
          parts.add("[" + t + "] " + (negated ? "<>" : "=") + " '" + code(item, unquote(v)) + "'");
        }
      }
      p++;
      String joined = String.join(negated ? " and " : " or ", parts);
      return parts.size() == 1 ? joined : "(" + joined + ")";
    }
    String value = tokens.get(p++);
    if (value.equals("-")) {
      value = "-" + tokens.get(p++);
    }
    boolean quoted = value.startsWith("'");
    String v = quoted ? "'" + code(item, unquote(value)) + "'" : value;
    String f = "[" + t + "]";
    return switch (op + (negated ? "!" : "")) {
      case "=" -> f + " = " + v;
      case "=!" -> f + " <> " + v;
      case "!=" -> "(" + f + " <> '' and " + f + " <> " + v + ")";
      case "!=!" -> "(" + f + " = '' or " + f + " = " + v + ")";
      default ->
          negated
              ? "(" + f + " = '' or " + f + " " + flip(op) + " " + v + ")"
              : f + " " + op + " " + v;
    };
  }

  /** True when the whole text is one parenthesised group. */
  private static boolean enclosed(String s) {
    if (!s.startsWith("(") || !s.endsWith(")")) {
      return false;
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0 && i < s.length() - 1) {
        return false;
      }
    }
    return true;
  }

  private String answered(String id, boolean negated) {
    Item item = items.get(id);
    if (item != null && item.type() == ItemType.MULTIPLE) {
      List<String> parts = new ArrayList<>();
      item.options()
          .forEach(
              o -> parts.add("[" + id + "(" + o.code() + ")] = '" + (negated ? "0" : "1") + "'"));
      return "(" + String.join(negated ? " and " : " or ", parts) + ")";
    }
    return "[" + id + "] " + (negated ? "=" : "<>") + " ''";
  }

  private static String flip(String op) {
    return switch (op) {
      case "<" -> ">=";
      case "<=" -> ">";
      case ">" -> "<=";
      default -> "<";
    };
  }

  private static String code(Item item, String code) {
    if (item != null && item.type() == ItemType.YES_NO) {
      return code.equals("yes") ? "1" : "0";
    }
    return code;
  }

  private static String unquote(String s) {
    return s.startsWith("'") ? s.substring(1, s.length() - 1) : s;
  }
}
