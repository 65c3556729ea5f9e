package org.tripart.report.publish;

import java.util.List;

/**
 * The words of a {@link PublicationTable} in English and Chinese: the headers, the overall column,
 * the XLSX columns and every footnote PublicationTables writes (denominators, non-response, skip
 * logic, the chi-square test, withheld counts). Numbers come formatted by {@link Numbers}, labels
 * in the table's language. Stateless and thread-safe.
 */
final class PublicationWords {
  private final boolean zh;

  private PublicationWords(boolean zh) {
    this.zh = zh;
  }

  /** The words of {@code language}: {@code zh} for Chinese, English otherwise. */
  static PublicationWords of(String language) {
    return new PublicationWords("zh".equals(language));
  }

  String characteristic() {
    return zh ? "特征" : "Characteristic";
  }

  /** The overall column's heading, {@code All} or {@code All (N = 5,142)}. */
  String all(String count) {
    String all = zh ? "合计" : "All";
    return count == null ? all : all + " (N = " + count + ")";
  }

  /** The XLSX columns of each group: n, %, and the interval's bounds. */
  List<String> groupColumns() {
    return zh
        ? List.of("n", "%", "95% CI 下限", "95% CI 上限")
        : List.of("n", "%", "95% CI low", "95% CI high");
  }

  /** How an XLSX header joins a group and its column: {@code Tier 3: n}. */
  String groupColumn(String group, String column) {
    return zh ? group + "：" + column : group + ": " + column;
  }

  String nPercent() {
    return zh
        ? "n (%)：选择该选项的受访者人数及其占作答者的百分比；95% CI：Wilson 得分区间。"
        : "n (%): respondents choosing the option and their share of those who answered; 95% CI:"
            + " Wilson score interval.";
  }

  /** The sentence after an item's denominator when several answers are allowed, else empty. */
  String several(boolean multiple) {
    if (!multiple) {
      return "";
    }
    return zh ? "；可多选，百分比之和可超过 100%" : "; several answers possible, so percentages sum past 100%";
  }

  String withheldDenominator(String label, String several) {
    return zh
        ? label + "：受访者人数不予显示（小计数）" + several + "。"
        : label + ": numbers of respondents withheld (small counts)" + several + ".";
  }

  /**
   * An item's denominator: the respondents who answered, those asked who did not (with their share
   * of those asked, empty when none was asked) and those skip logic did not ask.
   */
  String denominator(
      String label,
      String answered,
      int nonResponse,
      String nonResponseCount,
      String nonResponsePercent,
      String asked,
      int skipped,
      String skippedCount,
      String several) {
    String notAsked =
        skipped <= 0
            ? ""
            : zh
                ? "；" + skippedCount + " 名未被问及（跳转逻辑）"
                : "; " + skippedCount + " were not asked (skip logic)";
    if (zh) {
      String base = label + "：百分比以作答的 " + answered + " 名受访者为分母";
      if (nonResponse == 0) {
        return base + "，即全部被问及者" + notAsked + several + "。";
      }
      String share = nonResponsePercent.isEmpty() ? "" : "（" + nonResponsePercent + "%）";
      return base
          + "；被问及的 "
          + asked
          + " 名中有 "
          + nonResponseCount
          + " 名"
          + share
          + "未作答"
          + notAsked
          + several
          + "。";
    }
    String base = label + ": percentages of the " + answered + " respondents who answered";
    if (nonResponse == 0) {
      return base + ", all who were asked" + notAsked + several + ".";
    }
    String share = nonResponsePercent.isEmpty() ? "" : " (" + nonResponsePercent + "%)";
    return base
        + "; "
        + nonResponseCount
        + share
        + " of the "
        + asked
        + " asked did not answer"
        + notAsked
        + several
        + ".";
  }

  String chiSquare(String by, boolean approximate) {
    if (zh) {
      return "p：按「"
          + by
          + "」分组的 Pearson 卡方独立性检验（多选题每个选项单独检验）"
          + (approximate ? "；期望频数低于 5 时 p 值为近似值。" : "。");
    }
    return "p: Pearson chi-square test of independence by "
        + by
        + " (for items allowing several answers, one test per option)"
        + (approximate ? "; where an expected count is below 5 the p-value is approximate." : ".");
  }

  String withheld(int threshold, boolean stratified) {
    if (zh) {
      return "<"
          + threshold
          + "：少于 "
          + threshold
          + " 名受访者，不予显示；—：为免由合计"
          + (stratified ? "或其他组" : "")
          + "推算出小计数而不予显示。";
    }
    return "<"
        + threshold
        + ": fewer than "
        + threshold
        + " respondents, withheld; —: withheld so that a small count cannot be worked out from"
        + " the totals"
        + (stratified ? " or from the other groups" : "")
        + ".";
  }
}
