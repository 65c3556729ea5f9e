package org.tripart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.dataset.TiesCsv;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.fieldwork.RegisterCsv;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.network.ResponseNetwork;
import org.tripart.store.Organisations;
import org.tripart.store.Store;
import org.tripart.store.StoredDatasets;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredResponse;
import org.tripart.store.Stores;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.study.SyntheticRegisters;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What {@code network} draws: responses CSVs with their instruments, ties files and registers; a
 * store's study; or, given neither, the bundled study's SYNTHETIC data. Immutable.
 *
 * @param groups every group's responses and ties
 * @param registers the organisations the network's nodes come from
 * @param name how the report names the source; starts with {@code SYNTHETIC} for made-up data
 */
record NetworkSource(
    List<ResponseNetwork.Group> groups, OrganisationDirectory registers, String name) {

  static NetworkSource select(
      List<Path> responses,
      List<Path> instruments,
      List<Path> registers,
      String db,
      String study,
      CommandLine cl) {
    if (!responses.isEmpty() && db != null) {
      throw new ParameterException(
          cl, "give either --responses FILE.csv or --db PATH|JDBC_URL, not both");
    }
    if (db != null) {
      if (!instruments.isEmpty() || !registers.isEmpty()) {
        throw new ParameterException(
            cl, "--instrument and --registers go with --responses; with --db the store has them");
      }
      return stored(db, study, cl);
    }
    if (study != null) {
      throw new ParameterException(cl, "--study goes with --db PATH|JDBC_URL");
    }
    if (!responses.isEmpty()) {
      return files(responses, instruments, registers, cl);
    }
    if (!instruments.isEmpty() || !registers.isEmpty()) {
      throw new ParameterException(cl, "--instrument and --registers go with --responses");
    }
    return bundled();
  }

  private static NetworkSource files(
      List<Path> responses, List<Path> instruments, List<Path> registers, CommandLine cl) {
    if (instruments.size() != responses.size()) {
      throw new ParameterException(
          cl,
          "give one --instrument FILE.yaml per --responses FILE.csv, in the same order ("
              + responses.size()
              + " responses, "
              + instruments.size()
              + " instruments)");
    }
    if (registers.isEmpty()) {
      throw new ParameterException(
          cl, "--responses needs --registers FILE.csv (repeatable): the organisations tied");
    }
    List<ResponseNetwork.Group> groups = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      Path file = responses.get(i);
      Instrument instrument = InstrumentReader.read(instruments.get(i));
      CsvDatasetReader.Options options =
          CsvDatasetReader.Options.defaults()
              .withProvenance(file.getFileName().toString())
              .withWarnings(w -> cl.getErr().println("warning: " + w));
      Dataset data = CsvDatasetReader.read(instrument, file, options);
      Ties ties = Ties.none(instrument);
      if (TiesCsv.hasRosters(instrument)) {
        Path tiesFile = TiesCsv.besideResponses(file);
        if (!Files.isRegularFile(tiesFile)) {
          throw new ParameterException(
              cl,
              "--responses "
                  + file
                  + ": instrument "
                  + instrument.id()
                  + " has a partner roster, so its ties file "
                  + tiesFile
                  + " must be beside it");
        }
        ties = TiesCsv.read(instrument, tiesFile, data, options.withProvenance(null));
      }
      groups.add(new ResponseNetwork.Group(instrument.group(), data, ties));
    }
    List<Institution> organisations = new ArrayList<>();
    for (Path r : registers) {
      organisations.addAll(RegisterCsv.read(r));
    }
    OrganisationDirectory directory;
    try {
      directory = new OrganisationDirectory(organisations);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, "--registers: " + e.getMessage());
    }
    boolean synthetic = groups.stream().anyMatch(g -> g.responses().isSynthetic());
    String name =
        (synthetic ? "SYNTHETIC " : "")
            + String.join(", ", responses.stream().map(p -> p.getFileName().toString()).toList());
    return new NetworkSource(groups, directory, name);
  }

  private static NetworkSource stored(String db, String study, CommandLine cl) {
    if (study == null) {
      throw new ParameterException(cl, "--db needs --study ID");
    }
    if (!db.startsWith("jdbc:postgresql:")) {
      Path file = Path.of(db.startsWith("jdbc:sqlite:") ? db.substring(12) : db);
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(cl, "--db " + db + ": there is no store file there");
      }
    }
    try (Store store = Stores.open(db)) {
      if (store.study(study).isEmpty()) {
        throw new ParameterException(cl, "--study " + study + ": the store holds no such study");
      }
      List<ResponseNetwork.Group> groups = new ArrayList<>();
      boolean synthetic = false;
      for (String group :
          store.instruments(study).stream().map(StoredInstrument::group).distinct().toList()) {
        Instrument instrument = store.currentInstrument(study, group).orElseThrow().parse();
        Dataset data;
        Ties ties;
        try (Stream<StoredResponse> all = store.finalResponses(study, group)) {
          data = StoredDatasets.build(instrument, all);
        }
        try (Stream<StoredResponse> all = store.finalResponses(study, group)) {
          ties = StoredDatasets.ties(instrument, all);
        }
        synthetic |= data.isSynthetic();
        groups.add(new ResponseNetwork.Group(group, data, ties));
      }
      String name = (synthetic ? "SYNTHETIC " : "") + study + " in " + redact(db);
      return new NetworkSource(groups, Organisations.of(store, study), name);
    }
  }

  private static NetworkSource bundled() {
    return of(StudyData.synthesize(Study.nationalAi()));
  }

  /** The network of a study's SYNTHETIC data over its SYNTHETIC registers. */
  static NetworkSource of(StudyData data) {
    Study study = data.study();
    List<ResponseNetwork.Group> groups = new ArrayList<>();
    data.groups()
        .forEach(
            (group, result) ->
                groups.add(new ResponseNetwork.Group(group, result.dataset(), result.ties())));
    return new NetworkSource(
        groups,
        new OrganisationDirectory(SyntheticRegisters.all(data)),
        "SYNTHETIC bundled study " + study.id());
  }

  private static String redact(String db) {
    return db.replaceAll("password=[^&]*", "password=***");
  }
}
