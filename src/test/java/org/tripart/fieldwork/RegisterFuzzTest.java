package org.tripart.fieldwork;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;

/**
 * Fuzzes the institution register CSV, as uploaded (a reader) and as a file (bytes, UTF-8 check).
 */
class RegisterFuzzTest {
  private static final Path FILE = FuzzContract.folder("register").resolve("register.csv");

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyRegisterIsReadOrRefused(byte[] data) {
    FuzzContract.holds(
        () -> RegisterCsv.parse(new StringReader(FuzzContract.text(data)), "fuzz.csv"));
    FuzzContract.holds(() -> RegisterCsv.read(FuzzContract.write(FILE, data)));
  }
}
