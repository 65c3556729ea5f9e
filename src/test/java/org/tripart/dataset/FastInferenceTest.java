package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;

/** {@link FastInference} infers what commons-csv's reading of the same file does. */
class FastInferenceTest {
  @TempDir Path dir;

  @Test
  void sameItemsAsTheCommonsCsvReading() throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFrecord_id,codes,spaced,whole,many,decimal,expo,text,blank,cb___a,cb___b,w\r\n");
    String[] decimals = {"1.5", "+2.", ".5", "-3.25", "1e3", "2.5E-2"};
    for (int r = 0; r < 60; r++) {
      csv.append("r").append(r).append(',');
      csv.append(r % 3 == 0 ? "" : Integer.toString(r % 4)).append(',');
      csv.append(r % 2 == 0 ? " 7 " : "\t8").append(',');
      csv.append(r % 5 - 2).append(',');
      csv.append(r * 7).append(',');
      csv.append(decimals[r % decimals.length]).append(',');
      csv.append(r % 2 == 0 ? "1e5" : "-2").append(',');
      csv.append(r % 2 == 0 ? "\"caf\u00e9, au lait\"" : "th\u00e9").append(',');
      csv.append(",");
      csv.append(r % 2).append(',');
      csv.append(r % 7 == 0 ? "" : "0").append(',');
      csv.append(10 + r % 3).append(r % 2 == 0 ? "\n" : "\r\n");
      if (r == 30) {
        csv.append("\n");
      }
    }
    assertSame(csv.toString());
  }

  @Test
  void cutIntoRangesTheSameItems() throws IOException {
    StringBuilder csv = new StringBuilder("record_id,a,b,c___x,c___y,d\r\n");
    for (int r = 0; r < 500; r++) {
      csv.append(r)
          .append(',')
          .append(r % 3)
          .append(',')
          .append(r < 400 ? Integer.toString(r % 5) : "2.5")
          .append(',')
          .append(r % 2)
          .append(',')
          .append(r % 7 == 0 ? "" : "1")
          .append(',')
          .append(r < 250 ? "k" + (r % 4) : "k" + (r % 30))
          .append(r % 2 == 0 ? "\n" : "\r\n");
    }
    Path file = write(csv.toString());
    InferenceOptions options = new InferenceOptions(Set.of(), Set.of(), Set.of(), Set.of(), 20);
    for (int parts = 2; parts <= 7; parts++) {
      int p = parts;
      assertThat(outcome(() -> scan(file, options, p)))
          .isEqualTo(outcome(() -> InstrumentInference.inferByCommonsCsv(file, options)));
    }
  }

  @Test
  void aQuotedFileIsNotCut() throws IOException {
    Path file = write("a,b\n1,\"x\n2,3\"\n4,5\n6,7\n8,9\n");
    InferenceOptions options = new InferenceOptions(Set.of(), Set.of(), Set.of(), Set.of(), 20);
    assertThat(scan(file, options, 3)).isNull();
  }

  private static Instrument scan(Path file, InferenceOptions options, int parts) {
    try {
      return ChunkedScan.scan(file, options, Files.size(file), parts);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("f" + text.hashCode() + ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void malformedFilesGetWhatTheyGotBefore() throws IOException {
    assertSame("a,b\n1,2\n3\n");
    assertSame("a,b\n1,x\"y\n");
    assertSame("a,b\n1,\"open\n");
    assertSame("");
  }

  private void assertSame(String text) throws IOException {
    Path file = write(text);
    InferenceOptions options = new InferenceOptions(Set.of("w"), Set.of(), Set.of(), Set.of(), 20);
    Object fast = outcome(() -> FastInference.infer(file, options));
    Object slow = outcome(() -> InstrumentInference.inferByCommonsCsv(file, options));
    assertThat(fast).isEqualTo(slow);
  }

  private static Object outcome(java.util.function.Supplier<Instrument> infer) {
    try {
      List<String> out = new java.util.ArrayList<>();
      for (Item i : infer.get().items()) {
        out.add(i.id() + ":" + i.type() + ":" + i.options().stream().map(o -> o.code()).toList());
      }
      return out;
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
