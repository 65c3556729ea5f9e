package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.tripart.instrument.ItemType;
import org.tripart.interop.redcap.LogicTokens.Kind;
import org.tripart.interop.redcap.LogicTokens.Token;

/**
 * Translates REDCap branching logic into Tripart skip logic and REDCap calculations into Tripart's
 * calculation language, or says why it cannot. A translation either keeps the whole meaning or is
 * refused; nothing is translated in part. One instance translates one expression; not thread-safe.
 */
final class RedcapLogic {
  private static final Set<String> FUNCTIONS =
      Set.of("round", "sum", "mean", "min", "max", "abs", "sqrt");

  /** A translation: the Tripart text, or null and the reason it could not be made. */
  record Result(String tripart, String problem) {
    boolean ok() {
      return tripart != null;
    }
  }

  private static final class Untranslatable extends Exception {
    private static final long serialVersionUID = 1L;

    Untranslatable(String message) {
      super(message);
    }
  }

  private final Map<String, Target> targets;
  private final int position;
  private List<Token> tokens;
  private int p;

  private RedcapLogic(Map<String, Target> targets, int position) {
    this.targets = targets;
    this.position = position;
  }

  /** Branching logic of the field at {@code position} as skip logic. */
  static Result condition(String source, Map<String, Target> targets, int position) {
    RedcapLogic l = new RedcapLogic(targets, position);
    return l.run(source, true);
  }

  /** A calc field's formula at {@code position} as a Tripart calculation. */
  static Result calculation(String source, Map<String, Target> targets, int position) {
    RedcapLogic l = new RedcapLogic(targets, position);
    return l.run(source, false);
  }

  private Result run(String source, boolean condition) {
    try {
      tokens = LogicTokens.tokenize(source);
      p = 0;
      if (tokens.isEmpty()) {
        throw new Untranslatable("it is empty");
      }
      String out = condition ? or() : sum();
      if (p < tokens.size()) {
        throw new Untranslatable("'" + tokens.get(p).text() + "' is not understood here");
      }
      return new Result(out, null);
    } catch (LogicTokens.Malformed | Untranslatable e) {
      return new Result(null, e.getMessage());
    }
  }

  private Token peek() {
    return p < tokens.size() ? tokens.get(p) : null;
  }

  private boolean at(Kind kind, String... texts) {
    Token t = peek();
    return t != null
        && t.kind() == kind
        && (texts.length == 0 || List.of(texts).contains(t.text()));
  }

  private Token next() throws Untranslatable {
    Token t = peek();
    if (t == null) {
      throw new Untranslatable("it ends too early");
    }
    p++;
    return t;
  }

  private void expect(Kind kind, String what) throws Untranslatable {
    if (!at(kind)) {
      throw new Untranslatable("expected " + what);
    }
    p++;
  }

  private String or() throws Untranslatable {
    StringBuilder s = new StringBuilder(and());
    while (at(Kind.WORD, "or") || at(Kind.OP, "||")) {
      p++;
      s.append(" or ").append(and());
    }
    return s.toString();
  }

  private String and() throws Untranslatable {
    StringBuilder s = new StringBuilder(unary());
    while (at(Kind.WORD, "and") || at(Kind.OP, "&&")) {
      p++;
      s.append(" and ").append(unary());
    }
    return s.toString();
  }

  private String unary() throws Untranslatable {
    if (at(Kind.OPEN)) {
      p++;
      String inner = or();
      expect(Kind.CLOSE, "a closing parenthesis");
      return "(" + inner + ")";
    }
    return comparison();
  }

