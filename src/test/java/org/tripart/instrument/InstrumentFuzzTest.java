package org.tripart.instrument;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;

/**
 * Fuzzes the questionnaire reader: any YAML is read or refused with a TRP- error. Seeds in {@code
 * InstrumentFuzzTestInputs/}; see RELIABILITY.md for the command that fuzzes it.
 */
class InstrumentFuzzTest {
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyYamlIsReadOrRefused(byte[] data) {
    FuzzContract.holds(
        () -> InstrumentReader.read(new StringReader(FuzzContract.text(data)), "fuzz.yaml"));
  }
}
