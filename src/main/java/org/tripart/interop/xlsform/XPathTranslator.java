package org.tripart.interop.xlsform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tripart.instrument.ItemType;
import org.tripart.interop.xlsform.XPath.Binary;
import org.tripart.interop.xlsform.XPath.Call;
import org.tripart.interop.xlsform.XPath.Name;
import org.tripart.interop.xlsform.XPath.Negate;
import org.tripart.interop.xlsform.XPath.Node;
import org.tripart.interop.xlsform.XPath.Num;
import org.tripart.interop.xlsform.XPath.Ref;
import org.tripart.interop.xlsform.XPath.Str;
import org.tripart.interop.xlsform.XPath.Untranslatable;

/**
 * Translates XLSForm XPath into Tripart skip logic ({@code skip-logic.md}) and calculations ({@code
 * calculations.md}), or says why it cannot: the translation is exact or refused, never approximate.
 * {@code ${name}} is resolved through {@link Refs}, which knows the earlier items. Stateless apart
 * from the {@link Refs} given; not shared between threads.
 */
final class XPathTranslator {
  /** What a {@code ${name}} reference denotes. */
  record Target(String id, ItemType type, Map<String, List<String>> codesByName) {}

  /** Resolves references; throws when the name is not an earlier item Tripart kept. */
  @FunctionalInterface
  interface Refs {
    Target resolve(String xlsName) throws Untranslatable;
  }

  /**
   * A condition being built: a constant, or Tripart text with its precedence (1 or, 2 and, 3 not, 4
   * atom).
   */
  record Cond(Boolean constant, String text, int precedence) {
    static Cond of(boolean b) {
      return new Cond(b, null, 4);
    }

    static Cond atom(String text) {
      return new Cond(null, text, 4);
    }

    String at(int needed) {
      return precedence < needed ? "(" + text + ")" : text;
    }
  }

  static final Set<ItemType> SINGLE_LIKE =
      Set.of(ItemType.SINGLE, ItemType.YES_NO, ItemType.LIKERT, ItemType.PROVINCE);

  private final Refs refs;

  XPathTranslator(Refs refs) {
    this.refs = refs;
  }

  /**
   * Tripart skip logic for an XPath boolean; a constant when it is {@code true()}/{@code false()}.
   */
  Cond condition(String xpath) throws Untranslatable {
    return cond(XPath.parse(xpath));
  }

  /** Tripart skip logic for a parsed XPath boolean. */
  Cond condition(XPath.Node tree) throws Untranslatable {
    return cond(tree);
  }

  /** A Tripart calculation for an XPath number. */
  String calculation(String xpath) throws Untranslatable {
    return new XPathCalculation(this, refs).calc(XPath.parse(xpath));
  }

  static Cond and(Cond a, Cond b) {
    if (a.constant() != null) {
      return a.constant() ? b : a;
    }
    if (b.constant() != null) {
      return b.constant() ? a : b;
    }
    return new Cond(null, a.at(2) + " and " + b.at(2), 2);
  }

  static Cond or(Cond a, Cond b) {
    if (a.constant() != null) {
      return a.constant() ? a : b;
    }
    if (b.constant() != null) {
      return b.constant() ? b : a;
    }
    return new Cond(null, a.at(1) + " or " + b.at(1), 1);
  }

  static Cond not(Cond a) {
    return a.constant() != null ? Cond.of(!a.constant()) : new Cond(null, "not " + a.at(3), 3);
  }

  Cond cond(Node n) throws Untranslatable {
    if (n instanceof Binary b && b.op().equals("and")) {
      return and(cond(b.left()), cond(b.right()));
    }
    if (n instanceof Binary b && b.op().equals("or")) {
      return or(cond(b.left()), cond(b.right()));
    }
    if (n instanceof Binary b && Set.of("=", "!=", "<", "<=", ">", ">=").contains(b.op())) {
      return comparison(b);
    }
    if (n instanceof Call c) {
      switch (c.function()) {
        case "true":
          return Cond.of(true);
        case "false":
          return Cond.of(false);
        case "not":
          requireArgs(c, 1);
          return not(cond(c.args().get(0)));
        case "selected":
          requireArgs(c, 2);
          return selected(c.args().get(0), c.args().get(1));
        default:
          throw new Untranslatable(c.function() + "() has no equivalent in Tripart skip logic");
      }
    }
    throw new Untranslatable("'" + describe(n) + "' is not a condition");
  }

  private Cond selected(Node item, Node value) throws Untranslatable {
    if (!(item instanceof Ref r)) {
      throw new Untranslatable("selected() of something other than a ${question}");
    }
    Target t = refs.resolve(r.name());
    String v = literal(value);
    if (v == null) {
      throw new Untranslatable("selected() with a value that is not a quoted choice");
    }
    List<String> codes = codes(t, v);
    if (t.type() == ItemType.MULTIPLE) {
      Cond result = Cond.of(false);
      for (String code : codes) {
        result = or(result, Cond.atom(t.id() + " has '" + code + "'"));
      }
      return result;
    }
    if (SINGLE_LIKE.contains(t.type())) {
      return equalsCodes(t, codes);
    }
    throw new Untranslatable("selected() on " + r.name() + ", which is not a select question");
  }

