package org.tripart.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tripart.audit.Audit;
import org.tripart.audit.AuditReport;
import org.tripart.audit.Finding;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.report.Align;
import org.tripart.report.Block;
import org.tripart.report.Document;
import org.tripart.report.Format;
import org.tripart.report.Table;
import org.tripart.report.publish.NetworkSummary;
import org.tripart.stats.design.CiMethod;
import org.tripart.study.DesignReplication;
import org.tripart.study.DesignedFigure;
import org.tripart.study.ReplicatedFigure;
import org.tripart.study.Replication;
import org.tripart.study.ReplicationReport;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.study.StudyGroup;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The newcomer's tour: the bundled study replicated and audited, and an HTML report written whose
 * tables add design-based intervals (clinicians clustered by hospital within hospital tiers, as
 * {@code replicate --design clustered}) beside the Wilson ones; the terminal shows the Wilson
 * tables only.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Show the bundled national AI-collaboration study: its Tables 1-10 recomputed from"
          + " (SYNTHETIC) respondent-level data beside the published figures, the consistency"
          + " audit of the paper, and where the HTML report was written (its tables add"
          + " design-based intervals with clinicians clustered by hospital, as 'replicate"
          + " --design clustered'); then start the web"
          + " server with the study and its SYNTHETIC responses, and print its address, where"
          + " the admin token is, and a respondent link to open.",
      "The demo keeps its own store (data/demo/), apart from 'tripart serve'."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--report",
      defaultValue = "out/national-ai-report.html",
      paramLabel = "FILE",
      description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(
      names = "--no-serve",
      description = "Only print the tables and the audit and write the report; start no server.")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "7070",
      paramLabel = "N",
      description = "Port of the demo server; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data",
      defaultValue = "data/demo",
      paramLabel = "DIR",
      description =
          "Folder of the demo server's SQLite store, admin token and secret (default:"
              + " ${DEFAULT-VALUE}).")
  Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    Study study = Study.nationalAi();
    StudyData data = StudyData.synthesize(study);
    List<ReplicatedFigure> figures = Replication.run(data);
    Document replication =
        ReplicationReport.display(study, ReplicateCommand.provenance(data), figures);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (StudyGroup g : study.groups()) {
      sizes.put(g.id(), g.respondents());
    }
    List<Finding> findings = Audit.run(Replication.tables(study), sizes);
    List<DesignedFigure> designed = DesignReplication.run(data, figures, true, CiMethod.LOGIT);
    Document withDesign =
        ReplicationReport.display(study, ReplicateCommand.provenance(data), figures, designed);

    var out = spec.commandLine().getOut();
    out.print(Format.TEXT.render(replication));
    out.println("Consistency audit of the published tables");
    out.println("=========================================");
    out.println();
    out.print(AuditReport.text(findings));
    out.println();
    NetworkSource networkSource = NetworkSource.of(data);
    ResponseNetwork.Result network =
        ResponseNetwork.build(networkSource.groups(), networkSource.registers());
    NetworkMetrics networkMetrics = NetworkMetrics.of(network.network());
    out.println("Collaboration network (SYNTHETIC)");
    out.println("=================================");
    out.println();
    out.println(NetworkSummary.sentences(networkMetrics, network.inputs()));
    out.println("(./tripart network for every measure, --format graphml for Gephi)");
    out.println();

    Document.Builder full = Document.builder(withDesign.title());
    for (Block b : withDesign.blocks()) {
      if (b instanceof Block.Banner x) {
        full.banner(x.text());
      } else if (b instanceof Block.Heading x) {
        full.heading(x.level(), x.text());
      } else if (b instanceof Block.Paragraph x) {
        full.paragraph(x.text());
      } else if (b instanceof Block.TableBlock x) {
        full.table(x.table());
      }
    }
    full.heading(1, "Consistency audit of the published tables");
    Table.Builder t =
        Table.builder("")
            .column("Group", Align.LEFT)
            .column("Item", Align.LEFT)
            .column("Finding", Align.LEFT)
            .column("Detail", Align.LEFT);
    for (Finding f : findings) {
      t.row(f.group(), f.item(), f.kind().csvName(), f.detail());
    }
    full.table(t.build());
    full.heading(1, "Collaboration network (SYNTHETIC)");
    full.paragraph(NetworkSummary.sentences(networkMetrics, network.inputs()));
    full.table(
        NetworkSummary.table(
            "Collaboration network statistics",
            networkMetrics,
            network.inputs(),
            networkSource.name()));
    FormatOption.writeAtomically(report, Format.HTML.render(full.build()));
    out.println("HTML report written to " + report.toAbsolutePath().normalize());
    out.println(
        "Next: ./tripart replicate --format csv, ./tripart network, ./tripart study out/study"
            + " --data, ./tripart --help");
    out.flush();
    if (noServe) {
      return 0;
    }
    out.println();
    out.println("Starting the web server with the study and its SYNTHETIC responses...");
    out.flush();
    TripartServer server =
        TripartServer.start(
            ServerConfig.defaults()
                .withDb(dataDir.resolve("tripart.sqlite").toString())
                .withPort(port)
                .withDataDir(dataDir)
                .withDemo(true));
    ServeCommand.runUntilStopped(server, out);
    return 0;
  }
}
