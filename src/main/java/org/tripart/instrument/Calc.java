package org.tripart.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The syntax tree of calculations (see {@code calculations.md}). Every node is an immutable record
 * and thread-safe. A node's value is empty when an item it needs has no value, when it divides by
 * zero, or when its result is not a finite number.
 */
final class Calc {
  private Calc() {}

  static OptionalDouble finite(double value) {
    return CalcValues.finite(value);
  }

  /** A node of the tree. */
  sealed interface Expr permits Num, Ref, Neg, Binary, Call, If {
    OptionalDouble value(AnswerLookup answers, CalcValues values);

    /** Passes every item reference of the subtree, left to right, to {@code sink}. */
    void refs(Consumer<Ref> sink);

    /** Passes every condition of the subtree ({@code if}'s first argument) to {@code sink}. */
    default void conditions(Consumer<If> sink) {}
  }

  /** A number as written; never negative (a minus sign is {@link Neg}). */
  record Num(double value) implements Expr {
    @Override
    public OptionalDouble value(AnswerLookup answers, CalcValues values) {
      return OptionalDouble.of(value);
    }

    @Override
    public void refs(Consumer<Ref> sink) {}
  }

  /** An item id, at the 1-based column where it was written. */
  record Ref(String itemId, int column) implements Expr {
    @Override
    public OptionalDouble value(AnswerLookup answers, CalcValues values) {
      return values.of(itemId, answers);
    }

    @Override
    public void refs(Consumer<Ref> sink) {
      sink.accept(this);
    }
  }

  /** Unary minus. */
  record Neg(Expr operand) implements Expr {
    @Override
    public OptionalDouble value(AnswerLookup answers, CalcValues values) {
      OptionalDouble v = operand.value(answers, values);
      return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
    }

    @Override
    public void refs(Consumer<Ref> sink) {
      operand.refs(sink);
    }

    @Override
    public void conditions(Consumer<If> sink) {
      operand.conditions(sink);
    }
  }

  /** The binary operators, by symbol, with their precedence (higher binds tighter). */
  enum Op {
    ADD("+", 1),
    SUBTRACT("-", 1),
    MULTIPLY("*", 2),
    DIVIDE("/", 2),
    POWER("^", 4);

    final String symbol;
    final int precedence;

    Op(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    OptionalDouble apply(double a, double b) {
      return switch (this) {
        case ADD -> finite(a + b);
        case SUBTRACT -> finite(a - b);
        case MULTIPLY -> finite(a * b);
        case DIVIDE -> b == 0 ? OptionalDouble.empty() : finite(a / b);
        case POWER -> finite(Math.pow(a, b));
      };
    }
  }

  record Binary(Op op, Expr left, Expr right) implements Expr {
    @Override
    public OptionalDouble value(AnswerLookup answers, CalcValues values) {
      OptionalDouble a = left.value(answers, values);
      if (a.isEmpty()) {
        return a;
      }
      OptionalDouble b = right.value(answers, values);
      return b.isEmpty() ? b : op.apply(a.getAsDouble(), b.getAsDouble());
    }

    @Override
    public void refs(Consumer<Ref> sink) {
      left.refs(sink);
      right.refs(sink);
    }

    @Override
    public void conditions(Consumer<If> sink) {
      left.conditions(sink);
      right.conditions(sink);
    }
  }

  /** The functions of the language other than {@code if} and {@code round}'s digits rule. */
  enum Function {
    ROUND("round", 1, 2),
    SUM("sum", 1, Integer.MAX_VALUE),
    MEAN("mean", 1, Integer.MAX_VALUE),
    MIN("min", 1, Integer.MAX_VALUE),
    MAX("max", 1, Integer.MAX_VALUE),
    ABS("abs", 1, 1),
    SQRT("sqrt", 1, 1);

    final String name;
    final int minArgs;
    final int maxArgs;

    Function(String name, int minArgs, int maxArgs) {
      this.name = name;
      this.minArgs = minArgs;
      this.maxArgs = maxArgs;
    }

