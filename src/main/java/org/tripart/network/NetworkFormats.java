package org.tripart.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tripart.CsvCells;

/**
 * Writes a network with its measures as GraphML, GEXF 1.2 (opens in Gephi) and node and edge CSV.
 * Node attributes: {@link #NODE_COLUMNS} after {@code node}; edge attributes: {@code weight} (the
 * respondents who named the tie), {@code reciprocated}, {@code kinds} ({@code code:respondents}
 * separated by {@code ;}). Closeness is left out (GraphML, GEXF) or blank (CSV) for an isolate. The
 * XML goes through the JDK's own StAX writer, never string concatenation. For viewers, write the
 * metrics of {@link ViewerNetwork#network()}. Stateless; the writer is flushed, not closed.
 */
public final class NetworkFormats {
  /** The node CSV's columns, in order. */
  public static final List<String> NODE_COLUMNS;

  /** The edge CSV's columns, in order. */
  public static final List<String> EDGE_COLUMNS =
      List.of("source", "target", "weight", "reciprocated", "kinds");

  /** The value type of a node attribute, with its GraphML and GEXF type names. */
  enum Kind {
    STRING("string", "string"),
    INT("int", "integer"),
    LONG("long", "long"),
    DOUBLE("double", "double");

    final String graphml;
    final String gexf;

    Kind(String graphml, String gexf) {
      this.graphml = graphml;
      this.gexf = gexf;
    }
  }

  record Column(String name, Kind kind, Function<NodeMetrics, Object> value) {}

  /** The node attributes in every format, in order. */
  static final List<Column> NODE_ATTRIBUTES =
      List.of(
          new Column("sector", Kind.STRING, m -> m.organisation().sector().fileName()),
          new Column("province", Kind.STRING, m -> m.organisation().provinceCode()),
          new Column("degree", Kind.INT, NodeMetrics::degree),
          new Column("betweenness", Kind.DOUBLE, NodeMetrics::betweenness),
          new Column("tier", Kind.STRING, m -> m.organisation().tier().fileName()),
          new Column("strength", Kind.LONG, NodeMetrics::strength),
          new Column("closeness", Kind.DOUBLE, NodeMetrics::closeness),
          new Column("coreness", Kind.INT, NodeMetrics::coreness),
          new Column("coordinator", Kind.LONG, m -> m.brokerage().coordinator()),
          new Column("gatekeeper", Kind.LONG, m -> m.brokerage().gatekeeper()),
          new Column("representative", Kind.LONG, m -> m.brokerage().representative()),
          new Column("consultant", Kind.LONG, m -> m.brokerage().consultant()),
          new Column("liaison", Kind.LONG, m -> m.brokerage().liaison()),
          new Column("component", Kind.INT, NodeMetrics::component),
          new Column("name", Kind.STRING, m -> m.organisation().name()));

  static {
    List<String> names = new ArrayList<>();
    names.add("node");
    NODE_ATTRIBUTES.forEach(c -> names.add(c.name()));
    NODE_COLUMNS = List.copyOf(names);
  }

  private NetworkFormats() {}

  /** GraphML: node keys as the node CSV's columns; edge keys weight, reciprocated, kinds. */
  public static void graphml(NetworkMetrics metrics, Writer out) {
    XmlFormats.graphml(metrics, out);
  }

  /**
   * GEXF 1.2 ({@code http://www.gexf.net/1.2draft}): nodes labelled by name with the node
   * attributes, edges with their weight and the edge attributes.
   */
  public static void gexf(NetworkMetrics metrics, Writer out) {
    XmlFormats.gexf(metrics, out);
  }

  /** One row per node, columns {@link #NODE_COLUMNS}. */
  public static void nodeCsv(NetworkMetrics metrics, Writer out) {
    List<List<String>> rows = new ArrayList<>();
    for (NodeMetrics m : metrics.nodes()) {
      List<String> row = new ArrayList<>();
      row.add(m.organisation().id());
      NODE_ATTRIBUTES.forEach(c -> row.add(text(c.value().apply(m))));
      rows.add(row);
    }
    csv(NODE_COLUMNS, rows, out);
  }

  /** One row per tie, columns {@link #EDGE_COLUMNS}. */
  public static void edgeCsv(Network network, Writer out) {
    List<List<String>> rows = new ArrayList<>();
    for (Tie t : network.ties()) {
      rows.add(
          List.of(
              t.source(),
              t.target(),
              Integer.toString(t.weight()),
              Boolean.toString(t.reciprocated()),
              kinds(t)));
    }
    csv(EDGE_COLUMNS, rows, out);
  }

  /**
   * A value as written in every format: numbers with the shortest round-trip digits and never an
   * exponent, whole numbers without a decimal point, NaN as empty.
   */
  static String text(Object value) {
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return "";
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? Long.toString(d.longValue())
          : new BigDecimal(Double.toString(d)).toPlainString();
    }
    return String.valueOf(value);
  }

  static String kinds(Tie t) {
    return t.kinds().entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  private static void csv(List<String> header, List<List<String>> rows, Writer out) {
    try {
      CSVPrinter printer =
          new CSVPrinter(
              out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvCells::text).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
