package org.tripart.capture;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Sector;

/**
 * The respondent-facing texts of violations, in English and Chinese. They say what to do, not what
 * the software checked, and name option labels rather than codes where the item defines them.
 * Stateless.
 */
final class Messages {
  private Messages() {}

  static LocalizedText unknownItem(String itemId) {
    return LocalizedText.of(
        "This questionnaire has no question '" + itemId + "'; please reload the page.",
        "本问卷没有题目“" + itemId + "”，请刷新页面。");
  }

  static LocalizedText unknownOption(String code) {
    return LocalizedText.of(
        "'" + code + "' is not one of the choices for this question; please choose again.",
        "“" + code + "”不是本题的选项，请重新选择。");
  }

  static LocalizedText wrongType(ItemType type) {
    switch (type) {
      case MULTIPLE:
        return LocalizedText.of("Please choose one or more of the options.", "请选择一个或多个选项。");
      case INTEGER:
      case DECIMAL:
        return LocalizedText.of("Please enter a number.", "请输入数字。");
      case TEXT:
        return LocalizedText.of("Please enter text.", "请输入文字。");
      case DATE:
        return LocalizedText.of("Please enter a date such as 2024-03-01.", "请输入日期，例如 2024-03-01。");
      case INSTITUTION:
        return LocalizedText.of("Please choose your institution.", "请选择您所在的机构。");
      case ROSTER:
        return LocalizedText.of("Please name partner organisations from the list.", "请从名单中选择合作机构。");
      default:
        return LocalizedText.of("Please choose one of the options.", "请选择一个选项。");
    }
  }

  static LocalizedText outOfRange(NumericRange range) {
    boolean low = Double.isFinite(range.min());
    boolean high = Double.isFinite(range.max());
    String min = number(range.min());
    String max = number(range.max());
    if (low && high) {
      return LocalizedText.of(
          "Please enter a number from " + min + " to " + max + ".",
          "请输入 " + min + " 到 " + max + " 之间的数字。");
    }
    if (low) {
      return LocalizedText.of(
          "Please enter a number of at least " + min + ".", "请输入不小于 " + min + " 的数字。");
    }
    return LocalizedText.of(
        "Please enter a number of at most " + max + ".", "请输入不大于 " + max + " 的数字。");
  }

  static LocalizedText notInteger() {
    return LocalizedText.of("Please enter a whole number.", "请输入整数。");
  }

  static LocalizedText required() {
    return LocalizedText.of("Please answer this question.", "此题为必答题，请作答。");
  }

  static LocalizedText answeredWhenSkipped() {
    return LocalizedText.of(
        "This question does not apply given your earlier answers; please clear your answer.",
        "根据您之前的回答，此题无需作答，请清除此题的答案。");
  }

  static LocalizedText exclusiveWithOthers(Item item, String code) {
    return LocalizedText.of(
        "'" + label(item, code, "en") + "' cannot be combined with other choices.",
        "“" + label(item, code, "zh") + "”不能与其他选项同时选择。");
  }

  static LocalizedText duplicateOption(Item item, String code) {
    return LocalizedText.of(
        "'" + label(item, code, "en") + "' was chosen more than once.",
        "“" + label(item, code, "zh") + "”被重复选择。");
  }

  static LocalizedText badDate() {
    return LocalizedText.of(
        "Please enter a real date as year-month-day, for example 2024-03-01.",
        "请输入有效日期，格式为年-月-日，例如 2024-03-01。");
  }

  static LocalizedText tooLong(int max, int actual) {
    return LocalizedText.of(
        "Please shorten your text to at most "
            + String.format(Locale.ROOT, "%,d", max)
            + " characters (it has "
            + String.format(Locale.ROOT, "%,d", actual)
            + ").",
        "请将文字缩短至 " + max + " 字以内（当前 " + actual + " 字）。");
  }

  static LocalizedText notAnswerable(Item item) {
    if (item.type() == ItemType.NOTE) {
      return LocalizedText.of(
          "Item " + item.id() + " is a note; it takes no answer.",
          "“" + item.id() + "”是说明文字，无需作答。");
    }
    return LocalizedText.of(
        "Item " + item.id() + " is calculated; it takes no answer.",
        "“" + item.id() + "”由其他答案自动计算，无需作答。");
  }

