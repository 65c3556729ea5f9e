package org.tripart.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkFormatsTest {
  private final NetworkMetrics mixed = NetworkMetrics.of(ReferenceGraphs.network("mixed"));
  private final Map<String, Map<String, String>> expected = ReferenceGraphs.expectedNodes("mixed");

  @Test
  void graphmlCarriesTheIgraphMeasuresOnEveryNodeAndWeightOnEveryEdge() throws Exception {
    StringWriter out = new StringWriter();
    NetworkFormats.graphml(mixed, out);
    Document doc = parse(out.toString());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
    Map<String, String> keyFor = new HashMap<>();
    NodeList keys = doc.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      keyFor.put(
          k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
    }
    assertThat(keyFor)
        .containsEntry("node:sector", "string")
        .containsEntry("node:province", "string")
        .containsEntry("node:degree", "int")
        .containsEntry("node:betweenness", "double")
        .containsEntry("edge:weight", "int")
        .containsEntry("edge:reciprocated", "boolean");
    NodeList nodes = doc.getElementsByTagNameNS("*", "node");
    assertThat(nodes.getLength()).isEqualTo(50);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      Map<String, String> data = data(n);
      Map<String, String> r = expected.get(n.getAttribute("id"));
      assertThat(Double.parseDouble(data.get("betweenness")))
          .isCloseTo(Double.parseDouble(r.get("betweenness")), within(1e-9));
      assertThat(data.get("degree")).isEqualTo(r.get("degree"));
      if (r.get("closeness").equals("NaN")) {
        assertThat(data).doesNotContainKey("closeness");
      }
    }
    NodeList edges = doc.getElementsByTagNameNS("*", "edge");
    assertThat(edges.getLength()).isEqualTo(158);
    long weights = 0;
    long reciprocated = 0;
    for (int i = 0; i < edges.getLength(); i++) {
      Map<String, String> data = data((Element) edges.item(i));
      weights += Long.parseLong(data.get("weight"));
      reciprocated += Boolean.parseBoolean(data.get("reciprocated")) ? 1 : 0;
    }
    assertThat(weights).isEqualTo(184);
    assertThat(reciprocated).isEqualTo(18);
  }

  @Test
  void gexfIsVersion12WithNodeAttributesAndEdgeWeights() throws Exception {
    StringWriter out = new StringWriter();
    NetworkFormats.gexf(mixed, out);
    Document doc = parse(out.toString());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.gexf.net/1.2draft");
    assertThat(root.getAttribute("version")).isEqualTo("1.2");
    Element h01 = (Element) doc.getElementsByTagNameNS("*", "node").item(0);
    assertThat(h01.getAttribute("id")).isEqualTo("H01");
    assertThat(h01.getAttribute("label")).isEqualTo("SYNTHETIC hospital 1");
    Map<String, String> values = new HashMap<>();
    NodeList att = h01.getElementsByTagNameNS("*", "attvalue");
    for (int i = 0; i < att.getLength(); i++) {
      Element a = (Element) att.item(i);
      values.put(a.getAttribute("for"), a.getAttribute("value"));
    }
    assertThat(values).containsEntry("sector", "hospital").containsEntry("degree", "13");
    assertThat(Double.parseDouble(values.get("betweenness")))
        .isCloseTo(Double.parseDouble(expected.get("H01").get("betweenness")), within(1e-9));
    NodeList edges = doc.getElementsByTagNameNS("*", "edge");
    long weights = 0;
    for (int i = 0; i < edges.getLength(); i++) {
      weights += Long.parseLong(((Element) edges.item(i)).getAttribute("weight"));
    }
    assertThat(weights).isEqualTo(184);
  }

  @Test
  void nodeCsvHasTheAgreedColumnsInOrder() {
    StringWriter out = new StringWriter();
    NetworkFormats.nodeCsv(NetworkMetrics.of(ReferenceGraphs.network("five")), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0))
        .startsWith("node,sector,province,degree,betweenness,tier,strength,closeness,coreness,")
        .contains("coordinator,gatekeeper,representative,consultant,liaison");
    assertThat(lines.get(1))
        .isEqualTo("H1,hospital,11,3,3,tertiary,5,0.2,2,0,0,2,0,0,0,SYNTHETIC hospital 1");
    assertThat(lines.get(5)).startsWith("C2,company,,2,0,other,2,0.14285714285714285,2,");
  }

  @Test
  void edgeCsvHasOneRowPerTieWithKindCounts() {
    StringWriter out = new StringWriter();
    NetworkFormats.edgeCsv(ReferenceGraphs.network("five"), out);
    assertThat(out.toString().lines())
        .containsExactly(
            "source,target,weight,reciprocated,kinds",
            "H1,H2,2,false,",
            "H1,I1,2,true,data_sharing:2",
            "H1,C1,1,false,joint_project:1",
            "I1,C1,1,false,annotation:1",
            "I1,C2,1,false,",
            "C1,C2,1,false,deployment:1");
  }

  private static Map<String, String> data(Element e) {
    Map<String, String> result = new HashMap<>();
    NodeList data = e.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      result.put(d.getAttribute("key"), d.getTextContent());
    }
    return result;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