  private Cond comparison(Binary b) throws Untranslatable {
    Node left = b.left();
    Node right = b.right();
    String op = b.op();
    if (!(left instanceof Ref) && right instanceof Ref) {
      Node swap = left;
      left = right;
      right = swap;
      op = flip(op);
    }
    if (left instanceof Call c && c.function().equals("string-length") && c.args().size() == 1) {
      return stringLength(c.args().get(0), op, right);
    }
    if (!(left instanceof Ref r)) {
      throw new Untranslatable("'" + describe(b) + "' does not compare a ${question}");
    }
    Target t = refs.resolve(r.name());
    String v = literal(right);
    if (v == null) {
      throw new Untranslatable("'" + describe(b) + "' compares with something other than a value");
    }
    if (v.isEmpty() && (op.equals("=") || op.equals("!="))) {
      Cond answered = Cond.atom("answered(" + t.id() + ")");
      return op.equals("!=") ? answered : not(answered);
    }
    if (SINGLE_LIKE.contains(t.type()) && (op.equals("=") || op.equals("!="))) {
      List<String> codes = codes(t, v);
      return op.equals("=") ? equalsCodes(t, codes) : notEqualsCodes(t, codes);
    }
    if (t.type().isNumeric()) {
      String number = number(v);
      if (number == null) {
        throw new Untranslatable(r.name() + " is a number, compared here with '" + v + "'");
      }
      return Cond.atom(t.id() + " " + op + " " + number);
    }
    throw new Untranslatable(
        r.name()
            + " is a "
            + t.type().fileName()
            + " question; Tripart compares it only as answered or not");
  }

  private Cond stringLength(Node arg, String op, Node right) throws Untranslatable {
    if (!(arg instanceof Ref r) || !(right instanceof Num n)) {
      throw new Untranslatable("string-length() other than of a ${question} against a number");
    }
    Target t = refs.resolve(r.name());
    double v = Double.parseDouble(n.text());
    Cond answered = Cond.atom("answered(" + t.id() + ")");
    if ((op.equals(">") && v == 0) || (op.equals(">=") && v == 1) || (op.equals("!=") && v == 0)) {
      return answered;
    }
    if ((op.equals("=") && v == 0) || (op.equals("<") && v == 1) || (op.equals("<=") && v == 0)) {
      return not(answered);
    }
    throw new Untranslatable("string-length() " + op + " " + n.text() + " tests the text's length");
  }

  private static Cond equalsCodes(Target t, List<String> codes) {
    if (codes.size() == 1) {
      return Cond.atom(t.id() + " = '" + codes.get(0) + "'");
    }
    return Cond.atom(
        t.id()
            + " in ("
            + codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
            + ")");
  }

  private static Cond notEqualsCodes(Target t, List<String> codes) {
    Cond result = Cond.of(true);
    for (String c : codes) {
      result = and(result, Cond.atom(t.id() + " != '" + c + "'"));
    }
    return result;
  }

  private static List<String> codes(Target t, String value) throws Untranslatable {
    List<String> codes = t.codesByName().get(value);
    if (codes == null || codes.isEmpty()) {
      throw new Untranslatable("'" + value + "' is not a choice of " + t.id());
    }
    return codes;
  }

  static void requireArgs(Call c, int count) throws Untranslatable {
    if (c.args().size() != count) {
      throw new Untranslatable(c.function() + "() with " + c.args().size() + " arguments");
    }
  }

  /** The text of a string or number literal, or null. */
  private static String literal(Node n) {
    if (n instanceof Str s) {
      return s.value();
    }
    if (n instanceof Num num) {
      return num.text();
    }
    if (n instanceof Negate neg && neg.operand() instanceof Num num) {
      return "-" + num.text();
    }
    return null;
  }

  /** A number in Tripart's plain notation, or null when {@code text} is not one. */
  static String number(String text) {
    try {
      BigDecimal d = new BigDecimal(text.trim());
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String flip(String op) {
    return switch (op) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      case ">=" -> "<=";
      default -> op;
    };
  }

  static String describe(Node n) {
    if (n instanceof Ref r) {
      return "${" + r.name() + "}";
    }
    if (n instanceof Name name) {
      return name.name();
    }
    if (n instanceof Binary b) {
      return describe(b.left()) + " " + b.op() + " " + describe(b.right());
    }
    if (n instanceof Call c) {
      return c.function() + "(...)";
    }
    if (n instanceof Str s) {
      return "'" + s.value() + "'";
    }
    if (n instanceof Num num) {
      return num.text();
    }
    return ".";
  }
}
