package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetWriterTest {

  private static Dataset sample() {
    DatasetBuilder b = new DatasetBuilder(CsvFixtures.instrument(), 4);
    int age = b.itemIndex("age_group");
    int ai = b.itemIndex("ai_use");
    int years = b.itemIndex("years");
    int hours = b.itemIndex("hours");
    int comment = b.itemIndex("comment");
    int consent = b.itemIndex("consent");
    int r = b.addRow("r1");
    b.setChoice(r, age, 2);
    b.setSelected(r, ai, 0, true);
    b.setSelected(r, ai, 2, true);
    b.setNumber(r, years, 7);
    b.setNumber(r, hours, 0.1);
    b.setText(r, comment, "say \"hi\", twice\nplease");
    b.setChoice(r, consent, 0);
    r = b.addRow("r,2");
    b.setAnswered(r, ai);
    b.setNumber(r, hours, 1.0E-7);
    b.setText(r, comment, "中文");
    r = b.addRow("r3");
    b.setNumber(r, hours, 99.99999999999999);
    return b.provenance("wave 1").build();
  }

  @Test
  void headerAndRowsFollowTheLayout() {
    StringWriter out = new StringWriter();
    CsvDatasetWriter.write(sample(), out);
    assertThat(out.toString())
        .isEqualTo(
            "record_id,age_group,ai_use___reading,ai_use___triage,ai_use___none,years,hours,comment,consent\n"
                + "r1,over_40,1,0,1,7,0.1,\"say \"\"hi\"\", twice\nplease\",yes\n"
                + "\"r,2\",,0,0,0,,0.0000001,中文,\n"
                + "r3,,,,,,99.99999999999999,,\n");
  }

  @Test
  void writeThenReadGivesIdenticalColumns(@TempDir Path dir) {
    Dataset original = sample();
    Path f = dir.resolve("out.csv");
    CsvDatasetWriter.write(original, f);
    Dataset back =
        CsvDatasetReader.read(
            CsvFixtures.instrument(),
            f,
            CsvDatasetReader.Options.defaults().withProvenance("wave 1").withWarnings(w -> {}));
    assertThat(back.size()).isEqualTo(original.size());
    assertThat(back.respondentIds()).isEqualTo(original.respondentIds());
    assertThat(back.columns().keySet()).isEqualTo(original.columns().keySet());
    for (String id : original.columns().keySet()) {
      for (int r = 0; r < original.size(); r++) {
        assertThat(back.column(id).answer(r))
            .as(id + " row " + r)
            .isEqualTo(original.column(id).answer(r));
      }
    }
  }

  @Test
  void writingToAPathReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("out.csv");
    Files.writeString(f, "old");
    CsvDatasetWriter.write(sample(), f);
    assertThat(Files.readString(f)).startsWith("record_id,");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }
}
