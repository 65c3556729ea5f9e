package org.tripart.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tripart.instrument.SkipLogic.Answered;
import org.tripart.instrument.SkipLogic.Atom;
import org.tripart.instrument.SkipLogic.CodeEquals;
import org.tripart.instrument.SkipLogic.CodeIn;
import org.tripart.instrument.SkipLogic.CodeRef;
import org.tripart.instrument.SkipLogic.Comparison;
import org.tripart.instrument.SkipLogic.Expr;
import org.tripart.instrument.SkipLogic.Has;
import org.tripart.instrument.SkipLogic.NumberCompare;

/**
 * Recursive-descent parser of skip-logic expressions (grammar in {@code skip-logic.md}). Checks
 * syntax only; whether the items and codes exist is the validator's business. One instance parses
 * one expression; not thread-safe, but cheap to create.
 */
final class SkipLogicParser {
  /** Words that cannot be item ids inside an expression. */
  static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "has", "answered");

  private enum Kind {
    ID,
    KEYWORD,
    STRING,
    NUMBER,
    SYMBOL,
    END
  }

  private record Token(Kind kind, String text, int column) {
    boolean is(String s) {
      return (kind == Kind.SYMBOL || kind == Kind.KEYWORD) && text.equals(s);
    }

    String shown() {
      return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
    }
  }

  /** An expression that does not follow the grammar, with the 1-based column of the fault. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int column;

    SyntaxError(int column, String problem) {
      super(problem);
      this.column = column;
    }
  }

  private static final int MAX_DEPTH = 64;

  private final List<Token> tokens;
  private int next;
  private int depth;

  private SkipLogicParser(String text, int start, int end) throws SyntaxError {
    this.tokens = tokenize(text, start, end);
  }

  /** Parses {@code source} into a condition, or reports the first syntax error. */
  static SkipLogic.Parsed parse(String source) throws SyntaxError {
    return parse(source, 0, source.length());
  }

  /**
   * Parses the part {@code [start, end)} of {@code text} (a condition inside a calculation);
   * columns of atoms and errors are columns of the whole {@code text}.
   */
  static SkipLogic.Parsed parse(String text, int start, int end) throws SyntaxError {
    String source = text.substring(start, end);
    SkipLogicParser parser = new SkipLogicParser(text, start, end);
    Expr root = parser.or();
    Token rest = parser.peek();
    if (rest.kind != Kind.END) {
      throw new SyntaxError(rest.column, "expected 'and', 'or' or the end, found " + rest.shown());
    }
    return new SkipLogic.Parsed(source, root);
  }

  private Expr or() throws SyntaxError {
    List<Expr> terms = new ArrayList<>(List.of(and()));
    while (peek().is("or")) {
      next++;
      terms.add(and());
    }
    return terms.size() == 1 ? terms.get(0) : new SkipLogic.Or(terms);
  }

  private Expr and() throws SyntaxError {
    List<Expr> terms = new ArrayList<>(List.of(unary()));
    while (peek().is("and")) {
      next++;
      terms.add(unary());
    }
    return terms.size() == 1 ? terms.get(0) : new SkipLogic.And(terms);
  }

  private Expr unary() throws SyntaxError {
    Token t = peek();
    if (t.is("not") || t.is("(")) {
      if (++depth > MAX_DEPTH) {
        throw new SyntaxError(
            t.column, "the expression nests deeper than " + MAX_DEPTH + " levels");
      }
      next++;
      Expr result;
      if (t.is("not")) {
        result = new SkipLogic.Not(unary());
      } else {
        result = or();
        expect(")", "expected ')' to close the '(' at column " + t.column);
      }
      depth--;
      return result;
    }
    return atom();
  }

  private Atom atom() throws SyntaxError {
    Token t = take();
    if (t.is("answered")) {
      expect("(", "expected '(' after answered");
      Token id = take();
      if (id.kind != Kind.ID) {
        throw new SyntaxError(id.column, "expected an item id, found " + id.shown());
      }
      expect(")", "expected ')' after answered(" + id.text);
      return new Answered(id.text, t.column);
    }
    if (t.kind != Kind.ID) {
      throw new SyntaxError(
          t.column, "expected an item id, 'not', '(' or answered(...), found " + t.shown());
    }
    Token op = take();
    if (op.is("=") || op.is("!=")) {
      Token value = take();
      if (value.kind == Kind.STRING) {
        return new CodeEquals(t.text, t.column, code(value), op.is("!="));
      }
      if (value.kind == Kind.NUMBER) {
        Comparison c = op.is("=") ? Comparison.EQ : Comparison.NE;
        return new NumberCompare(t.text, t.column, c, Double.parseDouble(value.text));
      }
      throw new SyntaxError(value.column, "expected an option code in quotes");
    }
    for (Comparison c : List.of(Comparison.LT, Comparison.LE, Comparison.GT, Comparison.GE)) {
      if (op.is(c.symbol)) {
        Token value = take();
        if (value.kind != Kind.NUMBER) {
          throw new SyntaxError(value.column, "expected a number after " + c.symbol);
        }
        return new NumberCompare(t.text, t.column, c, Double.parseDouble(value.text));
      }
    }
    if (op.is("in")) {
      expect("(", "expected '(' after in");
      List<CodeRef> codes = new ArrayList<>(List.of(quoted()));
      while (peek().is(",")) {
        next++;
        codes.add(quoted());
      }
      expect(")", "expected ',' or ')' in the list after in");
      return new CodeIn(t.text, t.column, codes);
    }
    if (op.is("has")) {
      return new Has(t.text, t.column, quoted());
    }
    throw new SyntaxError(
        op.column,
        "expected =, !=, <, <=, >, >=, in or has after '" + t.text + "', found " + op.shown());
  }

  private CodeRef quoted() throws SyntaxError {
    Token t = take();
    if (t.kind != Kind.STRING) {
      throw new SyntaxError(t.column, "expected an option code in quotes");
    }
    return code(t);
  }

  private static CodeRef code(Token t) {
    return new CodeRef(t.text, t.column);
  }

  private void expect(String symbol, String problem) throws SyntaxError {
    Token t = take();
    if (!t.is(symbol)) {
      throw new SyntaxError(t.column, problem + ", found " + t.shown());
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    Token t = tokens.get(next);
    if (t.kind != Kind.END) {
      next++;
    }
    return t;
  }

  private static List<Token> tokenize(String text, int start, int stop) throws SyntaxError {
    String s = text.substring(0, stop);
    List<Token> out = new ArrayList<>();
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      int column = i + 1;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < s.length()
            && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
          end++;
        }
        String word = s.substring(i, end);
        out.add(new Token(KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.ID, word, column));
        i = end;
      } else if (isDigit(s, i) || (c == '-' && i + 1 < s.length() && isDigit(s, i + 1))) {
        int end = i + 1;
        while (end < s.length() && isDigit(s, end)) {
          end++;
        }
        if (end + 1 < s.length() && s.charAt(end) == '.' && isDigit(s, end + 1)) {
          end += 2;
          while (end < s.length() && isDigit(s, end)) {
            end++;
          }
        }
        out.add(new Token(Kind.NUMBER, s.substring(i, end), column));
        i = end;
      } else if (c == '\'') {
        int close = s.indexOf('\'', i + 1);
        if (close < 0) {
          throw new SyntaxError(column, "the quote opened here is never closed");
        }
        out.add(new Token(Kind.STRING, s.substring(i + 1, close), column));
        i = close + 1;
      } else {
        String symbol = symbolAt(s, i);
        out.add(new Token(Kind.SYMBOL, symbol, column));
        i += symbol.length();
      }
    }
    out.add(new Token(Kind.END, "", s.length() + 1));
    return out;
  }

  private static boolean isDigit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  private static String symbolAt(String s, int i) throws SyntaxError {
    String two = s.substring(i, Math.min(i + 2, s.length()));
    switch (two) {
      case "!=", "<=", ">=" -> {
        return two;
      }
      case "==" -> throw new SyntaxError(i + 1, "write = rather than == to compare");
      case "&&" -> throw new SyntaxError(i + 1, "write and rather than &&");
      case "||" -> throw new SyntaxError(i + 1, "write or rather than ||");
      default -> {}
    }
    char c = s.charAt(i);
    return switch (c) {
      case '=', '<', '>', '(', ')', ',' -> String.valueOf(c);
      case '"' -> throw new SyntaxError(i + 1, "write option codes in single quotes, like 'yes'");
      case '!' -> throw new SyntaxError(i + 1, "write not, or != to compare");
      default -> throw new SyntaxError(i + 1, "unexpected character '" + c + "'");
    };
  }
}
