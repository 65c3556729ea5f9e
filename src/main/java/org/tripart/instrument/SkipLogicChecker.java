package org.tripart.instrument;

import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.ItemDraft;
import org.tripart.instrument.SkipLogic.Atom;
import org.tripart.instrument.SkipLogic.CodeEquals;
import org.tripart.instrument.SkipLogic.CodeIn;
import org.tripart.instrument.SkipLogic.CodeRef;
import org.tripart.instrument.SkipLogic.Expr;
import org.tripart.instrument.SkipLogic.Has;
import org.tripart.instrument.SkipLogic.NumberCompare;

/**
 * Checks that a parsed skip-logic expression reads only items that come before its own item, names
 * only options those items have, and compares each item in a way that suits its type. One instance
 * checks the expression of one item; not thread-safe.
 */
final class SkipLogicChecker {
  /** Receives one problem at a 1-based column of the expression. */
  @FunctionalInterface
  interface Sink {
    void report(ErrorCode code, int column, String message);
  }

  private final List<ItemDraft> items;
  private final Map<String, Integer> indexById;
  private final int ownIndex;

  /**
   * @param items every item of the instrument in display order
   * @param indexById the index in {@code items} of the first item with each id
   * @param ownIndex the index of the item the expression belongs to
   */
  SkipLogicChecker(List<ItemDraft> items, Map<String, Integer> indexById, int ownIndex) {
    this.items = items;
    this.indexById = indexById;
    this.ownIndex = ownIndex;
  }

  void check(Expr root, Sink sink) {
    root.atoms(atom -> check(atom, sink));
  }

  private void check(Atom atom, Sink sink) {
    String id = atom.itemId();
    Integer index = indexById.get(id);
    if (index == null) {
      String roster = RosterRules.rosterOfTie(items, id);
      if (roster != null) {
        sink.report(
            ErrorCode.ROSTER_IN_EXPRESSION,
            atom.column(),
            "'"
                + id
                + "' is a tie question of roster '"
                + roster
                + "', asked of each partner;"
                + " skip logic cannot read it");
      } else {
        sink.report(
            ErrorCode.SKIP_LOGIC_REFERENCE, atom.column(), "no item '" + id + "' is defined");
      }
      return;
    }
    if (index == ownIndex) {
      sink.report(
          ErrorCode.SKIP_LOGIC_REFERENCE,
          atom.column(),
          "an item's skip logic cannot read the item itself");
      return;
    }
    ItemDraft target = items.get(index);
    if (index > ownIndex) {
      sink.report(
          ErrorCode.SKIP_LOGIC_REFERENCE,
          atom.column(),
          "item '"
              + id
              + "' comes later (line "
              + target.location().line()
              + "); skip logic may only read earlier items");
      return;
    }
    ItemType type = target.type();
    if (type == null) {
      return;
    }
    if (type == ItemType.ROSTER) {
      sink.report(
          ErrorCode.ROSTER_IN_EXPRESSION,
          atom.column(),
          "item '"
              + id
              + "' is a partner roster, whose answer is a list of partners; skip logic"
              + " cannot read it");
      return;
    }
    String mismatch = mismatch(atom, id, type);
    if (mismatch != null) {
      sink.report(ErrorCode.SKIP_LOGIC_TYPE, atom.column(), mismatch);
      return;
    }
    List<Option> options = target.offeredOptions();
    for (CodeRef code : atom.codes()) {
      if (options.stream().noneMatch(o -> o.code().equals(code.code()))) {
        sink.report(
            ErrorCode.SKIP_LOGIC_REFERENCE,
            code.column(),
            "item '" + id + "' has no option '" + code.code() + "'");
      }
    }
  }

  /** Why the atom does not suit an item of this type, or null when it does. */
  private static String mismatch(Atom atom, String id, ItemType type) {
    String is = "item '" + id + "' is " + type.fileName();
    if (type == ItemType.NOTE) {
      return is + "; a note has no answer, so skip logic cannot read it";
    }
    boolean choice = atom instanceof CodeEquals || atom instanceof CodeIn;
    if (choice && !type.isSingleChoice()) {
      if (type == ItemType.MULTIPLE) {
        return is + "; test its options with has, like " + id + " has 'code'";
      }
      return type.isNumeric()
          ? is + "; compare it with a number, like " + id + " >= 1"
          : onlyAnswered(is, id);
    }
    if (atom instanceof Has && type != ItemType.MULTIPLE) {
      return type.isSingleChoice()
          ? is + "; compare it with = or in, like " + id + " = 'code'"
          : onlyAnswered(is, id);
    }
    if (atom instanceof NumberCompare && !type.isNumeric()) {
      return type.isCoded()
          ? is + "; write its option codes in quotes, like " + id + " = '" + example(atom) + "'"
          : onlyAnswered(is, id);
    }
    return null;
  }

  private static String onlyAnswered(String is, String id) {
    return is + "; skip logic can only ask answered(" + id + ")";
  }

  private static String example(Atom atom) {
    return InstrumentValidator.number(((NumberCompare) atom).value());
  }
}
