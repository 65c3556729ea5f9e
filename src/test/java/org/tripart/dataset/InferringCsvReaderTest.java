package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InferringCsvReader} gives what inferring the instrument and then reading the file with it
 * (two passes) gives: the same instrument, the same data set column for column and row for row, the
 * same warnings, or the same error; cut into byte ranges or not.
 */
class InferringCsvReaderTest {
  private static final InferenceOptions DEFAULTS = InferenceOptions.defaults();

  @TempDir Path dir;

  @Test
  void everyCsvFixtureReadsAsInTwoPasses() throws IOException, URISyntaxException {
    Path root = Path.of(InferringCsvReaderTest.class.getResource("/org/tripart").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    List<String> plain = new ArrayList<>();
    for (Path f : files) {
      Object twoPass = twoPass(f, DEFAULTS, true);
      assertThat(outcome(() -> InferringCsvReader.read(f, DEFAULTS, options(true))))
          .as("%s", f)
          .isEqualTo(twoPass);
      for (int parts : new int[] {1, 2, 3, 7}) {
        Object once = onePass(f, DEFAULTS, true, parts);
        if (once != null) {
          assertThat(once).as("%s in %d ranges", f, parts).isEqualTo(twoPass);
          if (parts == 3) {
            plain.add(root.relativize(f).toString());
          }
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(40);
    assertThat(plain)
        .as("fixtures read in one pass")
        .contains(
            "cli/mini.csv",
            "cli/convert-small.csv",
            "stats/design/clinician-hospitals.csv",
            "network/mixed-nominations.csv",
            "dataset/CsvDatasetFuzzTestInputs/anyCsvGivesAnInferredInstrumentOrIsRefused/"
                + "clinician-hospitals-head.csv");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedSayingSoAndHowToSaveIt() throws IOException {
    Path gbk = dir.resolve("gbk.csv");
    Files.write(
        gbk, "record_id,w,q1\nr1,1,是\nr2,2,否\n".getBytes(java.nio.charset.Charset.forName("GBK")));

    assertThatThrownBy(
            () -> InferringCsvReader.read(gbk, DEFAULTS, CsvDatasetReader.Options.defaults()))
        .isInstanceOf(org.tripart.TripartException.class)
        .hasMessageContaining("TRP-0103 " + gbk)
        .hasMessageContaining("is not UTF-8 text")
        .hasMessageContaining("CSV UTF-8");
  }

  @Test
  void aDeclaredColumnMissingFromTheHeaderIsReportedFromTheHeaderOfALargeFile() throws IOException {
    StringBuilder csv = new StringBuilder("record_id,w,q1\n");
    for (int r = 0; r < 200_000; r++) {
      csv.append("r").append(r).append(",1,\"a, b\"\n");
    }
    Path f = dir.resolve("large.csv");
    Files.writeString(f, csv);
    InferenceOptions weights =
        new InferenceOptions(Set.of("weight"), Set.of(), Set.of(), Set.of(), 20);

    assertThatThrownBy(
            () -> InferringCsvReader.read(f, weights, CsvDatasetReader.Options.defaults()))
        .hasMessageContaining("TRP-0101 " + f + ":1: no column 'weight'");
  }

  @Test
  void checkboxesBlanksNumbersTextAndLineEndsInManyRanges() throws IOException {
    Random rnd = new Random(5);
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFrecord_id,site,tier,cb___a,cb___b,cb___c,score,w,note,many,respondent_id,drop\r\n");
    for (int r = 0; r < 3000; r++) {
      csv.append(r % 50 == 0 ? "" : "SYNTHETIC-" + r).append(',');
      csv.append("s").append(r % 7).append(',');
      csv.append(r % 9 == 0 ? "" : Integer.toString(1 + r % 3)).append(',');
      boolean answered = r % 11 != 0;
      for (int o = 0; o < 3; o++) {
        csv.append(answered ? (rnd.nextBoolean() ? "1" : "0") : "").append(',');
      }
      csv.append(r % 13 == 0 ? "" : Integer.toString(rnd.nextInt(400) - 100)).append(',');
      csv.append(String.format(java.util.Locale.ROOT, "%.3f", 1 + rnd.nextDouble() * 40));
      csv.append(',');
      csv.append(r % 4 == 0 ? "caf\u00e9 " + (r % 5) + " ok" : "").append(',');
      csv.append("v").append(r).append(',');
      csv.append(r).append(',');
      csv.append("x");
      csv.append(r % 3 == 0 ? "\r\n" : r % 3 == 1 ? "\n" : "\r");
      if (r == 1000) {
        csv.append("\n\n");
      }
    }
    Path f = write(csv.toString());
    InferenceOptions declared =
        new InferenceOptions(Set.of("w"), Set.of("site"), Set.of(), Set.of("drop"), 20);
    Object twoPass = twoPass(f, declared, true);
    assertThat(twoPass).isInstanceOf(List.class);
    for (int parts = 1; parts <= 9; parts++) {
      assertThat(onePass(f, declared, true, parts)).as("%d ranges", parts).isEqualTo(twoPass);
    }
    Object strict = twoPass(f, declared, false);
    assertThat(strict.toString()).contains("column 'drop' is not an item");
    assertThat(outcome(() -> InferringCsvReader.read(f, declared, options(false))))
        .isEqualTo(strict);
  }

  @Test
  void columnsOfMoreThan255And65535DistinctValues() throws IOException {
    StringBuilder csv = new StringBuilder("id,a,b,c\n");
    for (int r = 0; r < 70_000; r++) {
      csv.append(r).append(",t").append(r % 300).append(",u").append(r).append(',');
      csv.append(r % 2).append('\n');
    }
    Path f = write(csv.toString());
    Object twoPass = twoPass(f, DEFAULTS, true);
    assertThat(onePass(f, DEFAULTS, true, 1)).isEqualTo(twoPass);
    assertThat(onePass(f, DEFAULTS, true, 4)).isEqualTo(twoPass);
  }

  @Test
  void columnsPastTheLookedUpValuesKeepTheirRepeatsLateTextAndLateCodes() throws IOException {
    int distinct = ChunkColumn.HASHED + 1_500;
    StringBuilder csv = new StringBuilder("id,x,y,late,z,caf\n");
    for (int r = 0; r < 3 * distinct; r++) {
      csv.append(r).append(',');
      csv.append(r % distinct).append('.').append(r % 7).append(',');
      csv.append(r % 97 == 0 ? "" : Integer.toString(r % distinct)).append(',');
      csv.append(r == 3 * distinct - 2 ? "n/a" : Integer.toString(r)).append(',');
      csv.append(r % distinct < 10 ? "" : Integer.toString(r % 5)).append(',');
      csv.append(r < distinct ? "c" + r : "caf\u00e9" + (r % 11)).append('\n');
    }
    Path f = write(csv.toString());
    InferenceOptions declared =
        new InferenceOptions(Set.of(), Set.of(), Set.of("id"), Set.of(), 20);
    Object twoPass = twoPass(f, declared, true);
    assertThat(twoPass).isInstanceOf(List.class);
    assertThat(twoPass.toString()).contains("DECIMAL", "TEXT");
    for (int parts : new int[] {1, 2, 5}) {
      assertThat(onePass(f, declared, true, parts)).as("%d ranges", parts).isEqualTo(twoPass);
    }
    Path spaced = write(csv + "999999,1.5,2, 3,1,x\n");
    assertThat(onePass(spaced, declared, true, 1)).isNull();
    assertThat(outcome(() -> InferringCsvReader.read(spaced, declared, options(true))))
        .isEqualTo(twoPass(spaced, declared, true));
  }

  @Test
  void emptyLinesBeforeTheHeaderAndAtTheEnd() throws IOException {
    Path f = write("\n\r\n\nrecord_id,a,b___x,b___y\r\n1,2,1,0\n2,,0,0\n\n3,1,,\n\n");
    Object twoPass = twoPass(f, DEFAULTS, true);
    assertThat(twoPass).isInstanceOf(List.class);
    assertThat(onePass(f, DEFAULTS, true, 1)).isEqualTo(twoPass);
    assertThat(onePass(f, DEFAULTS, true, 3)).isEqualTo(twoPass);
  }

  @Test
  void filesThatAreNotPlainAreReadInTwoPasses() throws IOException {
    String[] texts = {
      "a,b\n1,\"x\"\n2,y\n",
      "a,b\n1, 2\n3,4\n",
      "a,b\n1,2\n3\n",
      "a,b\n1,2,3\n",
      "a,b,c___x\n1,1e999,1\n2,2.5,0\n",
      "a,b\n1,\u3000x\n",
      "a,b\n1,\u00e9\n",
    };
    for (String t : texts) {
      Path f = write(t);
      assertThat(outcome(() -> InferringCsvReader.read(f, DEFAULTS, options(true))))
          .as(t)
          .isEqualTo(twoPass(f, DEFAULTS, true));
    }
    Path quoted = write(texts[0]);
    assertThatThrownBy(() -> InferringCsvReader.onePass(quoted, DEFAULTS, options(true), 1))
        .isInstanceOf(CsvChunk.NotPlain.class);
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "a,b\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(outcome(() -> InferringCsvReader.read(latin1, DEFAULTS, options(true))))
        .isEqualTo(twoPass(latin1, DEFAULTS, true));
    assertThat(twoPass(latin1, DEFAULTS, true).toString()).contains("is not UTF-8 text");
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("f" + Integer.toHexString(text.hashCode()) + ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final List<String> WARNINGS = new ArrayList<>();

  private static CsvDatasetReader.Options options(boolean ignoreUnknown) {
    WARNINGS.clear();
    return new CsvDatasetReader.Options(ignoreUnknown, null, WARNINGS::add);
  }

  private static Object twoPass(Path f, InferenceOptions inference, boolean ignoreUnknown) {
    return outcome(
        () -> {
          CsvDatasetReader.Options o = options(ignoreUnknown);
          var instrument = InstrumentInference.infer(f, inference);
          return new InferringCsvReader.Result(instrument, CsvDatasetReader.read(instrument, f, o));
        });
  }

  /** The one-pass outcome, or null when the file is not plain or cannot be read that way. */
  private static Object onePass(
      Path f, InferenceOptions inference, boolean ignoreUnknown, int parts) {
    try {
      return outcome(
          () -> {
            try {
              return InferringCsvReader.onePass(f, inference, options(ignoreUnknown), parts);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (CsvChunk.NotPlain | UncheckedIOException e) {
      return null;
    }
  }

  private static Object outcome(java.util.function.Supplier<InferringCsvReader.Result> read) {
    InferringCsvReader.Result r;
    try {
      r = read.get();
    } catch (CsvChunk.NotPlain | UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage() + " warnings " + WARNINGS;
    }
    List<Object> out = new ArrayList<>();
    out.add(r.instrument());
    Dataset d = r.dataset();
    out.add(d.size());
    out.add(d.respondentIds());
    out.add(d.provenance());
    for (Column c : d.columns().values()) {
      out.add(c.getClass().getSimpleName() + " " + c.item().id() + " " + c.size());
      if (c instanceof CodedColumn coded) {
        short[] codes = new short[c.size()];
        for (int row = 0; row < codes.length; row++) {
          codes[row] = (short) coded.code(row);
        }
        out.add(Arrays.toString(codes));
      } else if (c instanceof NumericColumn n) {
        long[] bits = new long[c.size()];
        for (int row = 0; row < bits.length; row++) {
          bits[row] = Double.doubleToRawLongBits(n.value(row));
        }
        out.add(Arrays.toString(bits));
      } else if (c instanceof TextColumn t) {
        out.add(t.dictionary());
        int[] ids = new int[c.size()];
        for (int row = 0; row < ids.length; row++) {
          ids[row] = t.id(row);
        }
        out.add(Arrays.toString(ids));
      } else if (c instanceof MultiColumn m) {
        out.add(m.answeredRows());
        for (int o = 0; o < c.item().options().size(); o++) {
          out.add(m.selectedRows(o));
        }
      }
    }
    out.add(List.copyOf(WARNINGS));
    return out;
  }
}
