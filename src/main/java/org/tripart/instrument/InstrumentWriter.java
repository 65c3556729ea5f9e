package org.tripart.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes an instrument as Tripart YAML, in the style of the bundled questionnaires: one key per
 * line, texts as flow mappings of double-quoted strings ({@code label: {en: "Age", zh: "年龄"}}),
 * lists of options in block style, a blank line between sections. Every feature the reader knows is
 * written (help, required, skip logic, calculations, ranges, fills, exclusive options, option
 * scores, conditions and missing-data flags, an institution item's sector when it is not the
 * default hospital, and a roster's block with its tie questions written like items, see {@code
 * roster.md}); skip logic and calculations in their canonical text ({@link Conditions#canonical},
 * {@link Calculations#canonical}); implied options (yes/no, provinces) are left out. Any text is
 * quoted safely: quotes, backslashes, colons, line breaks, control characters and any Unicode.
 *
 * <p>For an instrument read by {@link InstrumentReader}, reading the output back gives an equal
 * instrument apart from source locations, and writing that again gives the same text. Stateless and
 * thread-safe; the instrument must not be null.
 */
public final class InstrumentWriter {
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9_][a-z0-9_-]*");
  private static final List<String> FILLS_ORDER = List.of("province", "tier", "type");

  private InstrumentWriter() {}

  /** The instrument as YAML text, ending with a line break. */
  public static String write(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    List<String> languages = instrument.languages();
    StringBuilder out = new StringBuilder();
    out.append("instrument: ").append(plain(instrument.id())).append('\n');
    out.append("group: ").append(plain(instrument.group())).append('\n');
    out.append("version: ").append(instrument.version()).append('\n');
    List<String> tags = languages.stream().map(InstrumentWriter::plain).toList();
    out.append("languages: [").append(String.join(", ", tags)).append("]\n");
    out.append("title: ").append(text(instrument.title(), languages)).append('\n');
    out.append("sections:\n");
    boolean first = true;
    for (Section section : instrument.sections()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append("  - id: ").append(plain(section.id())).append('\n');
      out.append("    title: ").append(text(section.title(), languages)).append('\n');
      out.append("    items:\n");
      for (Item item : section.items()) {
        item(out, item, languages, "      ");
      }
    }
    return out.toString();
  }

  /** An item (or a tie question) whose dash is at {@code indent}. */
  private static void item(StringBuilder out, Item item, List<String> languages, String indent) {
    String pad = indent + "  ";
    out.append(indent).append("- id: ").append(plain(item.id())).append('\n');
    out.append(pad).append("type: ").append(item.type().fileName()).append('\n');
    out.append(pad).append("label: ").append(text(item.label(), languages)).append('\n');
    if (!item.help().isEmpty()) {
      out.append(pad).append("help: ").append(text(item.help(), languages)).append('\n');
    }
    if (item.required()) {
      out.append(pad).append("required: true\n");
    }
    if (item.when() != null) {
      out.append(pad).append("when: ").append(quoted(Conditions.canonical(item.when())));
      out.append('\n');
    }
    if (item.calculation() != null) {
      out.append(pad).append("calculate: ");
      out.append(quoted(Calculations.canonical(item.calculation()))).append('\n');
    }
    NumericRange range = item.range();
    if (!range.equals(NumericRange.ANY)) {
      List<String> bounds = new ArrayList<>();
      if (range.min() != Double.NEGATIVE_INFINITY) {
        bounds.add("min: " + Conditions.number(range.min()));
      }
      if (range.max() != Double.POSITIVE_INFINITY) {
        bounds.add("max: " + Conditions.number(range.max()));
      }
      out.append(pad).append("range: {").append(String.join(", ", bounds)).append("}\n");
    }
    if (!item.fills().isEmpty()) {
      List<String> fills = new ArrayList<>();
      for (String attribute : FILLS_ORDER) {
        String target = item.fills().get(attribute);
        if (target != null) {
          fills.add(attribute + ": " + plain(target));
        }
      }
      out.append(pad).append("fills: {").append(String.join(", ", fills)).append("}\n");
    }
    if (item.sector() != null && item.sector() != Sector.HOSPITAL) {
      out.append(pad).append("sector: ").append(item.sector().fileName()).append('\n');
    }
    if (item.type() != ItemType.YES_NO && item.type() != ItemType.PROVINCE) {
      if (!item.options().isEmpty()) {
        out.append(pad).append("options:\n");
      }
      for (Option option : item.options()) {
        option(out, option, languages, pad + "  ");
      }
    }
    if (item.roster() != null) {
      roster(out, item.roster(), languages, pad);
    }
  }

  private static void roster(StringBuilder out, Roster roster, List<String> languages, String pad) {
    String inner = pad + "  ";
    List<String> sectors = roster.sectors().stream().map(Sector::fileName).toList();
    out.append(pad).append("roster:\n");
    out.append(inner).append("sectors: [").append(String.join(", ", sectors)).append("]\n");
    out.append(inner).append("max: ").append(roster.max()).append('\n');
    if (roster.other()) {
      out.append(inner).append("other: true\n");
    }
    if (!roster.ties().isEmpty()) {
      out.append(inner).append("ties:\n");
      for (Item tie : roster.ties()) {
        item(out, tie, languages, inner + "  ");
      }
    }
  }

  private static void option(
      StringBuilder out, Option option, List<String> languages, String indent) {
    String pad = indent + "  ";
    out.append(indent).append("- code: ").append(plain(option.code())).append('\n');
    out.append(pad).append("label: ").append(text(option.label(), languages)).append('\n');
    if (option.exclusive()) {
      out.append(pad).append("exclusive: true\n");
    }
    if (option.score() != null) {
      out.append(pad).append("score: ").append(Conditions.number(option.score())).append('\n');
    }
    if (option.missing()) {
      out.append(pad).append("missing: true\n");
    }
    if (option.when() != null) {
      out.append(pad).append("when: ").append(quoted(Conditions.canonical(option.when())));
      out.append('\n');
    }
  }

  /** A text as a flow mapping in the instrument's language order, then any other language. */
  private static String text(LocalizedText text, List<String> languages) {
    List<String> parts = new ArrayList<>();
    Map<String, String> texts = text.texts();
    for (String language : languages) {
      if (texts.containsKey(language)) {
        parts.add(plain(language) + ": " + quoted(texts.get(language)));
      }
    }
    texts.forEach(
        (language, value) -> {
          if (!languages.contains(language)) {
            parts.add(plain(language) + ": " + quoted(value));
          }
        });
    return "{" + String.join(", ", parts) + "}";
  }

  /**
   * An id, code or language tag: plain when YAML reads it back as the same text, else quoted. The
   * words YAML reads as null or booleans are quoted.
   */
  static String plain(String value) {
    if (value == null) {
      return "\"\"";
    }
    boolean special =
        switch (value) {
          case "null", "true", "false", "yes", "no", "on", "off", "y", "n" -> true;
          default -> false;
        };
    return PLAIN.matcher(value).matches() && !special ? value : quoted(value);
  }

  /** A YAML double-quoted scalar that reads back as exactly {@code value}. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (printable(c)) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean printable(char c) {
    boolean ranges =
        (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    return ranges && c != 0x2028 && c != 0x2029 && c != 0xFEFF;
  }
}
