package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.List;

/** Splits REDCap branching logic and calculations into tokens. Stateless. */
final class LogicTokens {
  private LogicTokens() {}

  enum Kind {
    /** {@code [name]} or {@code [name(code)]}. */
    FIELD,
    /** {@code [event][name]}, {@code [name][instance]}: a reference into another event. */
    EVENT_FIELD,
    /** {@code [event-name]}, {@code [name:value]}: a smart variable. */
    SMART,
    STRING,
    NUMBER,
    WORD,
    OP,
    OPEN,
    CLOSE,
    COMMA
  }

  /**
   * One token. For {@link Kind#FIELD}, {@code text} is the field name (lower-case) and {@code code}
   * the checkbox code or null; otherwise {@code text} is the token as written (strings without
   * quotes).
   */
  record Token(Kind kind, String text, String code) {}

  /** Thrown for text that is not REDCap logic at all (an unclosed bracket or quote). */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  static List<Token> tokenize(String s) throws Malformed {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '[') {
        int end = s.indexOf(']', i);
        if (end < 0) {
          throw new Malformed("a [ is not closed");
        }
        String inside = s.substring(i + 1, end).strip();
        i = end + 1;
        if (i < s.length() && s.charAt(i) == '[') {
          int end2 = s.indexOf(']', i);
          if (end2 < 0) {
            throw new Malformed("a [ is not closed");
          }
          out.add(new Token(Kind.EVENT_FIELD, inside + "][" + s.substring(i + 1, end2), null));
          i = end2 + 1;
        } else if (inside.contains("-") && !inside.contains("(") || inside.contains(":")) {
          out.add(new Token(Kind.SMART, inside, null));
        } else {
          int open = inside.indexOf('(');
          if (open > 0 && inside.endsWith(")")) {
            out.add(
                new Token(
                    Kind.FIELD,
                    inside.substring(0, open).strip().toLowerCase(java.util.Locale.ROOT),
                    inside.substring(open + 1, inside.length() - 1).strip()));
          } else {
            out.add(new Token(Kind.FIELD, inside.toLowerCase(java.util.Locale.ROOT), null));
          }
        }
      } else if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new Malformed("a quote is not closed");
        }
        out.add(new Token(Kind.STRING, s.substring(i + 1, end), null));
        i = end + 1;
      } else if (Character.isDigit(c)
          || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        out.add(new Token(Kind.NUMBER, s.substring(i, j), null));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        out.add(new Token(Kind.WORD, s.substring(i, j).toLowerCase(java.util.Locale.ROOT), null));
        i = j;
      } else if (c == '(') {
        out.add(new Token(Kind.OPEN, "(", null));
        i++;
      } else if (c == ')') {
        out.add(new Token(Kind.CLOSE, ")", null));
        i++;
      } else if (c == ',') {
        out.add(new Token(Kind.COMMA, ",", null));
        i++;
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (List.of("<>", "!=", "<=", ">=", "==", "&&", "||").contains(two)) {
          out.add(new Token(Kind.OP, two, null));
          i += 2;
        } else if ("=<>+-*/^!".indexOf(c) >= 0) {
          out.add(new Token(Kind.OP, String.valueOf(c), null));
          i++;
        } else {
          throw new Malformed("unexpected character '" + c + "'");
        }
      }
    }
    return out;
  }
}
