package org.tripart.instrument;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The syntax tree of skip-logic expressions (see {@code skip-logic.md}). Every node is an immutable
 * record and thread-safe. A comparison with an item that has no answer, or an answer of another
 * kind than the comparison expects, is false.
 */
final class SkipLogic {
  private SkipLogic() {}

  /** A node of the tree. */
  sealed interface Expr permits Or, And, Not, Atom {
    boolean test(AnswerLookup answers);

    /** Passes every atom of the subtree, left to right, to {@code sink}. */
    void atoms(Consumer<Atom> sink);
  }

  /** A leaf: a test of one item's answer, written at a 1-based column of the expression. */
  sealed interface Atom extends Expr permits CodeEquals, CodeIn, Has, NumberCompare, Answered {
    String itemId();

    int column();

    /** The option codes the atom names, empty when it names none. */
    default List<CodeRef> codes() {
      return List.of();
    }

    @Override
    default void atoms(Consumer<Atom> sink) {
      sink.accept(this);
    }
  }

  /** An option code as written in quotes, at the 1-based column of its opening quote. */
  record CodeRef(String code, int column) {}

  record Or(List<Expr> terms) implements Expr {
    Or {
      terms = List.copyOf(terms);
    }

    @Override
    public boolean test(AnswerLookup answers) {
      return terms.stream().anyMatch(t -> t.test(answers));
    }

    @Override
    public void atoms(Consumer<Atom> sink) {
      terms.forEach(t -> t.atoms(sink));
    }
  }

  record And(List<Expr> terms) implements Expr {
    And {
      terms = List.copyOf(terms);
    }

    @Override
    public boolean test(AnswerLookup answers) {
      return terms.stream().allMatch(t -> t.test(answers));
    }

    @Override
    public void atoms(Consumer<Atom> sink) {
      terms.forEach(t -> t.atoms(sink));
    }
  }

  record Not(Expr operand) implements Expr {
    @Override
    public boolean test(AnswerLookup answers) {
      return !operand.test(answers);
    }

    @Override
    public void atoms(Consumer<Atom> sink) {
      operand.atoms(sink);
    }
  }

  /** {@code item = 'code'} or, when {@code negated}, {@code item != 'code'}. */
  record CodeEquals(String itemId, int column, CodeRef code, boolean negated) implements Atom {
    @Override
    public boolean test(AnswerLookup answers) {
      return answers.answer(itemId) instanceof Answer.Choice c
          && c.code().equals(code.code()) != negated;
    }

    @Override
    public List<CodeRef> codes() {
      return List.of(code);
    }
  }

  /** {@code item in ('a', 'b')}. */
  record CodeIn(String itemId, int column, List<CodeRef> codes) implements Atom {
    CodeIn {
      codes = List.copyOf(codes);
    }

    @Override
    public boolean test(AnswerLookup answers) {
      return answers.answer(itemId) instanceof Answer.Choice c
          && codes.stream().anyMatch(r -> r.code().equals(c.code()));
    }
  }

  /** {@code item has 'code'}: the option was ticked on a multiple-choice item. */
  record Has(String itemId, int column, CodeRef code) implements Atom {
    @Override
    public boolean test(AnswerLookup answers) {
      return answers.answer(itemId) instanceof Answer.Choices c && c.codes().contains(code.code());
    }

    @Override
    public List<CodeRef> codes() {
      return List.of(code);
    }
  }

  /** {@code item < 3} and the other numeric comparisons. */
  record NumberCompare(String itemId, int column, Comparison op, double value) implements Atom {
    @Override
    public boolean test(AnswerLookup answers) {
      return answers.answer(itemId) instanceof Answer.Number n
          && !Double.isNaN(n.value())
          && op.holds(n.value(), value);
    }
  }

  /** {@code answered(item)}: the item has any answer at all. */
  record Answered(String itemId, int column) implements Atom {
    @Override
    public boolean test(AnswerLookup answers) {
      return answers.answer(itemId) != null;
    }
  }

  /** The numeric comparison operators, by their symbol in expressions. */
  enum Comparison {
    EQ("="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    boolean holds(double left, double right) {
      return switch (this) {
        case EQ -> left == right;
        case NE -> left != right;
        case LT -> left < right;
        case LE -> left <= right;
        case GT -> left > right;
        case GE -> left >= right;
      };
    }
  }

  /** A parsed expression with the text it was parsed from: what {@link Item#when()} holds. */
  record Parsed(String source, Expr root) implements Condition {
    @Override
    public boolean test(AnswerLookup answers) {
      return root.test(answers);
    }

    @Override
    public Set<String> referencedItems() {
      Set<String> ids = new LinkedHashSet<>();
      root.atoms(a -> ids.add(a.itemId()));
      return Collections.unmodifiableSet(ids);
    }

    @Override
    public String toString() {
      return source;
    }
  }
}
