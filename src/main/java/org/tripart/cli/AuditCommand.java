package org.tripart.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tripart.audit.Audit;
import org.tripart.audit.AuditReport;
import org.tripart.audit.Finding;
import org.tripart.audit.PublishedRow;
import org.tripart.audit.PublishedTable;
import org.tripart.study.Study;
import org.tripart.study.StudyGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a table of published percentages for internal inconsistencies. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit a table of published percentages (the layout of the study's published-tables.csv:"
          + " table,group,item,item_label,kind,option,option_label,table_pct,text_pct,note).",
      "Reports single-choice blocks that do not sum to 100%% within rounding, percentages that no"
          + " whole number of respondents out of the group size can give (a GRIM-style check),"
          + " and rows where the table and the narrative disagree."
    })
public final class AuditCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The published table (CSV).")
  Path file;

  @Option(
      names = "--group-size",
      paramLabel = "GROUP=N",
      description =
          "Respondents in a group, for the granularity check (repeatable). Defaults to the"
              + " bundled study's group sizes (clinician=5142, research=120).")
  Map<String, Integer> groupSizes = new LinkedHashMap<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: text or csv (columns group,item,finding,detail).",
      defaultValue = "text")
  String format;

  @Option(
      names = "--fail-on-findings",
      description = "Exit with status 4 when anything is found (for scripts and CI).")
  boolean failOnFindings;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("csv")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "'" + format + "' is not a format of audit; expected text or csv");
    }
    List<PublishedRow> rows = PublishedTable.read(file);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (StudyGroup g : Study.nationalAi().groups()) {
      sizes.put(g.id(), g.respondents());
    }
    sizes.putAll(groupSizes);
    List<Finding> findings = Audit.run(rows, sizes);
    var out = spec.commandLine().getOut();
    out.print(format.equals("csv") ? AuditReport.csv(findings) : AuditReport.text(findings));
    out.flush();
    return failOnFindings && !findings.isEmpty() ? 4 : 0;
  }
}