  static LocalizedText optionNotOffered(Item item, String code) {
    return LocalizedText.of(
        "'"
            + label(item, code, "en")
            + "' is not a choice given your earlier answers; please"
            + " choose again.",
        "根据您之前的回答，“" + label(item, code, "zh") + "”不可选，请重新选择。");
  }

  static LocalizedText required(Item item) {
    return item.type() == ItemType.ROSTER
        ? LocalizedText.of("Please name at least one partner organisation.", "请至少填写一个合作机构。")
        : required();
  }

  /**
   * A roster entry's message, prefixed in every language by the item and 1-based position, and the
   * tie question when there is one: {@code partners[2]: ...}, {@code partners[2].since: ...}.
   */
  static LocalizedText at(String itemId, int position, String tieId, LocalizedText message) {
    String place = itemId + "[" + position + "]" + (tieId == null ? "" : "." + tieId) + ": ";
    Map<String, String> texts = new LinkedHashMap<>();
    message.texts().forEach((language, text) -> texts.put(language, place + text));
    return new LocalizedText(texts);
  }

  static LocalizedText unknownPartner(String id) {
    return LocalizedText.of(
        "'" + id + "' is not in the list of organisations; please choose it from the list again.",
        "“" + id + "”不在机构名单中，请从名单中重新选择。");
  }

  static LocalizedText partnerSector(Sector sector, List<Sector> offered) {
    List<String> en = offered.stream().map(Messages::sectorEn).toList();
    List<String> zh = offered.stream().map(Messages::sectorZh).toList();
    return LocalizedText.of(
        "This organisation is "
            + "a "
            + sectorEn(sector)
            + "; this question asks for "
            + String.join(" or ", en.stream().map(Messages::plural).toList())
            + " only.",
        "该机构属于" + sectorZh(sector) + "，本题只填写" + String.join("或", zh) + "。");
  }

  static LocalizedText duplicatePartner(String itemId, int first) {
    String earlier = itemId + "[" + first + "]";
    return LocalizedText.of(
        "This organisation is already named as " + earlier + "; please name each partner once.",
        "该机构已在 " + earlier + " 填写，每个合作机构只需填写一次。");
  }

  static LocalizedText ownOrganisation() {
    return LocalizedText.of(
        "This is your own organisation; please name only partners outside it.",
        "这是您所在的机构，请只填写外部合作机构。");
  }

  static LocalizedText tooManyPartners(int max) {
    return LocalizedText.of(
        "At most " + max + " partners may be named; please remove the rest.",
        "最多可填写 " + max + " 个合作机构，请删除多余的。");
  }

  static LocalizedText tieWithoutPartner() {
    return LocalizedText.of(
        "Answers were given for this partner but no organisation was named; please choose the"
            + " organisation or clear the answers.",
        "已填写此合作机构的相关问题，但未选择机构；请选择机构或清除这些答案。");
  }

  static LocalizedText idAndOther() {
    return LocalizedText.of(
        "Please either choose an organisation from the list or type one that is not listed, not"
            + " both.",
        "请从名单中选择机构或填写名单外的机构，二者只选其一。");
  }

  static LocalizedText otherNotAllowed() {
    return LocalizedText.of(
        "This question only takes organisations from the list; please choose one.",
        "本题只能从名单中选择机构，请重新选择。");
  }

  static LocalizedText unknownTie(String key) {
    return LocalizedText.of(
        "'" + key + "' is not a question about partners here; please reload the page.",
        "“" + key + "”不是关于合作机构的题目，请刷新页面。");
  }

  private static String sectorEn(Sector sector) {
    return switch (sector) {
      case HOSPITAL -> "hospital";
      case INSTITUTION -> "research institution";
      case COMPANY -> "company";
    };
  }

  private static String sectorZh(Sector sector) {
    return switch (sector) {
      case HOSPITAL -> "医院";
      case INSTITUTION -> "科研机构";
      case COMPANY -> "企业";
    };
  }

  private static String plural(String noun) {
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }

  private static String label(Item item, String code, String language) {
    int i = item.optionIndex(code);
    if (i < 0) {
      return code;
    }
    String text = item.options().get(i).label().in(language);
    return text.isEmpty() ? code : text;
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
