package org.tripart.interop.redcap;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/**
 * Fuzzes the REDCap importers: a data dictionary, and a record export read under the instrument
 * imported from the dictionary Tripart writes for {@code convert-small.yaml} (checkbox, radio with
 * a missing code, integer).
 */
class RedcapFuzzTest {
  private static final Instrument SMALL =
      new RedcapDictionary()
          .read(
              RedcapExport.dictionary(
                      InstrumentReader.readResource("org/tripart/cli/convert-small.yaml"))
                  .text()
                  .getBytes(StandardCharsets.UTF_8),
              "convert-small.csv")
          .instrument();

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyDictionaryIsImportedOrRefused(byte[] data) {
    FuzzContract.holds(() -> RedcapDictionary.importer().read(data, "fuzz.csv"));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyRecordsExportIsImportedOrRefused(byte[] data) {
    FuzzContract.holds(() -> RedcapRecords.importer().read(SMALL, data, "fuzz.csv"));
  }
}
