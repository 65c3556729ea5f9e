package org.tripart.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.AnswerLookup;
import org.tripart.instrument.Condition;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

/** Instruments built in code for tests: one section, items with plain option codes. */
final class TestInstruments {
  private TestInstruments() {}

  static Instrument instrument(Item... items) {
    Section section = new Section("s1", LocalizedText.of("Section", "部分"), List.of(items));
    return new Instrument(
        "test",
        "clinician",
        1,
        LocalizedText.of("Test", "测试"),
        List.of("en", "zh"),
        List.of(section),
        "<test>");
  }

  static Item single(String id, String... codes) {
    return item(id, ItemType.SINGLE, codes);
  }

  static Item multiple(String id, String... codes) {
    return item(id, ItemType.MULTIPLE, codes);
  }

  static Item yesNo(String id) {
    return item(id, ItemType.YES_NO, "yes", "no");
  }

  static Item integer(String id) {
    return item(id, ItemType.INTEGER);
  }

  static Item text(String id) {
    return item(id, ItemType.TEXT);
  }

  /** The item, shown only when {@code itemId} was answered with (or ticked) {@code code}. */
  static Item when(Item item, String itemId, String code) {
    return new Item(
        item.id(),
        item.type(),
        item.label(),
        item.help(),
        item.options(),
        item.required(),
        new AnswerIs(itemId, code),
        item.range(),
        item.fills(),
        item.location());
  }

  private static Item item(String id, ItemType type, String... codes) {
    List<Option> options = new ArrayList<>();
    Arrays.stream(codes).forEach(c -> options.add(new Option(c, LocalizedText.of(c, c))));
    return new Item(
        id, type, LocalizedText.of(id, id), null, options, false, null, null, null, null);
  }

  /** The condition {@code itemId == 'code'} (or, for a multiple-choice item, code ticked). */
  record AnswerIs(String itemId, String code) implements Condition {
    @Override
    public boolean test(AnswerLookup answers) {
      Answer answer = answers.answer(itemId);
      if (answer instanceof Answer.Choice choice) {
        return choice.code().equals(code);
      }
      return answer instanceof Answer.Choices choices && choices.codes().contains(code);
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
}
