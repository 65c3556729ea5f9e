package org.tripart.web.dashboard;

import java.util.Map;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;

/**
 * The network page's words in English and Chinese; the language of a request is {@link
 * DashboardTexts#language}'s. Stateless and thread-safe.
 */
final class NetworkTexts {
  private static final Map<String, String[]> TEXTS =
      Map.ofEntries(
          Map.entry("network", new String[] {"Collaboration network", "合作网络"}),
          Map.entry("graph", new String[] {"Organisations and their ties", "机构及其合作关系"}),
          Map.entry("flows", new String[] {"Ties between provinces", "省际合作关系"}),
          Map.entry("mixingFigure", new String[] {"Ties between sectors", "部门间合作关系"}),
          Map.entry("hospital", new String[] {"Hospitals", "医院"}),
          Map.entry("institution", new String[] {"Research institutions", "科研机构"}),
          Map.entry("company", new String[] {"Companies", "企业"}),
          Map.entry("primary", new String[] {"Primary", "一级"}),
          Map.entry("secondary", new String[] {"Secondary", "二级"}),
          Map.entry("tertiary", new String[] {"Tertiary", "三级"}),
          Map.entry("other", new String[] {"Other / not graded", "其他/未定级"}),
          Map.entry("province", new String[] {"Province", "省份"}),
          Map.entry("tier", new String[] {"Tier", "等级"}),
          Map.entry("sector", new String[] {"Sector", "部门"}),
          Map.entry("kind", new String[] {"Kind of tie", "合作形式"}),
          Map.entry("any", new String[] {"all", "全部"}),
          Map.entry("choose", new String[] {"(choose)", "（请选择）"}),
          Map.entry("unknown", new String[] {"unknown", "未知"}),
          Map.entry("organisation", new String[] {"Organisation", "机构"}),
          Map.entry("organisations", new String[] {"Organisations", "机构数"}),
          Map.entry("tiesWithin", new String[] {"Ties within", "部门内合作"}),
          Map.entry("tiesAcross", new String[] {"Ties to other sectors", "跨部门合作"}),
          Map.entry("ei", new String[] {"E-I index", "E-I 指数"}),
          Map.entry("all", new String[] {"All", "合计"}),
          Map.entry("sectors", new String[] {"Organisations and ties by sector", "各部门机构及合作关系"}),
          Map.entry("mixing", new String[] {"Sector mixing: ties (density)", "部门混合：合作数（密度）"}),
          Map.entry(
              "central",
              new String[] {"Most central organisations (by betweenness)", "中心性最高的机构（按中介中心性）"}),
          Map.entry("degree", new String[] {"Degree", "度"}),
          Map.entry("strength", new String[] {"Strength", "强度"}),
          Map.entry("betweenness", new String[] {"Betweenness", "中介中心性"}),
          Map.entry("closeness", new String[] {"Closeness", "接近中心性"}),
          Map.entry("coreness", new String[] {"Coreness", "核数"}),
          Map.entry("ties", new String[] {"Ties", "合作数"}),
          Map.entry("partner", new String[] {"Partner", "合作机构"}),
          Map.entry("respondentsBehind", new String[] {"Named by", "提名人数"}),
          Map.entry("reciprocated", new String[] {"Both ways", "双向"}),
          Map.entry("yes", new String[] {"yes", "是"}),
          Map.entry("no", new String[] {"no", "否"}),
          Map.entry("suppressedTable", new String[] {"Ties merged into flows", "合并计入流量的合作关系"}),
          Map.entry(
              "typedTable",
              new String[] {"Partners typed in (not in a register)", "手动填写的合作机构（不在名录中）"}),
          Map.entry("typedBy", new String[] {"Named by a respondent of", "填写者所在机构"}),
          Map.entry("typedText", new String[] {"As typed", "填写内容"}),
          Map.entry("downloads", new String[] {"Download the network", "下载网络数据"}),
          Map.entry("nodesCsv", new String[] {"nodes CSV", "节点 CSV"}),
          Map.entry("edgesCsv", new String[] {"edges CSV", "关系 CSV"}),
          Map.entry(
              "panelHint",
              new String[] {"Select an organisation to see its ties.", "点击机构查看其合作关系。"}),
          Map.entry("noTies", new String[] {"No ties shown.", "无可显示的合作关系。"}),
          Map.entry("empty", new String[] {"No ties to show yet.", "暂无可显示的合作关系。"}),
          Map.entry(
              "viewerNote",
              new String[] {
                "Ties named by fewer than {n} respondents are not drawn: they are counted in the"
                    + " flows between provinces and sectors. Partners typed in are not shown.",
                "提名人数少于{n}的合作关系不单独显示，只计入省份与部门间的流量；手动填写的合作机构不予显示。"
              }),
          Map.entry(
              "allNote",
              new String[] {
                "Your role sees every tie; viewers see only ties named by at least {n} respondents,"
                    + " the others merged into flows between provinces and sectors.",
                "您的角色可见全部合作关系；查看者只能看到至少{n}名受访者提名的合作关系，其余合并计入省份与部门间的流量。"
              }),
          Map.entry(
              "summary",
              new String[] {
                "{orgs} organisations and {ties} ties ({recip} reciprocated, named from both ends);"
                    + " {components} components, the largest of {largest} organisations.",
                "共 {orgs} 个机构、{ties} 条合作关系（其中 {recip} 条为双向提名）；{components} 个连通分量，最大的包含 {largest} 个机构。"
              }),
          Map.entry(
              "inputs",
              new String[] {
                "{naming} of {asked} respondents asked named at least one partner: {listed} from"
                    + " the registers and {typed} typed in (kept for matching, not in the network).",
                "{asked} 名被询问的受访者中有 {naming} 名至少提名了一个合作机构：{listed} 个来自名录，{typed} 个为手动填写（留待匹配，不计入网络）。"
              }),
          Map.entry(
              "suppressedSummary",
              new String[] {
                "{n} further ties, each named by fewer than {t} respondents, are counted only in"
                    + " the flows.",
                "另有 {n} 条合作关系的提名人数少于{t}，仅计入流量。"
              }),
          Map.entry(
              "triads",
              new String[] {
                "Tripartite triads (a hospital, an institution and a company): {closed} closed,"
                    + " {open} open.",
                "三方三元组（医院、科研机构、企业各一）：闭合 {closed} 个，开放 {open} 个。"
              }),
          Map.entry(
              "sampled",
              new String[] {
                "The figure draws the {drawn} organisations of highest degree of {all}, and the"
                    + " ties among them; the downloads hold all.",
                "图中仅绘制度最高的 {drawn} 个机构（共 {all} 个）及其相互关系；下载文件包含全部。"
              }),
          Map.entry(
              "syntheticNetwork",
              new String[] {
                "SYNTHETIC demonstration data: these responses were generated, not collected;"
                    + " the ties are not real collaborations.",
                "合成演示数据：这些答卷为生成数据，并非实际收集；其中的合作关系并不真实。"
              }),
          Map.entry(
              "flowsUnplaced",
              new String[] {"{n} ties have an end of unknown province.", "{n} 条合作关系有一端省份未知。"}),
          Map.entry(
              "notAudited",
              new String[] {
                "The figure was not saved: its audit entry could not be written.", "图表未保存：无法写入审计记录。"
              }),
          Map.entry("png", new String[] {"PNG", "PNG"}),
          Map.entry("svg", new String[] {"SVG", "SVG"}));

  private NetworkTexts() {}

  /** The words for {@code key} in {@code language}; the key itself when unknown. */
  static String get(String key, String language) {
    String[] t = TEXTS.get(key);
    return t == null ? key : t["zh".equals(language) ? 1 : 0];
  }

  static String sector(Sector s, String language) {
    return get(s.fileName(), language);
  }

  static String tier(Tier t, String language) {
    return get(t.fileName(), language);
  }
}
