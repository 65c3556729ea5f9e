package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.NodeMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.network.SectorMixing;
import org.tripart.network.Tie;
import org.tripart.network.UnmatchedPartner;
import org.tripart.network.ViewerNetwork;

/**
 * The network page's data as JSON, for {@code network.js} and the API: what the caller may see
 * ({@link NetworkData.View}) and nothing else: nodes with their measures, ties with weight,
 * reciprocity and kinds, the summary, the sector mixing, the province flows and, for a viewer, the
 * suppressed flows or, for a caller who sees all, the typed-in partners. Numbers unrounded; a
 * measure that is not defined (closeness of an isolate, E-I without ties) is null. Stateless.
 */
final class NetworkJson {
  private NetworkJson() {}

  /**
   * @param limit draw at most this many nodes, those of highest degree (then in node order), and
   *     the ties among them; 0 for all
   */
  static ObjectNode of(NetworkData.View v, String study, String lang, int limit) {
    ObjectNode out = ChartModels.JSON.createObjectNode();
    NetworkMetrics m = v.metrics();
    out.put("study", study).put("lang", lang).put("synthetic", v.synthetic());
    out.put("access", v.all() ? "all" : "viewer").put("suppressionThreshold", v.threshold());
    out.set("summary", summary(v));
    labels(out, v, lang);
    Set<String> drawn = drawn(m, limit);
    ArrayNode nodes = out.putArray("nodes");
    for (NodeMetrics n : m.nodes()) {
      if (!drawn.contains(n.organisation().id())) {
        continue;
      }
      ObjectNode node = nodes.addObject();
      node.put("id", n.organisation().id()).put("name", v.name(n.organisation().id(), lang));
      node.put("sector", n.organisation().sector().fileName());
      node.put("province", n.organisation().provinceCode());
      node.put("tier", n.organisation().tier().fileName());
      node.put("degree", n.degree()).put("strength", n.strength());
      number(node, "betweenness", n.betweenness());
      number(node, "closeness", n.closeness());
      node.put("coreness", n.coreness()).put("component", n.component());
    }
    ArrayNode edges = out.putArray("edges");
    for (Tie t : m.network().ties()) {
      if (!drawn.contains(t.source()) || !drawn.contains(t.target())) {
        continue;
      }
      ObjectNode e = edges.addObject().put("source", t.source()).put("target", t.target());
      e.put("weight", t.weight()).put("reciprocated", t.reciprocated());
      ObjectNode kinds = e.putObject("kinds");
      t.kinds().forEach(kinds::put);
    }
    out.putObject("drawn").put("nodes", drawn.size()).put("of", m.network().size());
    out.set("sectors", sectors(m));
    out.set("mixing", mixing(m.mixing()));
    flows(out, v);
    if (!v.all()) {
      ArrayNode s = out.putArray("suppressed");
      for (ViewerNetwork.SuppressedFlow f : v.suppressed()) {
        s.addObject()
            .put("provinceA", f.provinceA())
            .put("sectorA", f.sectorA().fileName())
            .put("provinceB", f.provinceB())
            .put("sectorB", f.sectorB().fileName())
            .put("ties", f.ties());
      }
    } else {
      ArrayNode u = out.putArray("unmatched");
      for (UnmatchedPartner p : v.unmatched()) {
        u.addObject().put("organisation", p.ego()).put("text", p.text());
      }
    }
    return out;
  }

  /** The ids of the nodes drawn: all, or the {@code limit} of highest degree. */
  static Set<String> drawn(NetworkMetrics m, int limit) {
    Set<String> ids = new HashSet<>();
    if (limit <= 0 || limit >= m.nodes().size()) {
      m.nodes().forEach(n -> ids.add(n.organisation().id()));
      return ids;
    }
    m.nodes().stream()
        .sorted(Comparator.comparingInt(NodeMetrics::degree).reversed())
        .limit(limit)
        .forEach(n -> ids.add(n.organisation().id()));
    return ids;
  }

