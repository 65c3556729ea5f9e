package org.tripart.capture;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;

/**
 * Turns the raw answers of one submission, as a JSON library produces them, into typed {@link
 * Answer}s, checking each value against its item alone (type, options, range, date, length). Skip
 * logic and required items are {@link Validator}'s business. The rules are in {@code validation.md}
 * beside this class.
 *
 * <p>Accepted shapes: a {@code String} for a single code, text, date or institution; a {@code
 * Collection} of {@code String}s for the codes of a multiple-choice item; a {@code Number} or a
 * numeric {@code String} for an integer or decimal item. A code or institution id may also be given
 * as a whole {@code Number} (a JSON integer). A roster item takes a {@code Collection} of {@code
 * Map}s, one per partner: {@code id} (a register id) or {@code other} (a name typed in) and the
 * answers to the roster's tie questions by tie id, each shaped as for an item of its type ({@code
 * roster.md}). A null value, a blank string and an empty list mean "unanswered".
 *
 * <p>Immutable and thread-safe; the raw map is only read and may hold null values but not null
 * keys.
 */
public final class SubmissionParser {
  /** The longest text answer accepted, in Unicode code points. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  private static final Set<String> YES_NO = Set.of("yes", "no");

  private final Instrument instrument;
  private final InstrumentIndex index;
  private final Map<String, Item> items;
  private final RosterParser rosters;

  /** A parser whose rosters know no organisation ({@link PartnerDirectory#NONE}). */
  public SubmissionParser(Instrument instrument) {
    this(instrument, PartnerDirectory.NONE);
  }

  /**
   * A parser whose rosters take the organisations of {@code directory}.
   *
   * @param directory the study's registers, never null
   */
  public SubmissionParser(Instrument instrument, PartnerDirectory directory) {
    this(instrument, directory, Mode.FINAL);
  }

  /** In {@link Mode#DRAFT}, roster entries with tie answers but no partner yet are left out. */
  SubmissionParser(Instrument instrument, PartnerDirectory directory, Mode mode) {
    this.instrument = instrument;
    this.index = InstrumentIndex.of(instrument);
    this.items = index.byId;
    this.rosters = new RosterParser(directory, mode == Mode.DRAFT);
  }

  public Instrument instrument() {
    return instrument;
  }

