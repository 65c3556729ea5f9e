package org.tripart.instrument;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.tripart.ErrorCode;
import org.tripart.instrument.Calc.Binary;
import org.tripart.instrument.Calc.Call;
import org.tripart.instrument.Calc.Expr;
import org.tripart.instrument.Calc.Op;

/**
 * Calculations (see {@code calculations.md}) outside an instrument file: parsing, for importers
 * that translate another tool's calculated fields and scores, and the canonical text that {@link
 * InstrumentWriter} writes. Stateless and thread-safe; arguments must not be null.
 */
public final class Calculations {
  private Calculations() {}

  /**
   * Parses a calculation, checking its syntax only: which items it reads is checked when an
   * instrument containing it is read. Its {@link Calculation#source()} is {@code expression}.
   * Evaluated on its own, without an instrument, a choice answer counts as its code when that is a
   * number, {@code yes} as 1 and {@code no} as 0 (option scores are known only once the calculation
   * is read as part of an instrument).
   *
   * @throws ExpressionSyntaxException ({@link ErrorCode#CALCULATION_SYNTAX}) naming the column of
   *     the first syntax error
   */
  public static Calculation parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    try {
      return CalculationParser.parse(expression);
    } catch (SkipLogicParser.SyntaxError e) {
      throw new ExpressionSyntaxException(
          ErrorCode.CALCULATION_SYNTAX, expression, e.column, e.getMessage());
    }
  }

  /**
   * The number choosing {@code option} counts for when a calculation reads its item: the option's
   * score; else its code when that is a plain number ({@code 999}), 1 for {@code yes} and 0 for
   * {@code no}; empty for a missing-data option ({@link Option#missing()}) and for an option with
   * neither a score nor a numeric code.
   */
  public static OptionalDouble optionValue(Option option) {
    if (option.missing()) {
      return OptionalDouble.empty();
    }
    if (option.score() != null) {
      return Calc.finite(option.score());
    }
    return CalcValues.fallback(new Answer.Choice(option.code()));
  }

  /**
   * The canonical text of a calculation: single spaces around binary operators, none after unary
   * minus, {@code f(a, b)} for calls, numbers in plain decimal notation, conditions in {@link
   * Conditions#canonical canonical} form, and only the parentheses that precedence and
   * associativity require. Calculations with the same tree print the same, and the text parses back
   * to the same tree. A calculation not made by this package is printed from its {@link
   * Calculation#source()}.
   *
   * @throws ExpressionSyntaxException when a foreign calculation's source does not parse
   */
  public static String canonical(Calculation calculation) {
    Calc.Parsed parsed =
        calculation instanceof Calc.Parsed p ? p : (Calc.Parsed) parse(calculation.source());
    return print(parsed.root());
  }

  private static final int UNARY = 3;
  private static final int PRIMARY = 5;

  private static String print(Expr e) {
    if (e instanceof Calc.Num n) {
      return Conditions.number(n.value());
    }
    if (e instanceof Calc.Ref r) {
      return r.itemId();
    }
    if (e instanceof Calc.Neg n) {
      return "-" + operand(n.operand(), UNARY);
    }
    if (e instanceof Binary b) {
      int p = b.op().precedence;
      boolean power = b.op() == Op.POWER;
      String left = power ? operand(b.left(), p + 1) : operand(b.left(), p);
      String right = power ? operand(b.right(), UNARY) : operand(b.right(), p + 1);
      return left + " " + b.op().symbol + " " + right;
    }
    if (e instanceof Call c) {
      return c.function().name
          + "("
          + c.args().stream().map(Calculations::print).collect(Collectors.joining(", "))
          + ")";
    }
    Calc.If f = (Calc.If) e;
    return "if("
        + Conditions.print(f.condition().root(), 1)
        + ", "
        + print(f.then())
        + ", "
        + print(f.otherwise())
        + ")";
  }

  /** {@code e} printed where at least precedence {@code needed} is required. */
  private static String operand(Expr e, int needed) {
    String text = print(e);
    return precedence(e) < needed ? "(" + text + ")" : text;
  }

  private static int precedence(Expr e) {
    if (e instanceof Binary b) {
      return b.op().precedence;
    }
    return e instanceof Calc.Neg ? UNARY : PRIMARY;
  }
}
