package org.tripart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.store.Store;
import org.tripart.store.StoredDatasets;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredResponse;
import org.tripart.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The final responses of one study group as stored by the server, with the group's current
 * (highest-version) instrument, for {@code analyze --db}: the same dataset the server's analysis
 * API and dashboard analyse. Changes no response; like {@code serve}, it brings an older store's
 * schema up to date first. An SQLite path that does not exist is refused rather than created.
 *
 * @param source how the report names where the responses came from
 */
record StoredResponses(Instrument instrument, Dataset data, String source) {

  static StoredResponses read(String db, String study, String group, CommandLine cl) {
    if (study == null || group == null) {
      throw new ParameterException(cl, "--db needs --study ID and --group GROUP");
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
      Optional<StoredInstrument> current = store.currentInstrument(study, group);
      if (current.isEmpty()) {
        TreeSet<String> groups = new TreeSet<>();
        store.instruments(study).forEach(i -> groups.add(i.group()));
        throw new ParameterException(
            cl, "--group " + group + ": study " + study + " has no such group; it has " + groups);
      }
      Instrument instrument = current.get().parse();
      Dataset data;
      try (Stream<StoredResponse> responses = store.finalResponses(study, group)) {
        data = StoredDatasets.build(instrument, responses);
      }
      return new StoredResponses(instrument, data, study + "/" + group + " in " + redact(db));
    }
  }

  private static String redact(String db) {
    return db.replaceAll("password=[^&]*", "password=***");
  }
}
