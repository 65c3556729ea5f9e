package org.tripart.web.pages;

import java.util.Map;
import org.tripart.instrument.LocalizedText;

/** The fixed texts of the respondent and fieldwork pages in English and Chinese. Stateless. */
final class Texts {
  private static final Map<String, LocalizedText> TEXTS =
      Map.ofEntries(
          Map.entry("save", LocalizedText.of("Save and continue later", "保存，稍后继续")),
          Map.entry("submit", LocalizedText.of("Submit", "提交")),
          Map.entry("required", LocalizedText.of("required", "必答")),
          Map.entry(
              "requiredNote",
              LocalizedText.of("Questions marked * must be answered.", "标有 * 的题目为必答题。")),
          Map.entry(
              "summary",
              LocalizedText.of("Please check the following before submitting:", "提交前请检查以下问题：")),
          Map.entry(
              "synthetic",
              LocalizedText.of(
                  "Demonstration study with synthetic data: answers given here are not research"
                      + " data.",
                  "演示研究（合成数据）：此处填写的答案不作为研究数据。")),
          Map.entry(
              "syntheticFieldwork",
              LocalizedText.of(
                  "SYNTHETIC demonstration data: {n} of these invitations and their responses were"
                      + " generated, not collected.",
                  "合成演示数据：其中 {n} 份邀请及其答卷为生成数据，并非实际收集。")),
          Map.entry("choose", LocalizedText.of("Choose…", "请选择…")),
          Map.entry("language", LocalizedText.of("Language", "语言")),
          Map.entry("saving", LocalizedText.of("Saving…", "正在保存…")),
          Map.entry("saved", LocalizedText.of("Saved", "已保存")),
          Map.entry(
              "keptOnDevice",
              LocalizedText.of(
                  "The survey server cannot store answers just now. Your answers are kept on this"
                      + " device and will be sent again automatically: you can leave this page"
                      + " open, or come back to this link later on this device.",
                  "问卷服务器暂时无法保存答案。您的答案已保存在本设备上，并将自动重新提交：您可以保持此页面打开，" + "或稍后在本设备上重新打开此链接。")),
          Map.entry(
              "resent", LocalizedText.of("Sending your kept answers again…", "正在重新提交您保存在本设备上的答案…")),
          Map.entry("notSaved", LocalizedText.of("Not saved, will retry", "未保存，将自动重试")),
          Map.entry(
              "noscript",
              LocalizedText.of(
                  "Some questions appear only after you save, depending on your answers.",
                  "部分题目取决于您的回答，保存后才会显示。")),
          Map.entry(
              "resume",
              LocalizedText.of(
                  "Your answers are kept: you can leave and open the same link later to continue.",
                  "您的回答会被保存：可以离开，稍后用同一链接继续作答。")),
          Map.entry("min", LocalizedText.of("from", "最小")),
          Map.entry("max", LocalizedText.of("to", "最大")),
          Map.entry("thanks", LocalizedText.of("Thank you", "感谢您的参与")),
          Map.entry("received", LocalizedText.of("Your answers were received on", "您的问卷已于以下时间提交：")),
          Map.entry(
              "closeNote",
              LocalizedText.of(
                  "You can close this page. The link cannot be used to answer again.",
                  "您可以关闭此页面。此链接不能再次作答。")),
          Map.entry("fieldwork", LocalizedText.of("Fieldwork progress", "调查进度")),
          Map.entry("GROUP", LocalizedText.of("By stakeholder group", "按调查对象群体")),
          Map.entry("PROVINCE", LocalizedText.of("By province", "按省份")),
          Map.entry("TIER", LocalizedText.of("By hospital tier", "按医院等级")),
          Map.entry("colGROUP", LocalizedText.of("Group", "群体")),
          Map.entry("colPROVINCE", LocalizedText.of("Province", "省份")),
          Map.entry("colTIER", LocalizedText.of("Tier", "等级")),
          Map.entry("invited", LocalizedText.of("Invited", "已邀请")),
          Map.entry("started", LocalizedText.of("Started", "已开始")),
          Map.entry("completed", LocalizedText.of("Completed", "已完成")),
          Map.entry("partial", LocalizedText.of("Partial", "部分完成")),
          Map.entry("total", LocalizedText.of("Total", "合计")),
          Map.entry(
              "withheld",
              LocalizedText.of(
                  "Your role sees aggregates only: counts below {n} are withheld (–), with"
                      + " complementary rows, so that they cannot be worked out from the totals.",
                  "您的角色仅可查看汇总结果：小于 {n} 的计数不予显示（–），并同时隐去可据以推算的其他行。")),
          Map.entry(
              "exactCounts",
              LocalizedText.of(
                  "Your role sees exact counts; viewers see counts below {n} withheld.",
                  "您的角色可查看确切计数；查看者看不到小于 {n} 的计数。")),
          Map.entry("withheldCell", LocalizedText.of("withheld (small count)", "计数过少，不予显示")),
          Map.entry("notRecorded", LocalizedText.of("(not recorded)", "（未记录）")),
          Map.entry("notAvailable", LocalizedText.of("n/a", "不适用")),
          Map.entry("definitions", LocalizedText.of("Definitions", "定义")),
          Map.entry(
              "refresh",
              LocalizedText.of("This page refreshes every 30 seconds.", "本页每 30 秒自动刷新。")),
          Map.entry("primary", LocalizedText.of("Primary", "一级")),
          Map.entry("secondary", LocalizedText.of("Secondary", "二级")),
          Map.entry("tertiary", LocalizedText.of("Tertiary", "三级")),
          Map.entry("other", LocalizedText.of("Other", "其他")),
          Map.entry("error", LocalizedText.of("Error", "错误")),
          Map.entry("partner", LocalizedText.of("Partner {n}", "合作机构 {n}")),
          Map.entry("province", LocalizedText.of("Province", "省份")),
          Map.entry("organisation", LocalizedText.of("Organisation", "机构")),
          Map.entry("showOrganisations", LocalizedText.of("Show organisations", "显示机构")),
          Map.entry(
              "pickProvince",
              LocalizedText.of(
                  "Choose the province, then press Show organisations to list them.",
                  "请先选择省份，再点击“显示机构”列出该省的机构。")),
          Map.entry(
              "searchHint",
              LocalizedText.of(
                  "Type part of the name and choose it from the list.", "输入机构名称的一部分，然后从列表中选择。")),
          Map.entry(
              "otherPartner", LocalizedText.of("Not in the list? Type its name", "名单中没有？请填写机构名称")),
          Map.entry("addPartner", LocalizedText.of("Add a partner", "添加合作机构")),
          Map.entry("removePartner", LocalizedText.of("Remove this partner", "删除此合作机构")),
          Map.entry("noMatch", LocalizedText.of("No organisation matches.", "没有匹配的机构。")),
          Map.entry("matches", LocalizedText.of("Organisations found: {n}.", "找到 {n} 个机构。")),
          Map.entry(
              "searchFailed",
              LocalizedText.of(
                  "The search is not available just now; please try again.", "暂时无法搜索，请稍后重试。")),
          Map.entry("sector.hospital", LocalizedText.of("hospital", "医院")),
          Map.entry("sector.institution", LocalizedText.of("research institution", "科研机构")),
          Map.entry("sector.company", LocalizedText.of("company", "企业")));

  private Texts() {}

  /** The text with this key in {@code language}; the key itself when there is no such text. */
  static String get(String key, String language) {
    LocalizedText t = TEXTS.get(key);
    return t == null ? key : t.in(language);
  }
}
