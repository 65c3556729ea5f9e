package org.tripart.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.RegisterCsv;
import org.tripart.instrument.Sector;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.study.StudyGroup;
import org.tripart.study.SyntheticRegisters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the bundled study's files, and optionally its synthetic data, to a folder. */
@Command(
    name = "study",
    mixinStandardHelpOptions = true,
    description = {
      "Write the bundled national AI-collaboration study to a folder: its questionnaires"
          + " (clinician.yaml, research.yaml, industry.yaml) to read and edit, the synthesis"
          + " targets, the published tables and DECISIONS.md (every choice made where the paper"
          + " is silent or inconsistent).",
      "With --data, also its SYNTHETIC respondent-level data: one responses CSV per group with"
          + " the ties file of its partner roster beside it (GROUP-responses-SYNTHETIC-ties.csv,"
          + " the SYNTHETIC collaboration network), the hospital register and the invitations, and"
          + " the SYNTHETIC registers of hospitals, research institutions and companies"
          + " (hospitals-register-SYNTHETIC.csv, institutions-register-SYNTHETIC.csv,"
          + " companies-register-SYNTHETIC.csv) in the register layout, ready to import or to"
          + " give tripart network with the responses."
    })
public final class StudyCommand implements Callable<Integer> {
  private static final java.util.Map<Sector, String> REGISTER_FILES =
      java.util.Map.of(
          Sector.HOSPITAL,
          "hospitals",
          Sector.INSTITUTION,
          "institutions",
          Sector.COMPANY,
          "companies");
  private static final java.util.Map<Sector, String> REGISTER_NAMES =
      java.util.Map.of(
          Sector.HOSPITAL,
          "hospitals",
          Sector.INSTITUTION,
          "research institutions",
          Sector.COMPANY,
          "companies");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "Folder to write into (created if needed).")
  Path dir;

  @Option(names = "--data", description = "Also write the study's synthetic data.")
  boolean data;

  @Override
  public Integer call() throws IOException {
    Study study = Study.nationalAi();
    Files.createDirectories(dir);
    List<String> files = new ArrayList<>(List.of("study.yaml", "DECISIONS.md"));
    files.add(study.publishedTables());
    files.add(study.publishedTextFacts());
    for (StudyGroup g : study.groups()) {
      String source = g.instrument().source();
      files.add(source.substring(source.lastIndexOf('/') + 1));
      files.add(g.id() + "-targets.csv");
    }
    var out = spec.commandLine().getOut();
    for (String f : files) {
      try (InputStream in =
          Study.class.getClassLoader().getResourceAsStream(study.resourceDir() + f)) {
        if (in == null) {
          throw new TripartException(
              ErrorCode.IO, study.resourceDir() + f, "bundled file not found");
        }
        FormatOption.writeAtomically(
            dir.resolve(f), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
      out.println("wrote " + dir.resolve(f));
    }
    if (data) {
      StudyData sd = StudyData.synthesize(study);
      for (StudyGroup g : study.groups()) {
        Path responses = dir.resolve(g.id() + "-responses-SYNTHETIC.csv");
        Path register = dir.resolve(g.id() + "-institutions-SYNTHETIC.csv");
        Path invitations = dir.resolve(g.id() + "-invitations-SYNTHETIC.csv");
        Path ties = SynthesisFiles.write(sd.group(g.id()), responses, register, invitations);
        out.println(
            "wrote " + responses + " (" + sd.dataset(g.id()).size() + " SYNTHETIC respondents)");
        if (ties != null) {
          out.println(
              "wrote "
                  + ties
                  + " ("
                  + sd.group(g.id()).ties().size()
                  + " SYNTHETIC partners named by "
                  + sd.group(g.id()).ties().respondents().size()
                  + " respondents)");
        }
      }
      List<Institution> all = SyntheticRegisters.all(sd);
      for (Sector sector : List.of(Sector.HOSPITAL, Sector.INSTITUTION, Sector.COMPANY)) {
        List<Institution> register = all.stream().filter(i -> i.sector() == sector).toList();
        if (!register.isEmpty()) {
          String name = REGISTER_FILES.get(sector) + "-register-SYNTHETIC.csv";
          FormatOption.writeAtomically(dir.resolve(name), RegisterCsv.write(register));
          out.println(
              "wrote "
                  + dir.resolve(name)
                  + " ("
                  + register.size()
                  + " SYNTHETIC "
                  + REGISTER_NAMES.get(sector)
                  + ")");
        }
      }
    }
    out.flush();
    return 0;
  }
}