  private String comparison() throws Untranslatable {
    Token left = operand();
    Token op = next();
    if (op.kind() != Kind.OP
        || !List.of("=", "==", "<>", "!=", "<", ">", "<=", ">=").contains(op.text())) {
      throw new Untranslatable("'" + op.text() + "' is not a comparison Tripart can translate");
    }
    Token right = operand();
    String operator = op.text();
    if (left.kind() != Kind.FIELD && right.kind() == Kind.FIELD) {
      Token swap = left;
      left = right;
      right = swap;
      operator = mirror(operator);
    }
    if (left.kind() != Kind.FIELD || right.kind() == Kind.FIELD) {
      throw new Untranslatable("only a field compared with a value can be translated");
    }
    Target t = target(left);
    String value = right.text();
    boolean equals = operator.equals("=") || operator.equals("==");
    boolean differs = operator.equals("<>") || operator.equals("!=");
    if (left.code() != null) {
      if (t.type() != ItemType.MULTIPLE) {
        throw new Untranslatable("[" + left.text() + "(" + left.code() + ")] is not a checkbox");
      }
      String code = code(t, left.code(), left.text());
      if (!(equals || differs) || !(value.equals("1") || value.equals("0"))) {
        throw new Untranslatable("a checkbox can only be compared with '1' or '0'");
      }
      boolean has = value.equals("1") == equals;
      return (has ? "" : "not ") + t.id() + " has '" + code + "'";
    }
    if (value.isEmpty() && right.kind() == Kind.STRING) {
      if (equals) {
        return "not answered(" + t.id() + ")";
      }
      if (differs) {
        return "answered(" + t.id() + ")";
      }
      throw new Untranslatable("only = and <> can compare with ''");
    }
    ItemType type = t.type();
    if (type == ItemType.MULTIPLE) {
      throw new Untranslatable(
          "checkbox [" + left.text() + "] needs a code, as in [" + left.text() + "(1)]");
    }
    if (type.isSingleChoice()) {
      return coded(t, left.text(), operator, value, equals, differs);
    }
    if (type.isNumeric()) {
      String n = number(value, left.text());
      if (equals) {
        return t.id() + " = " + n;
      }
      return differs ? "not " + t.id() + " = " + n : t.id() + " " + operator + " " + n;
    }
    throw new Untranslatable(
        "it compares the text of ["
            + left.text()
            + "]; Tripart skip logic can only test whether a "
            + type.fileName()
            + " item was answered");
  }

  private String coded(Target t, String field, String op, String value, boolean eq, boolean ne)
      throws Untranslatable {
    if (eq || ne) {
      return (ne ? "not " : "") + t.id() + " = '" + code(t, value, field) + "'";
    }
    double bound = Double.parseDouble(number(value, field));
    DoublePredicate test =
        switch (op) {
          case "<" -> v -> v < bound;
          case ">" -> v -> v > bound;
          case "<=" -> v -> v <= bound;
          default -> v -> v >= bound;
        };
    List<String> codes = new ArrayList<>();
    for (Map.Entry<String, String> e : t.codes().entrySet()) {
      if (!Codes.isNumber(e.getKey())) {
        throw new Untranslatable(
            "[" + field + "] has a choice code that is not a number: " + e.getKey());
      }
      if (test.test(Double.parseDouble(e.getKey()))) {
        codes.add(e.getValue());
      }
    }
    if (codes.isEmpty()) {
      throw new Untranslatable("no choice of [" + field + "] is " + op + " " + value);
    }
    codes.sort(null);
    return t.id()
        + " in ("
        + String.join(", ", codes.stream().map(c -> "'" + c + "'").toList())
        + ")";
  }

  private Token operand() throws Untranslatable {
    Token t = next();
    if (t.kind() == Kind.OP && t.text().equals("-") && at(Kind.NUMBER)) {
      return new Token(Kind.NUMBER, "-" + next().text(), null);
    }
    return switch (t.kind()) {
      case FIELD, STRING, NUMBER -> t;
      case EVENT_FIELD ->
          throw new Untranslatable("[" + t.text() + "] refers to another event or instance");
      case SMART -> throw new Untranslatable("[" + t.text() + "] is a smart variable");
      case WORD ->
          throw new Untranslatable(
              at(Kind.OPEN)
                  ? "function " + t.text() + "() is not translated"
                  : "'" + t.text() + "' is not understood");
      default -> throw new Untranslatable("'" + t.text() + "' is not understood here");
    };
  }

  private Target target(Token field) throws Untranslatable {
    Target t = targets.get(field.text());
    if (t == null) {
      throw new Untranslatable("field [" + field.text() + "] is not in the dictionary");
    }
    if (t.index() >= position) {
      throw new Untranslatable(
          "field ["
              + field.text()
              + "] is not an earlier field; Tripart may only read earlier items");
    }
    if (t.type() == null || t.type() == ItemType.NOTE) {
      throw new Untranslatable("field [" + field.text() + "] is not carried over");
    }
    return t;
  }

