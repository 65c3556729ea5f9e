package org.tripart.audit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;

/**
 * Fuzzes the published-table CSV that {@code tripart audit} reads, and the audit of what it read.
 */
class PublishedTableFuzzTest {
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyPublishedTableIsReadOrRefused(byte[] data) {
    FuzzContract.holds(
        () ->
            Audit.run(
                PublishedTable.read(new StringReader(FuzzContract.text(data)), "fuzz.csv"),
                Audit.STUDY_GROUP_SIZES));
  }
}
