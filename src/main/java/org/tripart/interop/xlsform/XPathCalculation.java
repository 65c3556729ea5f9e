package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.List;
import org.tripart.instrument.ItemType;
import org.tripart.interop.xlsform.XPath.Binary;
import org.tripart.interop.xlsform.XPath.Call;
import org.tripart.interop.xlsform.XPath.Negate;
import org.tripart.interop.xlsform.XPath.Node;
import org.tripart.interop.xlsform.XPath.Num;
import org.tripart.interop.xlsform.XPath.Ref;
import org.tripart.interop.xlsform.XPath.Untranslatable;
import org.tripart.interop.xlsform.XPathTranslator.Cond;

/**
 * Translates an XLSForm {@code calculation} into a Tripart calculation ({@code calculations.md}):
 * numbers, {@code ${x}} of numeric questions (or selects whose codes are numbers), {@code + - *
 * div}, unary minus, {@code round pow abs sqrt min max number} and {@code if(cond, a, b)}; anything
 * else is refused with the reason. Not thread-safe; one per translation.
 */
final class XPathCalculation {
  private final XPathTranslator conditions;
  private final XPathTranslator.Refs refs;

  XPathCalculation(XPathTranslator conditions, XPathTranslator.Refs refs) {
    this.conditions = conditions;
    this.refs = refs;
  }

  String calc(Node n) throws Untranslatable {
    if (n instanceof Num num) {
      String v = XPathTranslator.number(num.text());
      if (v == null) {
        throw new Untranslatable("'" + num.text() + "' is not a number");
      }
      return v;
    }
    if (n instanceof Ref r) {
      XPathTranslator.Target t = refs.resolve(r.name());
      boolean numericCodes =
          XPathTranslator.SINGLE_LIKE.contains(t.type())
              && t.type() != ItemType.PROVINCE
              && t.codesByName().values().stream()
                  .flatMap(List::stream)
                  .allMatch(c -> c.matches("[0-9]+"));
      if (t.type().isNumeric() || t.type() == ItemType.YES_NO || numericCodes) {
        return t.id();
      }
      throw new Untranslatable(
          r.name() + " is a " + t.type().fileName() + " question, not a number");
    }
    if (n instanceof Negate neg) {
      return "-" + wrap(neg.operand());
    }
    if (n instanceof Binary b) {
      String op =
          switch (b.op()) {
            case "+", "-", "*" -> b.op();
            case "div" -> "/";
            default ->
                throw new Untranslatable(
                    "'" + b.op() + "' has no equivalent in Tripart calculations");
          };
      return wrap(b.left()) + " " + op + " " + wrap(b.right());
    }
    if (n instanceof Call c) {
      return call(c);
    }
    throw new Untranslatable("'" + XPathTranslator.describe(n) + "' is not a number");
  }

  private String call(Call c) throws Untranslatable {
    switch (c.function()) {
      case "if":
        XPathTranslator.requireArgs(c, 3);
        Cond cond = conditions.cond(c.args().get(0));
        if (cond.constant() != null) {
          return calc(c.args().get(cond.constant() ? 1 : 2));
        }
        return "if("
            + cond.text()
            + ", "
            + calc(c.args().get(1))
            + ", "
            + calc(c.args().get(2))
            + ")";
      case "number":
        XPathTranslator.requireArgs(c, 1);
        return calc(c.args().get(0));
      case "pow":
        XPathTranslator.requireArgs(c, 2);
        return wrap(c.args().get(0)) + " ^ " + wrap(c.args().get(1));
      case "round", "abs", "sqrt", "min", "max":
        List<String> args = new ArrayList<>();
        for (Node a : c.args()) {
          args.add(calc(a));
        }
        if (c.function().equals("round") && args.size() == 1) {
          return "round(" + args.get(0) + ")";
        }
        return c.function() + "(" + String.join(", ", args) + ")";
      default:
        throw new Untranslatable(c.function() + "() has no equivalent in Tripart calculations");
    }
  }

  private String wrap(Node n) throws Untranslatable {
    String t = calc(n);
    return n instanceof Binary ? "(" + t + ")" : t;
  }
}
