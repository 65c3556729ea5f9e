package org.tripart.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the {@code tripart} command line in-process and captures what it prints. */
record CommandLineRun(int exitCode, String out, String err) {
  static CommandLineRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandLineRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The records of a CSV text with a header row, by column name (the commands' CSV output). */
  static java.util.List<org.apache.commons.csv.CSVRecord> records(String csv)
      throws java.io.IOException {
    return org.apache.commons.csv.CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new java.io.StringReader(csv))
        .getRecords();
  }
}
