package org.tripart.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tripart.instrument.Calc.Binary;
import org.tripart.instrument.Calc.Call;
import org.tripart.instrument.Calc.Expr;
import org.tripart.instrument.Calc.Function;
import org.tripart.instrument.Calc.Op;

/**
 * Recursive-descent parser of calculations (grammar in {@code calculations.md}), one method per
 * rule. Checks syntax only; whether the items exist and have numeric values is the validator's
 * business. The condition of {@code if} is handed to {@link SkipLogicParser}. One instance parses
 * one expression; not thread-safe, but cheap to create.
 */
final class CalculationParser {
  private static final int MAX_DEPTH = 64;

  private enum Kind {
    ID,
    NUMBER,
    SYMBOL,
    END
  }

  private record Token(Kind kind, String text, int start, int end) {
    boolean is(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }

    int column() {
      return start + 1;
    }

    String shown() {
      return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
    }
  }

  private final String text;
  private int pos;
  private int depth;

  private CalculationParser(String text) {
    this.text = text;
  }

  /** Parses {@code source}, or reports the first syntax error with its 1-based column. */
  static Calc.Parsed parse(String source) throws SkipLogicParser.SyntaxError {
    CalculationParser parser = new CalculationParser(source);
    Expr root = parser.expr();
    Token rest = parser.peek();
    if (rest.kind != Kind.END) {
      throw error(rest.column(), "expected an operator or the end, found " + rest.shown());
    }
    return new Calc.Parsed(source, root, CalcValues.UNBOUND);
  }

  private Expr expr() throws SkipLogicParser.SyntaxError {
    Expr left = term();
    for (Token t = peek(); t.is("+") || t.is("-"); t = peek()) {
      pos = t.end;
      left = new Binary(t.is("+") ? Op.ADD : Op.SUBTRACT, left, term());
    }
    return left;
  }

  private Expr term() throws SkipLogicParser.SyntaxError {
    Expr left = unary();
    for (Token t = peek(); t.is("*") || t.is("/"); t = peek()) {
      pos = t.end;
      left = new Binary(t.is("*") ? Op.MULTIPLY : Op.DIVIDE, left, unary());
    }
    return left;
  }

  private Expr unary() throws SkipLogicParser.SyntaxError {
    Token t = peek();
    if (t.is("-")) {
      enter(t);
      pos = t.end;
      Expr result = new Calc.Neg(unary());
      depth--;
      return result;
    }
    return power();
  }

  private Expr power() throws SkipLogicParser.SyntaxError {
    Expr base = primary();
    Token t = peek();
    if (t.is("^")) {
      enter(t);
      pos = t.end;
      Expr result = new Binary(Op.POWER, base, unary());
      depth--;
      return result;
    }
    return base;
  }

  private Expr primary() throws SkipLogicParser.SyntaxError {
    Token t = take();
    if (t.kind == Kind.NUMBER) {
      return new Calc.Num(Double.parseDouble(t.text));
    }
    if (t.is("(")) {
      enter(t);
      Expr inner = expr();
      expect(")", "expected ')' to close the '(' at column " + t.column());
      depth--;
      return inner;
    }
    if (t.kind != Kind.ID) {
      throw error(
          t.column(), "expected a number, an item id, a function or '(', found " + t.shown());
    }
    if (!peek().is("(")) {
      return new Calc.Ref(t.text, t.column());
    }
    enter(t);
    pos = peek().end;
    Expr call = t.text.equals("if") ? ifCall(t) : call(t);
    depth--;
    return call;
  }

