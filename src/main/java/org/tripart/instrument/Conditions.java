package org.tripart.instrument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tripart.ErrorCode;
import org.tripart.instrument.SkipLogic.Answered;
import org.tripart.instrument.SkipLogic.CodeEquals;
import org.tripart.instrument.SkipLogic.CodeIn;
import org.tripart.instrument.SkipLogic.Expr;
import org.tripart.instrument.SkipLogic.Has;
import org.tripart.instrument.SkipLogic.NumberCompare;

/**
 * Skip-logic expressions (see {@code skip-logic.md}) outside an instrument file: parsing, for
 * importers that translate another tool's branching, and the canonical text that {@link
 * InstrumentWriter} writes. Stateless and thread-safe; arguments must not be null.
 */
public final class Conditions {
  private Conditions() {}

  /**
   * Parses a skip-logic expression, checking its syntax only: which items and codes it names is
   * checked when an instrument containing it is read. The result tests answers as an item's {@code
   * when} does, and its {@link Condition#source()} is {@code expression}.
   *
   * @throws ExpressionSyntaxException ({@link ErrorCode#SKIP_LOGIC_SYNTAX}) naming the column of
   *     the first syntax error
   */
  public static Condition parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    try {
      return SkipLogicParser.parse(expression);
    } catch (SkipLogicParser.SyntaxError e) {
      throw new ExpressionSyntaxException(
          ErrorCode.SKIP_LOGIC_SYNTAX, expression, e.column, e.getMessage());
    }
  }

  /**
   * The canonical text of a condition: single spaces around operators, option codes in single
   * quotes, numbers in plain decimal notation, and only the parentheses that the precedence of
   * {@code not}, {@code and} and {@code or} requires ({@code a or (b or c)} prints as {@code a or b
   * or c}). Conditions with the same tree print the same, and the text parses back to a condition
   * with the same meaning. A condition not made by this package is printed from its {@link
   * Condition#source()}.
   *
   * @throws ExpressionSyntaxException when a foreign condition's source does not parse
   */
  public static String canonical(Condition condition) {
    SkipLogic.Parsed parsed =
        condition instanceof SkipLogic.Parsed p ? p : (SkipLogic.Parsed) parse(condition.source());
    return print(parsed.root(), 1);
  }

  static String print(Expr e, int needed) {
    int own;
    String text;
    if (e instanceof SkipLogic.Or or) {
      own = 1;
      text = or.terms().stream().map(t -> print(t, 1)).collect(Collectors.joining(" or "));
    } else if (e instanceof SkipLogic.And and) {
      own = 2;
      text = and.terms().stream().map(t -> print(t, 2)).collect(Collectors.joining(" and "));
    } else if (e instanceof SkipLogic.Not not) {
      own = 3;
      text = "not " + print(not.operand(), 3);
    } else {
      own = 4;
      text = atom(e);
    }
    return own < needed ? "(" + text + ")" : text;
  }

  private static String atom(Expr e) {
    if (e instanceof CodeEquals c) {
      return c.itemId() + (c.negated() ? " != " : " = ") + quoted(c.code().code());
    }
    if (e instanceof CodeIn c) {
      return c.itemId()
          + " in ("
          + c.codes().stream().map(r -> quoted(r.code())).collect(Collectors.joining(", "))
          + ")";
    }
    if (e instanceof Has h) {
      return h.itemId() + " has " + quoted(h.code().code());
    }
    if (e instanceof NumberCompare n) {
      return n.itemId() + " " + n.op().symbol + " " + number(n.value());
    }
    return "answered(" + ((Answered) e).itemId() + ")";
  }

  private static String quoted(String code) {
    return "'" + code + "'";
  }

  /** A number in plain decimal notation without trailing zeros: {@code 3}, {@code 0.00001}. */
  static String number(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
