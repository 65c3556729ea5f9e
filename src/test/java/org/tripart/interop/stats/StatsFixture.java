package org.tripart.interop.stats;

import java.util.List;
import java.util.Map;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

/**
 * A small instrument with one item of every kind the statistics exports treat differently, and four
 * respondents whose answers are listed in {@link #data()}.
 */
final class StatsFixture {
  static final String LONG_ID = "hours_spent_on_imaging_reports_in_a_usual_week";

  private StatsFixture() {}

  static Instrument instrument() {
    List<Item> items =
        List.of(
            item("intro", ItemType.NOTE, "Please answer every question.", "请回答所有问题。", List.of()),
            item(
                "age",
                ItemType.SINGLE,
                "Age group, \"as of today\"",
                "年龄段",
                List.of(
                    option("under_30", "Under 30", "30岁以下", false),
                    option("30_to_40", "30-40", "30～40岁", false),
                    option("dont_know", "Don't know", "不知道", true))),
            item(
                "smoke",
                ItemType.SINGLE,
                "Do you smoke?",
                "您吸烟吗？",
                List.of(
                    option("1", "Never", "从不", false),
                    option("2", "Daily", "每天", false),
                    option("777", "Refused", "拒绝回答", true),
                    option("999", "Not asked", "未询问", true))),
            item(
                "consent",
                ItemType.YES_NO,
                "Consent given",
                "同意",
                List.of(option("yes", "Yes", "是", false), option("no", "No", "否", false))),
            item(
                "tools",
                ItemType.MULTIPLE,
                "Tools used",
                "使用的工具",
                List.of(
                    option("pacs", "PACS", "影像归档系统", false),
                    option("ai_triage", "AI triage", "人工智能分诊", false))),
            item("to", ItemType.INTEGER, "Years in post", "任职年限", List.of()),
            item(LONG_ID, ItemType.DECIMAL, "Hours a week", "每周小时数", List.of()),
            new Item(
                "months",
                ItemType.CALCULATED,
                LocalizedText.of("Months in post", "任职月数"),
                null,
                List.of(),
                false,
                null,
                NumericRange.ANY,
                Map.of(),
                null,
                org.tripart.instrument.Calculations.parse("to * 12")),
            item("visit", ItemType.DATE, "Date of visit", "就诊日期", List.of()),
            item("comment", ItemType.TEXT, "Comment", "意见", List.of()));
    return new Instrument(
        "fixture",
        "clinician",
        3,
        LocalizedText.of("Fixture survey", "测试问卷"),
        List.of("en", "zh"),
        List.of(new Section("main", LocalizedText.of("Main", "主要"), items)),
        "fixture.yaml");
  }

  /**
   * Four respondents: r1 answers everything; r2 refuses smoke (777), does not know age, ticks
   * nothing; r3 answers only smoke with 999 and consent no; r4 answers nothing at all.
   */
  static Dataset data() {
    Instrument instrument = instrument();
    DatasetBuilder b = new DatasetBuilder(instrument, 4);
    int age = b.itemIndex("age");
    int smoke = b.itemIndex("smoke");
    int consent = b.itemIndex("consent");
    int tools = b.itemIndex("tools");
    int years = b.itemIndex("to");
    int hours = b.itemIndex(LONG_ID);
    int visit = b.itemIndex("visit");
    int months = b.itemIndex("months");
    int comment = b.itemIndex("comment");
    int r1 = b.addRow("r1");
    b.setChoice(r1, age, 1);
    b.setChoice(r1, smoke, 1);
    b.setChoice(r1, consent, 0);
    b.setAnswered(r1, tools);
    b.setSelected(r1, tools, 0, true);
    b.setSelected(r1, tools, 1, true);
    b.setNumber(r1, years, 12);
    b.setNumber(r1, hours, 37.25);
    b.setNumber(r1, months, 144);
    b.setText(r1, visit, "2024-03-01");
    b.setText(r1, comment, "Fine, \"mostly\"\nsecond line");
    int r2 = b.addRow("r2");
    b.setChoice(r2, age, 2);
    b.setChoice(r2, smoke, 2);
    b.setChoice(r2, consent, 0);
    b.setAnswered(r2, tools);
    b.setNumber(r2, years, 0);
    b.setNumber(r2, hours, 0.5);
    b.setNumber(r2, months, 0);
    b.setText(r2, visit, "1959-12-31");
    b.setText(r2, comment, "无");
    int r3 = b.addRow("r3");
    b.setChoice(r3, smoke, 3);
    b.setChoice(r3, consent, 1);
    b.addRow("r4");
    return b.build();
  }

  private static Item item(String id, ItemType type, String en, String zh, List<Option> options) {
    return new Item(
        id,
        type,
        LocalizedText.of(en, zh),
        null,
        options,
        false,
        null,
        NumericRange.ANY,
        Map.of(),
        null);
  }

  private static Option option(String code, String en, String zh, boolean missing) {
    return new Option(code, LocalizedText.of(en, zh), false, null, null, missing);
  }
}
