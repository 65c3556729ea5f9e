package org.tripart.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.synth.SynthesisResult;
import org.tripart.synth.SynthesisSpec;
import org.tripart.synth.Synthesizer;
import org.tripart.synth.Target;
import org.tripart.synth.TargetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates synthetic respondents whose marginals match a table of targets. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Generate SYNTHETIC respondent-level data for any instrument whose percentages match a"
          + " table of targets. Deterministic for a given seed. Every respondent id starts with"
          + " SYNTHETIC- so the data can never pass for real responses.",
      "",
      "Targets CSV: item,option,pct[,by_item,by_option]. pct is a percentage of the respondents"
          + " to whom the item applies (skip logic) and who answer it, written with the decimals"
          + " it must be reproduced to (47, 0.8, 16.5). by_item/by_option make it a percentage"
          + " within a subgroup (e.g. translation_department,yes,27,hospital_tier,tertiary)."
          + " Special options: .missing (share left blank), .mean and .sd (numeric items)."
    })
public final class SynthCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--instrument",
      required = true,
      paramLabel = "FILE",
      description = "Instrument YAML.")
  Path instrument;

  @Option(
      names = "--targets",
      paramLabel = "FILE",
      description = "Targets CSV (default: none, uniform answers).")
  Path targets;

  @Option(
      names = "--respondents",
      required = true,
      paramLabel = "N",
      description = "Respondents to generate.")
  int respondents;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--institutions",
      defaultValue = "0",
      paramLabel = "K",
      description = "Distinct institutions for the instrument's institution item (default: none).")
  int institutions;

  @Option(
      names = "--distinct",
      paramLabel = "ITEM=K",
      description = "Make ITEM take exactly K distinct values, e.g. province=19 (repeatable).")
  Map<String, Integer> distinct = new LinkedHashMap<>();

  @Option(
      names = "--invited",
      defaultValue = "0",
      paramLabel = "N",
      description = "Invitations sent (>= respondents); the rest are non-respondents.")
  int invited;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Responses CSV to write.")
  Path out;

  @Option(
      names = "--register-out",
      paramLabel = "FILE",
      description = "Write the institution register here.")
  Path registerOut;

  @Option(
      names = "--invitations-out",
      paramLabel = "FILE",
      description = "Write the invitations here.")
  Path invitationsOut;

  @Override
  public Integer call() {
    Instrument inst = InstrumentReader.read(instrument);
    List<Target> t = targets == null ? List.of() : TargetTable.read(targets);
    String prefix = "SYNTHETIC-" + inst.group().toUpperCase(java.util.Locale.ROOT) + "-";
    SynthesisResult result =
        Synthesizer.generate(
            new SynthesisSpec(inst, t, respondents, seed, institutions, distinct, invited, prefix));
    SynthesisFiles.write(result, out, registerOut, invitationsOut);
    var err = spec.commandLine().getErr();
    for (String w : result.warnings()) {
      err.println("warning: " + w);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d SYNTHETIC respondents of '%s' to %s%n",
            result.dataset().size(), inst.id(), out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
