package org.tripart.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.ItemDraft;
import org.tripart.instrument.Drafts.Located;
import org.tripart.instrument.Drafts.RosterDraft;
import org.tripart.instrument.YamlNodes.Fields;

/**
 * Reads the {@code roster} block of an item ({@code sectors}, {@code max}, {@code other}, {@code
 * ties}) into a draft, reporting unknown keys (with the near-miss suggestion), values of the wrong
 * kind and sector names Tripart does not know. Tie questions are read like items; what a tie may
 * not have, and the bounds of {@code max}, are {@link RosterRules}'s business. Not thread-safe.
 */
final class RosterDrafts {
  static final Set<String> ROSTER_KEYS = Set.of("sectors", "max", "other", "ties");

  private final YamlNodes nodes;

  RosterDrafts(YamlNodes nodes) {
    this.nodes = nodes;
  }

  /** The draft of the item's roster block, or null when it gives none or it is not a mapping. */
  RosterDraft read(Fields item, Function<Node, ItemDraft> itemReader) {
    Node node = item.get("roster");
    if (node == null) {
      if (item.get("type") instanceof ScalarNode t
          && t.getValue().equals(ItemType.ROSTER.fileName())
          && !item.misspelled("roster")) {
        nodes.report(
            ErrorCode.ROSTER_BLOCK,
            item.node,
            item.itemId,
            "roster items need a roster block with sectors and max (and optionally other and"
                + " ties)");
      }
      return null;
    }
    Fields f = nodes.fields(node, "roster", item.itemId, ROSTER_KEYS);
    if (f == null) {
      return null;
    }
    List<Located<Sector>> sectors = new ArrayList<>();
    List<Node> sectorNodes = f.list("sectors", true);
    if (sectorNodes != null && sectorNodes.isEmpty()) {
      nodes.report(
          ErrorCode.ROSTER_BLOCK,
          f.get("sectors"),
          item.itemId,
          "roster sectors is empty; name 1 to 3 of hospital, institution, company");
    }
    for (Node n : sectorNodes == null ? List.<Node>of() : sectorNodes) {
      Sector sector =
          n instanceof ScalarNode s ? Sector.fromFileName(s.getValue()).orElse(null) : null;
      if (sector == null) {
        nodes.report(
            ErrorCode.INVALID_SECTOR,
            n,
            item.itemId,
            "roster sector "
                + (n instanceof ScalarNode s ? "'" + s.getValue() + "'" : YamlNodes.kind(n))
                + " is not one of "
                + String.join(", ", Arrays.stream(Sector.values()).map(Sector::fileName).toList()));
      } else {
        sectors.add(new Located<>(sector, nodes.at(n)));
      }
    }
    Integer max = f.integer("max", true);
    List<ItemDraft> ties = new ArrayList<>();
    List<Node> tieNodes = f.list("ties", false);
    for (Node n : tieNodes == null ? List.<Node>of() : tieNodes) {
      ItemDraft tie = itemReader.apply(n);
      if (tie != null) {
        ties.add(tie);
      }
    }
    return new RosterDraft(
        sectors,
        max == null ? null : new Located<>(max, nodes.at(f.get("max"))),
        f.flag("other"),
        ties,
        nodes.at(node));
  }
}
