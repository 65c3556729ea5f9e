package org.tripart.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tripart.TripartException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tripart} command and its subcommands. */
@Command(
    name = "tripart",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Tripart: questionnaires, fieldwork and publication-ready statistics for multi-stakeholder"
          + " health surveys.",
      "",
      "Start with 'tripart demo' to see the bundled national AI-collaboration study."
    },
    subcommands = {
      DemoCommand.class,
      ReplicateCommand.class,
      AuditCommand.class,
      AnalyzeCommand.class,
      ModelCommand.class,
      ExportCommand.class,
      SynthCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      ConvertCommand.class,
      StudyCommand.class,
      BenchmarkCommand.class,
      NetworkCommand.class,
      ServeCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      MigrateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * slf4j-simple's level: the libraries' start-up chatter (pool, migrations, Jetty) is not for a
   * terminal; {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info} brings it back.
   */
  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  public static void main(String[] args) {
    if (System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "warn");
    }
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line and returns the exit code: 0 success, 1 a problem with the input (the
   * message names file, line and item), 2 a usage error, 3 an unexpected failure.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = commandLine(out, err);
    return cl.execute(args);
  }

  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setUsageHelpWidth(100);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof TripartException te) {
            commandLine.getErr().println("tripart: " + te.getMessage());
            return 1;
          }
          if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            commandLine
                .getErr()
                .println("tripart: cannot read or write a file: " + ex.getMessage());
            return 1;
          }
          commandLine.getErr().println("tripart: unexpected failure: " + ex);
          return 3;
        });
    return cl;
  }

  /** Reads the version from the jar manifest, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"tripart " + (v == null ? "(development build)" : v)};
    }
  }
}
