package org.tripart.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tripart.analysis.DesignPlan;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where the responses of {@code analyze} and {@code model} come from and how they are read: a
 * responses CSV with the items of {@code --instrument} ({@link CsvDatasetReader}) or inferred from
 * its columns in one parallel pass ({@link InferringCsvReader}: the plan's weights and FPCs read as
 * numbers, its clusters as text), or the final responses of a study group in a store ({@code --db},
 * {@link StoredResponses}). Warnings of the CSV reader go to standard error with {@code
 * --instrument}; inferred items have a column each, so their reading has nothing to warn about
 * beyond the columns it was told to leave out. A picocli mixin: filled by picocli, not thread-safe.
 */
final class ResponsesInput {
  private static final String CHECKBOX = "___";
  private static final Set<String> ID_COLUMNS = Set.of("record_id", "respondent_id");

  @Option(
      names = "--instrument",
      paramLabel = "FILE",
      description = "Instrument YAML (default: infer the items from the CSV's columns).")
  Path instrument;

  @Option(
      names = "--responses",
      paramLabel = "FILE.csv",
      description = "Responses CSV (or use --db).")
  Path responses;

  @Option(
      names = "--db",
      paramLabel = "PATH|JDBC_URL",
      description =
          "Read the final responses stored by 'tripart serve' instead of a CSV: an SQLite file or"
              + " jdbc:postgresql://... (with --study and --group); the group's current instrument"
              + " comes from the store.")
  String db;

  @Option(
      names = "--study",
      paramLabel = "ID",
      description = "With --db: the study's id, for example national_ai.")
  String study;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      description = "With --db: the stakeholder group whose responses to analyse.")
  String group;

  @Option(
      names = "--numeric",
      split = ",",
      paramLabel = "COL",
      description = "Without --instrument: read these columns as numbers.")
  List<String> numeric;

  /**
   * What was read.
   *
   * @param source how a report names where the responses came from
   * @param fromStore whether they came from a store ({@code --db})
   */
  record Read(Instrument instrument, Dataset data, String source, boolean fromStore) {}

  /**
   * How to treat the columns of a CSV beyond {@code --numeric} and the plan's design columns.
   *
   * @param ids columns that identify respondents (inferred items only)
   * @param ignored columns to leave out (inferred items only)
   * @param ignoreUnknown with {@code --instrument}: skip columns that are no item
   * @param only null for every column; else the item ids the command reads: with inferred items
   *     every other column (but a respondent id column) is left out unread, a multiple-choice
   *     item's {@code item___code} columns kept with the item
   */
  record Columns(Set<String> ids, Set<String> ignored, boolean ignoreUnknown, Set<String> only) {
    /** Every column, nothing declared. */
    static Columns all() {
      return new Columns(Set.of(), Set.of(), false, null);
    }

    /** Only the columns of these items. */
    static Columns only(Set<String> items) {
      return new Columns(Set.of(), Set.of(), false, Set.copyOf(items));
    }
  }

  /**
   * Reads the responses the options name.
   *
   * @param plan the design plan, or null (no design columns to declare)
   * @throws ParameterException for neither or both of {@code --responses} and {@code --db}, {@code
   *     --study} or {@code --group} without {@code --db}, {@code --instrument} with it
   */
  Read read(CommandLine cl, DesignPlan plan, Columns columns) {
    if ((responses == null) == (db == null)) {
      throw new ParameterException(cl, "give either --responses FILE.csv or --db PATH|JDBC_URL");
    }
    if (db == null && (study != null || group != null)) {
      throw new ParameterException(cl, "--study and --group go with --db");
    }
    if (db != null) {
      if (instrument != null) {
        throw new ParameterException(
            cl, "--instrument: with --db the instrument comes from the store");
      }
      StoredResponses stored = StoredResponses.read(db, study, group, cl);
      return new Read(stored.instrument(), stored.data(), stored.source(), true);
    }
    String source = responses.getFileName().toString();
    CsvDatasetReader.Options options =
        new CsvDatasetReader.Options(
            columns.ignoreUnknown() || instrument == null,
            source,
            w -> {
              if (instrument != null) {
                cl.getErr().println("warning: " + w);
              }
            });
    if (instrument != null) {
      Instrument inst = InstrumentReader.read(instrument);
      return new Read(inst, CsvDatasetReader.read(inst, responses, options), source, false);
    }
    InferringCsvReader.Result inferred =
        InferringCsvReader.read(responses, inference(plan, columns), options);
    return new Read(inferred.instrument(), inferred.dataset(), source, false);
  }

  /**
   * The items a responses CSV without {@code --instrument} will have, from its header alone (an
   * {@code item___code} column counts as {@code item}, respondent id columns as none), so that a
   * command can refuse an unknown item before reading every row (in the header's order); null when
   * the items come from an instrument or a store, or the header cannot be read.
   */
  Set<String> headerItems() {
    if (responses == null || instrument != null) {
      return null;
    }
    List<String> names = header(responses);
    if (names.isEmpty()) {
      return null;
    }
    Set<String> items = new java.util.LinkedHashSet<>();
    for (String name : names) {
      int sep = name.indexOf(CHECKBOX);
      if (!ID_COLUMNS.contains(name)) {
        items.add(sep > 0 ? name.substring(0, sep) : name);
      }
    }
    return items;
  }

  private InferenceOptions inference(DesignPlan plan, Columns columns) {
    Set<String> asNumbers = new HashSet<>(numeric == null ? List.of() : numeric);
    Set<String> asText = new HashSet<>();
    if (plan != null) {
      if (plan.weights() != null) {
        asNumbers.add(plan.weights());
      }
      asNumbers.addAll(plan.fpc());
      if (plan.replicates() != null && plan.replicates().fromColumns()) {
        var pattern = plan.replicates().compiledPattern();
        header(responses).stream().filter(n -> pattern.matcher(n).find()).forEach(asNumbers::add);
      }
      asText.addAll(plan.clusters());
      asText.removeAll(asNumbers);
    }
    Set<String> ignored = new HashSet<>(columns.ignored());
    if (columns.only() != null) {
      for (String name : header(responses)) {
        int sep = name.indexOf(CHECKBOX);
        boolean wanted =
            columns.only().contains(name)
                || (sep > 0 && columns.only().contains(name.substring(0, sep)));
        if (!wanted
            && !ID_COLUMNS.contains(name)
            && !asNumbers.contains(name)
            && !asText.contains(name)
            && !columns.ids().contains(name)) {
          ignored.add(name);
        }
      }
    }
    return new InferenceOptions(
        asNumbers, asText, columns.ids(), ignored, InferenceOptions.DEFAULT_MAX_CODES);
  }

  /**
   * The column names of the CSV's header (a byte order mark dropped), or none when it cannot be
   * read, so that nothing is left out and the reader reports the problem.
   */
  private static List<String> header(Path csv) {
    try (Reader in = Files.newBufferedReader(csv)) {
      Iterator<CSVRecord> records = CSVFormat.DEFAULT.parse(in).iterator();
      List<String> names = new ArrayList<>();
      if (records.hasNext()) {
        for (String name : records.next()) {
          names.add(names.isEmpty() && name.startsWith("\uFEFF") ? name.substring(1) : name);
        }
      }
      if (new HashSet<>(names).size() != names.size()) {
        return List.of();
      }
      return names;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
