package org.tripart.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Map;

/**
 * The dashboard's words in English and Chinese, and the choice of language for a request: {@code
 * ?lang=en|zh} (remembered in the {@code lang} cookie), else the cookie, else {@code
 * Accept-Language}. Stateless and thread-safe.
 */
final class DashboardTexts {
  static final String COOKIE = "lang";

  private static final Map<String, String[]> TEXTS =
      Map.ofEntries(
          Map.entry("dashboard", new String[] {"Dashboard", "数据看板"}),
          Map.entry("overview", new String[] {"Fieldwork at a glance", "调查进度概览"}),
          Map.entry("items", new String[] {"Results by item", "各题结果"}),
          Map.entry("byGroup", new String[] {"Completion by group", "各组完成情况"}),
          Map.entry("byProvince", new String[] {"Response rate by province", "各省应答率"}),
          Map.entry("byTier", new String[] {"Completion by hospital tier", "各级医院完成情况"}),
          Map.entry("byDay", new String[] {"Questionnaires submitted per day", "每日提交问卷数"}),
          Map.entry("rr1", new String[] {"Response rate (RR1), %", "应答率（RR1），%"}),
          Map.entry("submitted", new String[] {"Submitted", "已提交"}),
          Map.entry("completed", new String[] {"completed", "完成"}),
          Map.entry("invited", new String[] {"invited", "邀请"}),
          Map.entry("notRecorded", new String[] {"not recorded", "未记录"}),
          Map.entry("noData", new String[] {"no invitations", "无邀请"}),
          Map.entry("smallWithheld", new String[] {"few (withheld)", "人数过少（不显示）"}),
          Map.entry("group", new String[] {"Group", "组别"}),
          Map.entry("by", new String[] {"Split by", "分层变量"}),
          Map.entry("none", new String[] {"(none)", "（无）"}),
          Map.entry("wave", new String[] {"Wave (invitation batch)", "批次（邀请批次）"}),
          Map.entry("allWaves", new String[] {"all", "全部"}),
          Map.entry("show", new String[] {"Show", "显示"}),
          Map.entry("respondents", new String[] {"respondents", "名受访者"}),
          Map.entry("scores", new String[] {"Calculated scores", "计算得分"}),
          Map.entry("scoreItem", new String[] {"Score", "得分"}),
          Map.entry("scoreN", new String[] {"Answered", "有效数"}),
          Map.entry("mean", new String[] {"Mean", "均值"}),
          Map.entry("sd", new String[] {"SD", "标准差"}),
          Map.entry("median", new String[] {"Median", "中位数"}),
          Map.entry("min", new String[] {"Min", "最小值"}),
          Map.entry("max", new String[] {"Max", "最大值"}),
          Map.entry(
              "percentNote",
              new String[] {
                "Bars: % of those who answered; whiskers: 95% Wilson interval.",
                "条形：作答者中的百分比；误差线：95% Wilson 置信区间。"
              }),
          Map.entry(
              "multiNote",
              new String[] {
                "Several answers possible: shares of respondents, may sum past 100%.",
                "多选题：占受访者的比例，合计可超过100%。"
              }),
          Map.entry("answered", new String[] {"answered", "作答"}),
          Map.entry("all", new String[] {"All", "全部"}),
          Map.entry("download", new String[] {"Download publication tables", "下载发表用表格"}),
          Map.entry(
              "suppressed",
              new String[] {
                "Counts below {n} are withheld, with their complements, in the charts and downloads.",
                "图表和下载文件中小于{n}的计数及其补充单元格不予显示。"
              }),
          Map.entry(
              "exactCounts",
              new String[] {
                "Your role sees exact counts; viewers see counts below {n} withheld.",
                "您的角色可见精确计数；查看者看不到小于{n}的计数。"
              }),
          Map.entry(
              "syntheticOverview",
              new String[] {
                "SYNTHETIC demonstration data: {n} of these invitations and their responses were"
                    + " generated, not collected.",
                "合成演示数据：其中 {n} 份邀请及其答卷为生成数据，并非实际收集。"
              }),
          Map.entry("chooseItems", new String[] {"Items in the download", "下载文件包含的题目"}),
          Map.entry(
              "compareGroups",
              new String[] {
                "Compare groups (one column each, with a chi-square test; tick none for the chosen"
                    + " group alone)",
                "比较组别（每组一列，附卡方检验；不勾选则仅下载所选组别）"
              }),
          Map.entry(
              "paperReport",
              new String[] {"Paper-style report (Tables 1–10, DOCX)", "论文式报告（表1–10，DOCX）"}),
          Map.entry(
              "testWithheld",
              new String[] {"Test not shown: some counts are withheld.", "部分计数不予显示，故不显示检验结果。"}),
          Map.entry("language", new String[] {"中文", "English"}),
          Map.entry("signOut", new String[] {"Sign out", "退出"}),
          Map.entry("test", new String[] {"Test of independence", "独立性检验"}),
          Map.entry("testUndefined", new String[] {"not defined", "无法计算"}),
          Map.entry("doubtful", new String[] {"approximation doubtful", "近似可能不可靠"}),
          Map.entry("legend", new String[] {"Response rate", "应答率"}));

  private DashboardTexts() {}

  /** The word for {@code key} in {@code language}; the key itself when unknown. */
  static String get(String key, String language) {
    String[] t = TEXTS.get(key);
    return t == null ? key : t["zh".equals(language) ? 1 : 0];
  }

  /** The request's language, {@code en} or {@code zh}; remembers an explicit choice in a cookie. */
  static String language(Context ctx) {
    String asked = ctx.queryParam("lang");
    if ("en".equals(asked) || "zh".equals(asked)) {
      ctx.cookie(new Cookie(COOKIE, asked, "/", 365 * 86400, false, true, null, SameSite.LAX));
      return asked;
    }
    String cookie = ctx.cookie(COOKIE);
    if ("en".equals(cookie) || "zh".equals(cookie)) {
      return cookie;
    }
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.startsWith("zh") ? "zh" : "en";
  }
}