  private static ObjectNode summary(NetworkData.View v) {
    NetworkMetrics m = v.metrics();
    ObjectNode s = ChartModels.JSON.createObjectNode();
    s.put("organisations", m.network().size()).put("ties", m.network().ties().size());
    s.put("reciprocated", m.network().ties().stream().filter(Tie::reciprocated).count());
    s.put("components", m.componentCount());
    s.put("largestComponent", m.componentSizes().isEmpty() ? 0 : m.componentSizes().get(0));
    s.put("closedTriads", m.triads().closed()).put("openTriads", m.triads().open());
    number(s, "eiIndex", m.mixing().eiIndex());
    if (v.all()) {
      ResponseNetwork.Inputs in = v.inputs();
      s.put("respondents", in.respondents()).put("asked", in.asked()).put("naming", in.naming());
      s.put("listedPartners", in.listedPartners()).put("typedPartners", in.typedPartners());
      s.put("unplacedPartners", in.unplacedPartners());
    } else {
      s.put("suppressedTies", v.suppressedTies());
    }
    return s;
  }

  private static void labels(ObjectNode out, NetworkData.View v, String lang) {
    ObjectNode sectors = out.putObject("sectorNames");
    for (Sector s : Sector.values()) {
      sectors.put(s.fileName(), NetworkTexts.sector(s, lang));
    }
    ObjectNode tiers = out.putObject("tierNames");
    for (Tier t : Tier.values()) {
      tiers.put(t.fileName(), NetworkTexts.tier(t, lang));
    }
    ObjectNode provinces = out.putObject("provinceNames");
    for (Province p : Provinces.all()) {
      provinces.put(p.code(), "zh".equals(lang) ? p.nameZh() : p.nameEn());
    }
    ObjectNode kinds = out.putObject("kindNames");
    for (Map.Entry<String, LocalizedText> k : v.kinds().entrySet()) {
      String label = k.getValue().in(lang);
      kinds.put(k.getKey(), label.isEmpty() ? k.getKey() : label);
    }
  }

  private static ArrayNode sectors(NetworkMetrics m) {
    SectorMixing mix = m.mixing();
    ArrayNode out = ChartModels.JSON.createArrayNode();
    for (Sector s : Sector.values()) {
      long across = 0;
      for (Sector o : Sector.values()) {
        across += o == s ? 0 : mix.ties(s, o);
      }
      ObjectNode row = out.addObject().put("sector", s.fileName());
      row.put("organisations", mix.nodes(s)).put("tiesWithin", mix.ties(s, s));
      row.put("tiesAcross", across);
      number(row, "eiIndex", mix.eiIndex(s));
    }
    return out;
  }

  private static ObjectNode mixing(SectorMixing mix) {
    ObjectNode out = ChartModels.JSON.createObjectNode();
    ArrayNode names = out.putArray("sectors");
    ArrayNode ties = out.putArray("ties");
    ArrayNode density = out.putArray("density");
    for (Sector a : Sector.values()) {
      names.add(a.fileName());
      ArrayNode t = ties.addArray();
      ArrayNode d = density.addArray();
      for (Sector b : Sector.values()) {
        t.add(mix.ties(a, b));
        double x = mix.density(a, b);
        if (Double.isNaN(x)) {
          d.addNull();
        } else {
          d.add(x);
        }
      }
    }
    return out;
  }

  private static void flows(ObjectNode out, NetworkData.View v) {
    ObjectNode f = out.putObject("provinceFlows");
    ArrayNode codes = f.putArray("provinces");
    Provinces.all().forEach(p -> codes.add(p.code()));
    ArrayNode rows = f.putArray("ties");
    for (long[] row : v.provinceFlows()) {
      ArrayNode r = rows.addArray();
      for (long n : row) {
        r.add(n);
      }
    }
    f.put("unplaced", v.unplacedFlows());
  }

  static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
