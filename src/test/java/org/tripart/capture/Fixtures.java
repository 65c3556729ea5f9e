package org.tripart.capture;

import java.util.List;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.AnswerLookup;
import org.tripart.instrument.Condition;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

/** A small clinician instrument built from the records, with a test-only skip-logic condition. */
final class Fixtures {
  private Fixtures() {}

  /** {@code item == 'code'} for a single choice, {@code 'code' in item} for a multiple choice. */
  record Chosen(String itemId, String code) implements Condition {
    @Override
    public boolean test(AnswerLookup answers) {
      Answer a = answers.answer(itemId);
      if (a instanceof Answer.Choice c) {
        return c.code().equals(code);
      }
      if (a instanceof Answer.Choices c) {
        return c.codes().contains(code);
      }
      return false;
    }

    @Override
    public String source() {
      return itemId + " == '" + code + "'";
    }

    @Override
    public Set<String> referencedItems() {
      return Set.of(itemId);
    }
  }

  static Item item(String id, ItemType type, boolean required, Condition when, Option... options) {
    return item(id, type, required, when, NumericRange.ANY, options);
  }

  static Item item(
      String id,
      ItemType type,
      boolean required,
      Condition when,
      NumericRange range,
      Option... options) {
    return new Item(
        id,
        type,
        LocalizedText.of(id, id),
        null,
        List.of(options),
        required,
        when,
        range,
        null,
        null);
  }

  static Option option(String code) {
    return new Option(code, LocalizedText.of(code, code));
  }

  /**
   * role (single, required); uses_ai (yes/no, required); ai_tools (multiple with exclusive 'none',
   * required when uses_ai == yes); ai_years (integer 0..30, required when uses_ai == yes);
   * detection_accuracy (decimal 0..100, when 'detection' in ai_tools); province (required);
   * hospital (institution); started (date); comment (text).
   */
  static Instrument clinician() {
    Option none = new Option("none", LocalizedText.of("None of these", "以上都没有"), true);
    List<Item> items =
        List.of(
            item("role", ItemType.SINGLE, true, null, option("radiologist"), option("technician")),
            item("uses_ai", ItemType.YES_NO, true, null),
            item(
                "ai_tools",
                ItemType.MULTIPLE,
                true,
                new Chosen("uses_ai", "yes"),
                new Option("detection", LocalizedText.of("Lesion detection", "病灶检测")),
                option("triage"),
                option("reporting"),
                none),
            item(
                "ai_years",
                ItemType.INTEGER,
                true,
                new Chosen("uses_ai", "yes"),
                new NumericRange(0, 30)),
            item(
                "detection_accuracy",
                ItemType.DECIMAL,
                false,
                new Chosen("ai_tools", "detection"),
                new NumericRange(0, 100)),
            item("province", ItemType.PROVINCE, true, null),
            item("hospital", ItemType.INSTITUTION, false, null),
            item("started", ItemType.DATE, false, null),
            item("comment", ItemType.TEXT, false, null));
    return new Instrument(
        "clinician",
        "clinician",
        1,
        LocalizedText.of("Clinicians", "临床医生"),
        List.of("en", "zh"),
        List.of(new Section("s1", LocalizedText.of("About you", "关于您"), items)),
        "<built-in>");
  }
}
