package org.tripart.cli;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tripart.network.NetworkFormats;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.report.Format;
import org.tripart.report.NetworkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Draws the collaboration network the partner rosters name, and reports its statistics. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "The collaboration network of partner rosters: organisations as nodes, the ties respondents"
          + " named as edges (weighted by the respondents who named them, reciprocated when both"
          + " ends named each other), with mixing by sector, degree, betweenness, closeness,"
          + " k-cores, brokerage roles, tripartite triads and province and tier flows.",
      "Reads responses CSVs (each with its instrument and the ties file beside it,"
          + " NAME-ties.csv) over the registers given, a store's study (--db), or, given"
          + " neither, the bundled study's SYNTHETIC data."
    })
public final class NetworkCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--responses",
      paramLabel = "FILE.csv",
      description =
          "A group's responses (repeatable); its ties file NAME-ties.csv must be beside it.")
  List<Path> responses = new ArrayList<>();

  @Option(
      names = "--instrument",
      paramLabel = "FILE.yaml",
      description = "The instrument of each --responses file, in the same order.")
  List<Path> instruments = new ArrayList<>();

  @Option(
      names = "--registers",
      paramLabel = "FILE.csv",
      description =
          "A register of organisations in the register layout (repeatable: hospitals,"
              + " institutions, companies).")
  List<Path> registers = new ArrayList<>();

  @Option(
      names = "--db",
      paramLabel = "PATH|JDBC_URL",
      description = "A Tripart store: an SQLite file or a jdbc:postgresql: URL.")
  String db;

  @Option(names = "--study", paramLabel = "ID", description = "The study in the store (--db).")
  String study;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text, md or html (the report), csv (one row per node), graphml or gexf (the network,"
              + " for igraph, Gephi or Cytoscape); default text.",
      defaultValue = "text")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (written whole or not at all).")
  Path output;

  @Option(
      names = "--edges",
      paramLabel = "FILE.csv",
      description = "Also write the ties as CSV (source,target,weight,reciprocated,kinds).")
  Path edges;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for betweenness and closeness (default: the processors, at most 8).")
  Integer threads;

  @Override
  public Integer call() {
    var cl = spec.commandLine();
    String f = format.toLowerCase(Locale.ROOT);
    List<String> formats = List.of("text", "md", "html", "csv", "graphml", "gexf");
    if (!formats.contains(f)) {
      throw new ParameterException(
          cl, "'" + format + "' is not a format of network; expected one of " + formats);
    }
    int n = threads == null ? Math.min(8, Runtime.getRuntime().availableProcessors()) : threads;
    if (n < 1) {
      throw new ParameterException(cl, "--threads must be at least 1, not " + n);
    }
    NetworkSource source = NetworkSource.select(responses, instruments, registers, db, study, cl);
    ResponseNetwork.Result result = ResponseNetwork.build(source.groups(), source.registers());
    NetworkMetrics metrics = NetworkMetrics.of(result.network(), n);
    String text =
        switch (f) {
          case "graphml" -> write(out -> NetworkFormats.graphml(metrics, out));
          case "gexf" -> write(out -> NetworkFormats.gexf(metrics, out));
          case "csv" -> write(out -> NetworkFormats.nodeCsv(metrics, out));
          default ->
              Format.valueOf(f.toUpperCase(Locale.ROOT))
                  .render(NetworkReport.document(metrics, result.inputs(), source.name()));
        };
    if (edges != null) {
      FormatOption.writeAtomically(
          edges, write(out -> NetworkFormats.edgeCsv(result.network(), out)));
    }
    if (output == null) {
      cl.getOut().print(text);
      cl.getOut().flush();
    } else {
      FormatOption.writeAtomically(output, text);
    }
    return 0;
  }

  private interface Output {
    void to(Writer out);
  }

  private static String write(Output output) {
    StringWriter out = new StringWriter();
    output.to(out);
    return out.toString();
  }
}