  private Expr call(Token name) throws SkipLogicParser.SyntaxError {
    Function f = Function.named(name.text);
    if (f == null) {
      List<String> known =
          new ArrayList<>(Arrays.stream(Function.values()).map(x -> x.name).toList());
      known.add("if");
      throw error(
          name.column(),
          "unknown function '" + name.text + "'; the functions are " + String.join(", ", known));
    }
    List<Expr> args = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    columns.add(peek().column());
    args.add(expr());
    while (peek().is(",")) {
      pos = peek().end;
      columns.add(peek().column());
      args.add(expr());
    }
    expect(")", "expected ',' or ')' in the arguments of " + f.name);
    if (args.size() > f.maxArgs) {
      String takes = f.minArgs == f.maxArgs ? "1 argument" : "1 or 2 arguments";
      throw error(columns.get(f.maxArgs), f.name + " takes " + takes + ", found " + args.size());
    }
    if (f == Function.ROUND && args.size() == 2 && !wholeLiteral(args.get(1))) {
      throw error(columns.get(1), "the digits of round must be a whole number, like round(x, 1)");
    }
    return new Call(f, args);
  }

  private static boolean wholeLiteral(Expr e) {
    Expr inner = e instanceof Calc.Neg n ? n.operand() : e;
    return inner instanceof Calc.Num num
        && num.value() == Math.rint(num.value())
        && num.value() <= 15;
  }

  private Expr ifCall(Token name) throws SkipLogicParser.SyntaxError {
    int start = pos;
    int end = conditionEnd(start, name);
    SkipLogic.Parsed condition = SkipLogicParser.parse(text, start, end);
    pos = end + 1;
    Expr then = expr();
    expect(",", "expected ',' between the two values of if");
    Expr otherwise = expr();
    expect(")", "expected ')' after the two values of if");
    return new Calc.If(condition, name.column(), then, otherwise);
  }

  /** The index of the comma that ends the condition starting at {@code start}. */
  private int conditionEnd(int start, Token name) throws SkipLogicParser.SyntaxError {
    int parens = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        int close = text.indexOf('\'', i + 1);
        if (close < 0) {
          throw error(i + 1, "the quote opened here is never closed");
        }
        i = close;
      } else if (c == '(') {
        parens++;
      } else if (c == ')') {
        if (parens-- == 0) {
          break;
        }
      } else if (c == ',' && parens == 0) {
        return i;
      }
    }
    throw error(
        name.column(), "if needs a condition and two values: if(condition, value, otherwise)");
  }

  private void enter(Token t) throws SkipLogicParser.SyntaxError {
    if (++depth > MAX_DEPTH) {
      throw error(t.column(), "the expression nests deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void expect(String symbol, String problem) throws SkipLogicParser.SyntaxError {
    Token t = take();
    if (!t.is(symbol)) {
      throw error(t.column(), problem + ", found " + t.shown());
    }
  }

  private Token take() throws SkipLogicParser.SyntaxError {
    Token t = peek();
    pos = t.end;
    return t;
  }

  private Token peek() throws SkipLogicParser.SyntaxError {
    int i = pos;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return new Token(Kind.END, "", text.length(), text.length());
    }
    char c = text.charAt(i);
    if (Character.isLetter(c) || c == '_') {
      int end = i;
      while (end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
      return new Token(Kind.ID, text.substring(i, end), i, end);
    }
    if (isDigit(i)) {
      int end = i;
      while (end < text.length() && isDigit(end)) {
        end++;
      }
      if (end + 1 < text.length() && text.charAt(end) == '.' && isDigit(end + 1)) {
        end += 2;
        while (end < text.length() && isDigit(end)) {
          end++;
        }
      }
      return new Token(Kind.NUMBER, text.substring(i, end), i, end);
    }
    return switch (c) {
      case '+', '-', '*', '/', '^', '(', ')', ',' ->
          new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1);
      case '=', '<', '>', '!', '\'' ->
          throw error(
              i + 1,
              "comparisons and option codes belong in a condition: if(condition, value, otherwise)");
      case '.' -> throw error(i + 1, "write numbers with a digit before the point, like 0.5");
      default -> throw error(i + 1, "unexpected character '" + c + "'");
    };
  }

  private boolean isDigit(int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  private static SkipLogicParser.SyntaxError error(int column, String problem) {
    return new SkipLogicParser.SyntaxError(column, problem);
  }
}
