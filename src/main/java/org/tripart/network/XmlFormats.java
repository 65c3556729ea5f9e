package org.tripart.network;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML and GEXF 1.2 through the JDK's built-in StAX writer ({@link
 * XMLOutputFactory#newDefaultFactory()}, so that no other XML library on the class path is picked
 * up). Stateless.
 */
final class XmlFormats {
  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String GEXF_NS = "http://www.gexf.net/1.2draft";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  private XmlFormats() {}

  static void graphml(NetworkMetrics metrics, Writer out) {
    write(
        out,
        x -> {
          x.writeStartElement("graphml");
          x.writeDefaultNamespace(GRAPHML_NS);
          x.writeNamespace("xsi", XSI_NS);
          x.writeAttribute(
              XSI_NS,
              "schemaLocation",
              GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
          for (NetworkFormats.Column c : NetworkFormats.NODE_ATTRIBUTES) {
            key(x, c.name(), "node", c.kind().graphml);
          }
          key(x, "weight", "edge", "int");
          key(x, "reciprocated", "edge", "boolean");
          key(x, "kinds", "edge", "string");
          x.writeStartElement("graph");
          x.writeAttribute("id", "G");
          x.writeAttribute("edgedefault", "undirected");
          for (NodeMetrics m : metrics.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", m.organisation().id());
            for (NetworkFormats.Column c : NetworkFormats.NODE_ATTRIBUTES) {
              String v = NetworkFormats.text(c.value().apply(m));
              if (!v.isEmpty() || c.kind() == NetworkFormats.Kind.STRING) {
                data(x, c.name(), v);
              }
            }
            x.writeEndElement();
          }
          List<Tie> ties = metrics.network().ties();
          for (int i = 0; i < ties.size(); i++) {
            Tie t = ties.get(i);
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + i);
            x.writeAttribute("source", t.source());
            x.writeAttribute("target", t.target());
            data(x, "weight", Integer.toString(t.weight()));
            data(x, "reciprocated", Boolean.toString(t.reciprocated()));
            data(x, "kinds", NetworkFormats.kinds(t));
            x.writeEndElement();
          }
          x.writeEndElement();
          x.writeEndElement();
        });
  }

  static void gexf(NetworkMetrics metrics, Writer out) {
    write(
        out,
        x -> {
          x.writeStartElement("gexf");
          x.writeDefaultNamespace(GEXF_NS);
          x.writeNamespace("xsi", XSI_NS);
          x.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " " + GEXF_NS + "/gexf.xsd");
          x.writeAttribute("version", "1.2");
          x.writeStartElement("meta");
          x.writeStartElement("creator");
          x.writeCharacters("Tripart");
          x.writeEndElement();
          x.writeEndElement();
          x.writeStartElement("graph");
          x.writeAttribute("mode", "static");
          x.writeAttribute("defaultedgetype", "undirected");
          x.writeStartElement("attributes");
          x.writeAttribute("class", "node");
          for (NetworkFormats.Column c : NetworkFormats.NODE_ATTRIBUTES) {
            attribute(x, c.name(), c.kind().gexf);
          }
          x.writeEndElement();
          x.writeStartElement("attributes");
          x.writeAttribute("class", "edge");
          attribute(x, "reciprocated", "boolean");
          attribute(x, "kinds", "string");
          x.writeEndElement();
          x.writeStartElement("nodes");
          for (NodeMetrics m : metrics.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", m.organisation().id());
            String name = m.organisation().name();
            x.writeAttribute("label", name.isEmpty() ? m.organisation().id() : name);
            x.writeStartElement("attvalues");
            for (NetworkFormats.Column c : NetworkFormats.NODE_ATTRIBUTES) {
              String v = NetworkFormats.text(c.value().apply(m));
              if (!v.isEmpty() || c.kind() == NetworkFormats.Kind.STRING) {
                attvalue(x, c.name(), v);
              }
            }
            x.writeEndElement();
            x.writeEndElement();
          }
          x.writeEndElement();
          x.writeStartElement("edges");
          List<Tie> ties = metrics.network().ties();
          for (int i = 0; i < ties.size(); i++) {
            Tie t = ties.get(i);
            x.writeStartElement("edge");
            x.writeAttribute("id", Integer.toString(i));
            x.writeAttribute("source", t.source());
            x.writeAttribute("target", t.target());
            x.writeAttribute("weight", Integer.toString(t.weight()));
            x.writeStartElement("attvalues");
            attvalue(x, "reciprocated", Boolean.toString(t.reciprocated()));
            attvalue(x, "kinds", NetworkFormats.kinds(t));
            x.writeEndElement();
            x.writeEndElement();
          }
          x.writeEndElement();
          x.writeEndElement();
          x.writeEndElement();
        });
  }

  private interface Body {
    void write(XMLStreamWriter x) throws XMLStreamException;
  }

  private static void write(Writer out, Body body) {
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      body.write(x);
      x.writeEndDocument();
      x.flush();
      x.close();
      out.flush();
    } catch (XMLStreamException | java.io.IOException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }
  }

  private static void key(XMLStreamWriter x, String name, String forWhat, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", name);
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void attribute(XMLStreamWriter x, String id, String type)
      throws XMLStreamException {
    x.writeEmptyElement("attribute");
    x.writeAttribute("id", id);
    x.writeAttribute("title", id);
    x.writeAttribute("type", type);
  }

  private static void attvalue(XMLStreamWriter x, String id, String value)
      throws XMLStreamException {
    x.writeEmptyElement("attvalue");
    x.writeAttribute("for", id);
    x.writeAttribute("value", value);
  }
}
