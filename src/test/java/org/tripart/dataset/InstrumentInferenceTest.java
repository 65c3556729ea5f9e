package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;

class InstrumentInferenceTest {
  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    Path p = dir.resolve("export.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void redcapColumnsBecomeItemsOfTheRightType() throws IOException {
    Path p =
        csv(
            "record_id,tier,tools___ct,tools___mri,years,score,note,hospital\n"
                + "1,2,1,0,3,1.5,a,H1\n"
                + "2,1,0,0,12,2,b,H2\n"
                + "3,3,,,40,,c,H1\n");
    Instrument inst = InstrumentInference.infer(p, InferenceOptions.defaults().withMaxCodes(2));
    assertThat(inst.hasItem("record_id")).isFalse();
    assertThat(inst.item("tier").type()).as("3 codes > 2").isEqualTo(ItemType.INTEGER);
    assertThat(inst.item("tools").type()).isEqualTo(ItemType.MULTIPLE);
    assertThat(inst.item("tools").options()).extracting(Option::code).containsExactly("ct", "mri");
    assertThat(inst.item("score").type()).isEqualTo(ItemType.DECIMAL);
    assertThat(inst.item("note").type()).as("3 words > 2").isEqualTo(ItemType.TEXT);
    assertThat(inst.item("hospital").type()).isEqualTo(ItemType.SINGLE);
    assertThat(inst.item("hospital").options())
        .extracting(Option::code)
        .containsExactly("H1", "H2");
  }

  @Test
  void smallIntegerCodesAreSingleChoiceInNumericOrder() throws IOException {
    Path p = csv("q\n10\n2\n\n1\n2\n");
    Instrument inst = InstrumentInference.infer(p, InferenceOptions.defaults());
    assertThat(inst.item("q").type()).isEqualTo(ItemType.SINGLE);
    assertThat(inst.item("q").options()).extracting(Option::code).containsExactly("1", "2", "10");
    Dataset d = CsvDatasetReader.read(inst, p, CsvDatasetReader.Options.defaults());
    assertThat(d.answeredRows("q").cardinality()).isEqualTo(4);
  }

  @Test
  void declaredColumnsOverrideTheGuess() throws IOException {
    Path p = csv("w,id,skip,c\n1,7,x,1\n2,8,y,2\n");
    Instrument inst =
        InstrumentInference.infer(
            p, new InferenceOptions(Set.of("w"), Set.of("c"), Set.of("id"), Set.of("skip"), 20));
    assertThat(inst.item("w").type()).isEqualTo(ItemType.DECIMAL);
    assertThat(inst.item("c").type()).isEqualTo(ItemType.TEXT);
    assertThat(inst.hasItem("id")).isFalse();
    assertThat(inst.hasItem("skip")).isFalse();
  }

  @Test
  void aDeclaredColumnThatIsMissingIsNamed() throws IOException {
    Path p = csv("a,b\n1,2\n");
    assertThatThrownBy(
            () ->
                InstrumentInference.infer(
                    p, new InferenceOptions(Set.of("wt"), Set.of(), Set.of(), Set.of(), 20)))
        .isInstanceOf(TripartException.class)
        .hasMessageContaining("no column 'wt'")
        .hasMessageContaining("a, b");
  }
}
