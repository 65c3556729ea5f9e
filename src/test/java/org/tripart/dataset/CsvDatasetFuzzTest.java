package org.tripart.dataset;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/**
 * Fuzzes the responses CSV: read under a known instrument, and with the instrument inferred from
 * the file (as {@code analyze} without {@code --instrument} does).
 */
class CsvDatasetFuzzTest {
  private static final Instrument MINI = InstrumentReader.readResource("org/tripart/cli/mini.yaml");
  private static final Path FILE = FuzzContract.folder("csv").resolve("responses.csv");

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyResponsesCsvIsReadOrRefused(byte[] data) {
    FuzzContract.holds(
        () ->
            CsvDatasetReader.read(
                MINI,
                new StringReader(FuzzContract.text(data)),
                "fuzz.csv",
                CsvDatasetReader.Options.defaults()));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyCsvGivesAnInferredInstrumentOrIsRefused(byte[] data) {
    Path file = FuzzContract.write(FILE, data);
    FuzzContract.holds(
        () -> {
          Instrument inferred = InstrumentInference.infer(file, InferenceOptions.defaults());
          CsvDatasetReader.read(inferred, file, CsvDatasetReader.Options.defaults());
        });
  }
}
