package org.tripart.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks instrument files and reports every problem with file, line and item. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check questionnaire (instrument) YAML files. Every problem is reported with its error"
          + " code, file, line and item; the exit status is 1 when any file has a problem."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Instrument files (YAML).")
  List<Path> files;

  @Override
  public Integer call() {
    int failures = 0;
    for (Path f : files) {
      try {
        Instrument i = InstrumentReader.read(f);
        spec.commandLine()
            .getOut()
            .printf(
                "%s: valid instrument '%s' (group %s, version %d): %d sections, %d items, languages %s%n",
                f,
                i.id(),
                i.group(),
                i.version(),
                i.sections().size(),
                i.items().size(),
                String.join(", ", i.languages()));
      } catch (org.tripart.instrument.InvalidInstrumentException e) {
        failures++;
        for (var p : e.problems()) {
          spec.commandLine().getErr().println(p);
        }
      }
    }
    spec.commandLine().getOut().flush();
    return failures == 0 ? 0 : 1;
  }
}
