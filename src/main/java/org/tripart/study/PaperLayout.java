package org.tripart.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.audit.PublishedRow;

/**
 * The paper-style tables of a bundled study: which group and items each published table holds, in
 * the order of the study's published-tables file, with the paper's captions for the national
 * AI-collaboration study ("Table N" for any other).
 */
public final class PaperLayout {
  /** The captions of Tables 1-10 of Ye, Ma and Abuhashish, as printed (OCR "Al" read as "AI"). */
  private static final Map<String, String> NATIONAL_AI_TITLES =
      Map.of(
          "1", "Current state of AI collaboration in healthcare systems from the clinician group",
          "2", "Data sharing and collaboration mechanisms in the clinician group",
          "3", "Challenges in the AI collaboration in the clinician group",
          "4", "Future development in the clinician group",
          "5", "Research status in the research institutions group",
          "6",
              "Collaborations between research institutions and healthcare systems from the"
                  + " research institutions group",
          "7", "Data sharing and data security in the research institutions group",
          "8", "Infrastructure for AI research in the research institutions group",
          "9", "Current state of AI research and development in the research institutions group",
          "10", "Future development in the research institutions group");

  /** One published table: its number, caption, group and items in printed order. */
  public record PaperTable(String number, String caption, String group, List<String> items) {}

  private PaperLayout() {}

  public static List<PaperTable> of(Study study) {
    Map<String, String> groups = new LinkedHashMap<>();
    Map<String, Set<String>> items = new LinkedHashMap<>();
    for (PublishedRow r : Replication.tables(study)) {
      groups.putIfAbsent(r.table(), r.group());
      items.computeIfAbsent(r.table(), k -> new LinkedHashSet<>()).add(r.item());
    }
    List<PaperTable> out = new ArrayList<>();
    for (Map.Entry<String, String> e : groups.entrySet()) {
      String n = e.getKey();
      String caption =
          "Table "
              + n
              + ". "
              + ("national_ai".equals(study.id()) ? NATIONAL_AI_TITLES.getOrDefault(n, "") : "");
      out.add(new PaperTable(n, caption.strip(), e.getValue(), List.copyOf(items.get(n))));
    }
    return out;
  }

  /** The noun drafted text uses for a group's respondents. */
  public static String respondents(String group) {
    return switch (group) {
      case "clinician" -> "clinicians";
      case "research" -> "researchers";
      case "industry" -> "industry respondents";
      default -> group + " respondents";
    };
  }
}
