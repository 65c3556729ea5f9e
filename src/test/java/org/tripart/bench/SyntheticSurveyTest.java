package org.tripart.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;

class SyntheticSurveyTest {

  @Test
  void sixtyItemsAreFortySingleAndTwentyMultipleWithAThreeOptionStratifier() {
    Instrument i = SyntheticSurvey.instrument(60);
    assertThat(i.items()).hasSize(60);
    assertThat(i.items().stream().filter(t -> t.type() == ItemType.SINGLE)).hasSize(40);
    assertThat(i.items().stream().filter(t -> t.type() == ItemType.MULTIPLE)).hasSize(20);
    assertThat(i.item(SyntheticSurvey.STRATIFIER).options()).hasSize(3);
    assertThat(i.item("s10").when().referencedItems()).containsExactly("s09");
  }

  @Test
  void responsesAreSyntheticAndRespectSkipLogic() {
    Dataset d = SyntheticSurvey.responses(SyntheticSurvey.instrument(60), 2000, 7);
    assertThat(d.isSynthetic()).isTrue();
    assertThat(d.respondentIds()).allMatch(id -> id.startsWith("SYNTHETIC-"));
    CodedColumn s09 = (CodedColumn) d.column("s09");
    BitSet answeredS10 = d.answeredRows("s10");
    assertThat(answeredS10.cardinality()).isPositive();
    answeredS10.stream().forEach(r -> assertThat(s09.code(r)).isBetween(0, 1));
    BitSet notApplicable = d.applicableRows("s10");
    notApplicable.flip(0, d.size());
    assertThat(notApplicable.intersects(d.answeredRows("s10"))).isFalse();
  }
}