    static Function named(String name) {
      for (Function f : values()) {
        if (f.name.equals(name)) {
          return f;
        }
      }
      return null;
    }
  }

  /**
   * A function call. For {@link Function#ROUND} the optional second argument is a whole-number
   * literal (possibly negated), the digits to keep.
   */
  record Call(Function function, List<Expr> args) implements Expr {
    Call {
      args = List.copyOf(args);
    }

    @Override
    public OptionalDouble value(AnswerLookup answers, CalcValues values) {
      return switch (function) {
        case SUM, MEAN -> skipping(answers, values);
        case ROUND -> round(answers, values);
        default -> strict(answers, values);
      };
    }

    private OptionalDouble skipping(AnswerLookup answers, CalcValues values) {
      double total = 0;
      int count = 0;
      for (Expr e : args) {
        OptionalDouble v = e.value(answers, values);
        if (v.isPresent()) {
          total += v.getAsDouble();
          count++;
        }
      }
      if (count == 0) {
        return OptionalDouble.empty();
      }
      return finite(function == Function.SUM ? total : total / count);
    }

    private OptionalDouble round(AnswerLookup answers, CalcValues values) {
      OptionalDouble v = args.get(0).value(answers, values);
      if (v.isEmpty()) {
        return v;
      }
      int digits = args.size() == 1 ? 0 : (int) args.get(1).value(answers, values).getAsDouble();
      BigDecimal exact = new BigDecimal(Double.toString(v.getAsDouble()));
      return finite(exact.setScale(digits, RoundingMode.HALF_UP).doubleValue());
    }

    private OptionalDouble strict(AnswerLookup answers, CalcValues values) {
      double[] xs = new double[args.size()];
      for (int i = 0; i < xs.length; i++) {
        OptionalDouble v = args.get(i).value(answers, values);
        if (v.isEmpty()) {
          return v;
        }
        xs[i] = v.getAsDouble();
      }
      return switch (function) {
        case MIN -> OptionalDouble.of(java.util.Arrays.stream(xs).min().orElseThrow());
        case MAX -> OptionalDouble.of(java.util.Arrays.stream(xs).max().orElseThrow());
        case ABS -> OptionalDouble.of(Math.abs(xs[0]));
        case SQRT -> xs[0] < 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(xs[0]));
        default -> throw new IllegalStateException(function.name);
      };
    }

    @Override
    public void refs(Consumer<Ref> sink) {
      args.forEach(a -> a.refs(sink));
    }

    @Override
    public void conditions(Consumer<If> sink) {
      args.forEach(a -> a.conditions(sink));
    }
  }

  /**
   * {@code if(condition, then, otherwise)}; the condition is skip logic, its atoms' columns are
   * columns of the whole calculation.
   */
  record If(SkipLogic.Parsed condition, int column, Expr then, Expr otherwise) implements Expr {
    @Override
    public OptionalDouble value(AnswerLookup answers, CalcValues values) {
      return condition.test(answers)
          ? then.value(answers, values)
          : otherwise.value(answers, values);
    }

    @Override
    public void refs(Consumer<Ref> sink) {
      then.refs(sink);
      otherwise.refs(sink);
    }

    @Override
    public void conditions(Consumer<If> sink) {
      sink.accept(this);
      then.conditions(sink);
      otherwise.conditions(sink);
    }
  }

  /** A parsed calculation with its source text and how answers become numbers. */
  record Parsed(String source, Expr root, CalcValues values) implements Calculation {
    @Override
    public OptionalDouble evaluate(AnswerLookup answers) {
      return root.value(answers, values);
    }

    /** The ids read as numbers and by conditions, in order of appearance. */
    @Override
    public Set<String> referencedItems() {
      Set<String> ids = new LinkedHashSet<>();
      root.refs(r -> ids.add(r.itemId()));
      root.conditions(c -> ids.addAll(c.condition().referencedItems()));
      return Collections.unmodifiableSet(ids);
    }

    Parsed bind(CalcValues bound) {
      return new Parsed(source, root, bound);
    }

    @Override
    public String toString() {
      return source;
    }
  }
}