  private static String code(Target t, String raw, String field) throws Untranslatable {
    String c = t.codes().get(raw.strip().toLowerCase(Locale.ROOT));
    if (c == null) {
      throw new Untranslatable("'" + raw + "' is not a choice code of [" + field + "]");
    }
    return c;
  }

  private static String number(String value, String field) throws Untranslatable {
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return format(d);
    } catch (NumberFormatException e) {
      throw new Untranslatable("'" + value + "' is not a number to compare [" + field + "] with");
    }
  }

  static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : java.math.BigDecimal.valueOf(d).toPlainString();
  }

  private static String mirror(String op) {
    return switch (op) {
      case "<" -> ">";
      case ">" -> "<";
      case "<=" -> ">=";
      case ">=" -> "<=";
      default -> op;
    };
  }

  private String sum() throws Untranslatable {
    StringBuilder s = new StringBuilder(term());
    while (at(Kind.OP, "+", "-")) {
      s.append(' ').append(next().text()).append(' ').append(term());
    }
    return s.toString();
  }

  private String term() throws Untranslatable {
    StringBuilder s = new StringBuilder(power());
    while (at(Kind.OP, "*", "/")) {
      s.append(' ').append(next().text()).append(' ').append(power());
    }
    return s.toString();
  }

  private String power() throws Untranslatable {
    String base = signed();
    return at(Kind.OP, "^") ? base + " " + next().text() + " " + power() : base;
  }

  private String signed() throws Untranslatable {
    if (at(Kind.OP, "-")) {
      p++;
      return "-" + signed();
    }
    return primary();
  }

  private String primary() throws Untranslatable {
    Token t = next();
    switch (t.kind()) {
      case NUMBER:
        return number(t.text(), "the formula");
      case OPEN:
        String inner = sum();
        expect(Kind.CLOSE, "a closing parenthesis");
        return "(" + inner + ")";
      case FIELD:
        return calcField(t);
      case WORD:
        return function(t.text());
      case STRING:
        return number(t.text(), "the formula");
      default:
        p--;
        operand();
        throw new Untranslatable("'" + t.text() + "' is not understood here");
    }
  }

  private String calcField(Token t) throws Untranslatable {
    Target target = target(t);
    ItemType type = target.type();
    if (t.code() != null) {
      if (type != ItemType.MULTIPLE) {
        throw new Untranslatable("[" + t.text() + "(" + t.code() + ")] is not a checkbox");
      }
      return "if(" + target.id() + " has '" + code(target, t.code(), t.text()) + "', 1, 0)";
    }
    if (type == ItemType.YES_NO) {
      return target.id();
    }
    boolean numericCodes =
        (type == ItemType.SINGLE || type == ItemType.LIKERT)
            && target.codes().keySet().stream().allMatch(Codes::isNumber);
    if (!type.isNumeric() && !numericCodes) {
      throw new Untranslatable(
          "[" + t.text() + "] is a " + type.fileName() + " item, which has no number in Tripart");
    }
    return target.id();
  }

  private String function(String name) throws Untranslatable {
    if (!at(Kind.OPEN)) {
      throw new Untranslatable("'" + name + "' is not understood");
    }
    p++;
    if (name.equals("if")) {
      String condition = or();
      expect(Kind.COMMA, "a comma in if()");
      String a = sum();
      expect(Kind.COMMA, "a comma in if()");
      String b = sum();
      expect(Kind.CLOSE, "a closing parenthesis");
      return "if(" + condition + ", " + a + ", " + b + ")";
    }
    if (!FUNCTIONS.contains(name)) {
      throw new Untranslatable("function " + name + "() has no equivalent in Tripart calculations");
    }
    List<String> args = new ArrayList<>();
    args.add(sum());
    while (at(Kind.COMMA)) {
      p++;
      args.add(sum());
    }
    expect(Kind.CLOSE, "a closing parenthesis");
    return name + "(" + String.join(", ", args) + ")";
  }
}
