package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes Tripart skip logic and calculations (canonical text) as XLSForm XPath: {@code x = 'a'} is
 * {@code ${x} = 'a'}, {@code x in ('a', 'b')} is {@code (${x} = 'a' or ${x} = 'b')}, {@code x has
 * 'c'} is {@code selected(${x}, 'c')}, {@code answered(x)} is {@code ${x} != ''}, {@code /} is
 * {@code div}. Returns null for what XPath cannot say ({@code ^}, {@code sum}, {@code mean}).
 * Stateless; one instance converts one expression.
 */
final class TripartXPath {
  private final List<String> tokens;
  private int next;

  private TripartXPath(String text) {
    tokens = tokenize(text);
  }

  /** The XPath of a skip-logic expression. */
  static String condition(String tripart) {
    TripartXPath t = new TripartXPath(tripart);
    String result = t.or();
    return t.next == t.tokens.size() ? result : null;
  }

  /** The XPath of a calculation, or null when XPath has no equivalent. */
  static String calculation(String tripart) {
    TripartXPath t = new TripartXPath(tripart);
    StringBuilder out = new StringBuilder();
    while (t.next < t.tokens.size()) {
      String tok = t.tokens.get(t.next++);
      if (tok.equals("^") || tok.equals("sum") || tok.equals("mean")) {
        return null;
      }
      if (tok.equals("if") && t.peek("(")) {
        t.next++;
        String cond = t.or();
        if (!t.peek(",")) {
          return null;
        }
        t.next++;
        out.append("if(").append(cond).append(", ");
      } else if (tok.equals("/")) {
        out.append(" div ");
      } else if (Character.isLetter(tok.charAt(0)) && !t.peek("(")) {
        out.append("${").append(tok).append('}');
      } else if (tok.equals(",")) {
        out.append(", ");
      } else if (tok.equals("+") || tok.equals("-") || tok.equals("*")) {
        out.append(' ').append(tok).append(' ');
      } else {
        out.append(tok);
      }
    }
    return out.toString().replace("  ", " ").replace("( -", "(-").trim();
  }

  private boolean peek(String s) {
    return next < tokens.size() && tokens.get(next).equals(s);
  }

  private String take() {
    return next < tokens.size() ? tokens.get(next++) : "";
  }

  private String or() {
    String left = and();
    while (peek("or")) {
      next++;
      left = left + " or " + and();
    }
    return left;
  }

  private String and() {
    String left = unary();
    while (peek("and")) {
      next++;
      left = left + " and " + unary();
    }
    return left;
  }

  private String unary() {
    if (peek("not")) {
      next++;
      return "not(" + unary() + ")";
    }
    if (peek("(")) {
      next++;
      String inner = or();
      take();
      return "(" + inner + ")";
    }
    if (peek("answered")) {
      next += 2;
      String id = take();
      take();
      return "${" + id + "} != ''";
    }
    String id = take();
    String op = take();
    if (op.equals("has")) {
      return "selected(${" + id + "}, " + take() + ")";
    }
    if (op.equals("in")) {
      take();
      List<String> parts = new ArrayList<>();
      parts.add("${" + id + "} = " + take());
      while (peek(",")) {
        next++;
        parts.add("${" + id + "} = " + take());
      }
      take();
      return "(" + String.join(" or ", parts) + ")";
    }
    String value = take();
    return "${" + id + "} " + op + " " + (value.equals("-") ? "-" + take() : value);
  }

  private static List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        end = end < 0 ? text.length() - 1 : end;
        out.add(text.substring(i, end + 1));
        i = end + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int start = i;
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i))
                || text.charAt(i) == '_'
                || text.charAt(i) == '.')) {
          i++;
        }
        out.add(text.substring(start, i));
      } else if ((c == '!' || c == '<' || c == '>')
          && i + 1 < text.length()
          && text.charAt(i + 1) == '=') {
        out.add(text.substring(i, i + 2));
        i += 2;
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }
}