  /** Parses every value of {@code raw}; never throws for bad values, it reports them instead. */
  public ParsedSubmission parse(Map<String, ?> raw) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    String own = ownOrganisation(raw);
    for (Item item : items.values()) {
      if (raw.containsKey(item.id())) {
        Object value = raw.get(item.id());
        Answer answer =
            item.type() == ItemType.ROSTER && !isBlank(value)
                ? rosters.parse(item, value, own, index, violations)
                : parseValue(item, value, index, violations);
        if (answer != null) {
          answers.put(item.id(), answer);
        }
      }
    }
    if (!items.keySet().containsAll(raw.keySet())) {
      for (String id : new TreeSet<>(raw.keySet())) {
        if (!items.containsKey(id)) {
          violations.add(new Violation(id, ViolationKind.UNKNOWN_ITEM, Messages.unknownItem(id)));
        }
      }
    }
    return new ParsedSubmission(answers, violations);
  }

  /**
   * The id the first institution item's value gives, the respondent's own organisation, or null.
   */
  private String ownOrganisation(Map<String, ?> raw) {
    for (Item item : items.values()) {
      if (item.type() == ItemType.INSTITUTION) {
        String id = code(raw.get(item.id()));
        return id == null || id.isBlank() ? null : id.strip();
      }
    }
    return null;
  }

  /** The answer the value gives, or null when it is unanswered or has a problem (then reported). */
  static Answer parseValue(Item item, Object value, InstrumentIndex index, List<Violation> out) {
    if (isBlank(value)) {
      return null;
    }
    Sink sink = new Sink(item, out);
    switch (item.type()) {
      case NOTE:
      case CALCULATED:
        return sink.add(ViolationKind.NOT_ANSWERABLE, Messages.notAnswerable(item));
      case MULTIPLE:
        return choices(item, value, index.allowedCodes(item), sink);
      case INTEGER:
      case DECIMAL:
        return number(item, value, sink);
      case TEXT:
        return text(value, sink);
      case DATE:
        return date(value, sink);
      case INSTITUTION:
        {
          String id = code(value);
          return id == null ? sink.wrongType() : new Answer.Text(id.strip());
        }
      default:
        return choice(item, value, index.allowedCodes(item), sink);
    }
  }

  static boolean isBlank(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
  }

  private static Answer choice(Item item, Object value, Set<String> allowed, Sink sink) {
    String code = code(value);
    if (code == null) {
      return sink.wrongType();
    }
    if (!allowed.contains(code)) {
      return sink.add(ViolationKind.UNKNOWN_OPTION, Messages.unknownOption(code));
    }
    return new Answer.Choice(code);
  }

  private static Answer choices(Item item, Object value, Set<String> allowed, Sink sink) {
    if (!(value instanceof Collection<?> raw)) {
      return sink.wrongType();
    }
    Set<String> codes = new LinkedHashSet<>();
    boolean ok = true;
    for (Object element : raw) {
      String code = code(element);
      if (code == null) {
        return sink.wrongType();
      }
      if (!allowed.contains(code)) {
        sink.add(ViolationKind.UNKNOWN_OPTION, Messages.unknownOption(code));
        ok = false;
      } else if (!codes.add(code)) {
        sink.add(ViolationKind.DUPLICATE_OPTION, Messages.duplicateOption(item, code));
        ok = false;
      }
    }
    if (codes.size() > 1) {
      for (Option option : item.options()) {
        if (option.exclusive() && codes.contains(option.code())) {
          sink.add(
              ViolationKind.EXCLUSIVE_WITH_OTHERS,
              Messages.exclusiveWithOthers(item, option.code()));
          ok = false;
        }
      }
    }
    return ok ? new Answer.Choices(codes) : null;
  }

  private static Answer number(Item item, Object value, Sink sink) {
    BigDecimal decimal = decimal(value);
    if (decimal == null) {
      return sink.wrongType();
    }
    if (item.type() == ItemType.INTEGER && decimal.stripTrailingZeros().scale() > 0) {
      return sink.add(ViolationKind.NOT_INTEGER, Messages.notInteger());
    }
    double d = decimal.doubleValue();
    if (!Double.isFinite(d) || !item.range().contains(d)) {
      return sink.add(ViolationKind.OUT_OF_RANGE, Messages.outOfRange(item.range()));
    }
    return new Answer.Number(d);
  }

  private static BigDecimal decimal(Object value) {
    try {
      if (value instanceof BigDecimal b) {
        return b;
      }
      if (value instanceof BigInteger b) {
        return new BigDecimal(b);
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
      }
      if (value instanceof Long
          || value instanceof Integer
          || value instanceof Short
          || value instanceof Byte) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof String s) {
        return new BigDecimal(s.strip());
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static Answer text(Object value, Sink sink) {
    if (!(value instanceof String s)) {
      return sink.wrongType();
    }
    int length = s.codePointCount(0, s.length());
    if (length > MAX_TEXT_LENGTH) {
      return sink.add(ViolationKind.TOO_LONG, Messages.tooLong(MAX_TEXT_LENGTH, length));
    }
    return new Answer.Text(s);
  }

  private static Answer date(Object value, Sink sink) {
    if (!(value instanceof String s)) {
      return sink.wrongType();
    }
    String text = s.strip();
    try {
      if (isPlainDate(text)) {
        LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        return new Answer.Text(text);
      }
      return new Answer.Text(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).toString());
    } catch (DateTimeException e) {
      return sink.add(ViolationKind.BAD_DATE, Messages.badDate());
    }
  }

  /**
   * Whether {@code text} is {@code yyyy-mm-dd} in ASCII digits, which {@link
   * DateTimeFormatter#ISO_LOCAL_DATE} reads as that date (when it exists) and {@link
   * LocalDate#toString} writes back as the same text.
   */
  private static boolean isPlainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  /** A code given as text or as a whole number; null for any other shape. */
  static String code(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger) {
      return value.toString();
    }
    return null;
  }

  private static final Set<String> PROVINCE_CODES =
      Provinces.all().stream()
          .map(Province::code)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The codes an item accepts: its options, or the implied ones of yes/no and province items. */
  static Set<String> allowedCodes(Item item) {
    if (item.type() == ItemType.PROVINCE) {
      return PROVINCE_CODES;
    }
    if (item.type() == ItemType.YES_NO && item.options().isEmpty()) {
      return YES_NO;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (Option o : item.options()) {
      codes.add(o.code());
    }
    return codes;
  }

  /** Collects the violations of one item's value; {@code add} returns null, the missing answer. */
  private record Sink(Item item, List<Violation> out) {
    Answer add(ViolationKind kind, LocalizedText message) {
      out.add(new Violation(item.id(), kind, message));
      return null;
    }

    Answer wrongType() {
      return add(ViolationKind.WRONG_TYPE, Messages.wrongType(item.type()));
    }
  }
}
