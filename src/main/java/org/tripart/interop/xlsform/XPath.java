package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.List;

/**
 * A parser of the XPath 1.0 subset XLSForm expressions use ({@code relevant}, {@code calculation},
 * {@code constraint}, {@code choice_filter}): {@code ${name}} references, {@code .}, numbers,
 * quoted strings, bare names, function calls, {@code or and = != < <= > >= + - * div mod} and unary
 * minus, with XPath's precedence. Stateless; one instance parses one expression.
 */
final class XPath {
  /** A parsed expression. Immutable. */
  sealed interface Node {}

  record Ref(String name) implements Node {}

  record Dot() implements Node {}

  record Num(String text) implements Node {}

  record Str(String value) implements Node {}

  /** A bare name: in a choice filter, a column of the choices sheet. */
  record Name(String name) implements Node {}

  record Call(String function, List<Node> args) implements Node {}

  record Binary(String op, Node left, Node right) implements Node {}

  record Negate(Node operand) implements Node {}

  /** An expression that cannot be parsed or translated, with the reason for the researcher. */
  static final class Untranslatable extends Exception {
    private static final long serialVersionUID = 1L;

    Untranslatable(String reason) {
      super(reason);
    }
  }

  private final String text;
  private int pos;

  private XPath(String text) {
    this.text = text;
  }

  /** The expression's tree. */
  static Node parse(String expression) throws Untranslatable {
    XPath p = new XPath(expression);
    Node n = p.or();
    p.skip();
    if (p.pos < p.text.length()) {
      throw new Untranslatable(
          "cannot read the expression at column " + (p.pos + 1) + " ('" + p.rest() + "')");
    }
    return n;
  }

  private Node or() throws Untranslatable {
    Node left = and();
    while (word("or")) {
      left = new Binary("or", left, and());
    }
    return left;
  }

  private Node and() throws Untranslatable {
    Node left = equality();
    while (word("and")) {
      left = new Binary("and", left, equality());
    }
    return left;
  }

  private Node equality() throws Untranslatable {
    Node left = relational();
    for (String op = symbol("!=", "="); op != null; op = symbol("!=", "=")) {
      left = new Binary(op, left, relational());
    }
    return left;
  }

  private Node relational() throws Untranslatable {
    Node left = additive();
    for (String op = symbol("<=", ">=", "<", ">"); op != null; op = symbol("<=", ">=", "<", ">")) {
      left = new Binary(op, left, additive());
    }
    return left;
  }

  private Node additive() throws Untranslatable {
    Node left = multiplicative();
    for (String op = symbol("+", "-"); op != null; op = symbol("+", "-")) {
      left = new Binary(op, left, multiplicative());
    }
    return left;
  }

  private Node multiplicative() throws Untranslatable {
    Node left = unary();
    while (true) {
      if (symbol("*") != null) {
        left = new Binary("*", left, unary());
      } else if (word("div")) {
        left = new Binary("div", left, unary());
      } else if (word("mod")) {
        left = new Binary("mod", left, unary());
      } else {
        return left;
      }
    }
  }

  private Node unary() throws Untranslatable {
    if (symbol("-") != null) {
      return new Negate(unary());
    }
    return primary();
  }

  private Node primary() throws Untranslatable {
    skip();
    if (pos >= text.length()) {
      throw new Untranslatable("the expression ends too early");
    }
    char c = text.charAt(pos);
    if (text.startsWith("${", pos)) {
      int end = text.indexOf('}', pos);
      if (end < 0) {
        throw new Untranslatable("${ without a closing }");
      }
      String name = text.substring(pos + 2, end).trim();
      pos = end + 1;
      return new Ref(name);
    }
    if (c == '\'' || c == '"') {
      int end = text.indexOf(c, pos + 1);
      if (end < 0) {
        throw new Untranslatable("a string without its closing quote");
      }
      String value = text.substring(pos + 1, end);
      pos = end + 1;
      return new Str(value);
    }
    if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(pos + 1))) {
      int start = pos;
      while (pos < text.length() && (isDigit(pos) || text.charAt(pos) == '.')) {
        pos++;
      }
      return new Num(text.substring(start, pos));
    }
    if (c == '.') {
      pos++;
      return new Dot();
    }
    if (c == '(') {
      pos++;
      Node inner = or();
      expect(')');
      return inner;
    }
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < text.length() && nameChar(text.charAt(pos))) {
        pos++;
      }
      String name = text.substring(start, pos);
      skip();
      if (pos < text.length() && text.charAt(pos) == '(') {
        pos++;
        List<Node> args = new ArrayList<>();
        skip();
        if (pos < text.length() && text.charAt(pos) == ')') {
          pos++;
          return new Call(name, args);
        }
        args.add(or());
        while (symbol(",") != null) {
          args.add(or());
        }
        expect(')');
        return new Call(name, args);
      }
      return new Name(name);
    }
    throw new Untranslatable("unexpected '" + c + "' at column " + (pos + 1));
  }

  private boolean isDigit(int at) {
    return Character.isDigit(text.charAt(at));
  }

  private static boolean nameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.';
  }

  private void expect(char c) throws Untranslatable {
    skip();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw new Untranslatable("expected '" + c + "' at column " + (pos + 1));
    }
    pos++;
  }

  private boolean word(String w) {
    skip();
    int end = pos + w.length();
    if (text.startsWith(w, pos) && (end >= text.length() || !nameChar(text.charAt(end)))) {
      pos = end;
      return true;
    }
    return false;
  }

  private String symbol(String... symbols) {
    skip();
    for (String s : symbols) {
      if (text.startsWith(s, pos)) {
        pos += s.length();
        return s;
      }
    }
    return null;
  }

  private void skip() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private String rest() {
    String r = text.substring(pos);
    return r.length() > 20 ? r.substring(0, 20) + "..." : r;
  }
}
