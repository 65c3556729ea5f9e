package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

class DesignEstimatesTest {
  @Test
  void equalWeightsWithoutStrataGiveTheTextbookStandardError() {
    SurveyDesign d = SurveyDesign.builder(new double[] {2, 2, 2, 2}).build();
    MeanEstimate m = DesignEstimates.mean(d, new double[] {1, 2, 3, 4}, null);
    assertThat(m.estimate()).isEqualTo(2.5);
    assertThat(m.variance()).isCloseTo(5.0 / 12, within(1e-15));
  }

  @Test
  void blankValuesLeaveTheDomainAsItemNonResponse() {
    SurveyDesign d = SurveyDesign.builder(new double[] {1, 1, 1, 1, 1}).build();
    MeanEstimate m = DesignEstimates.mean(d, new double[] {1, 2, Double.NaN, 3, 4}, null);
    assertThat(m.rows()).isEqualTo(4);
    assertThat(m.estimate()).isEqualTo(2.5);
  }

  @Test
  void aLonelyPsuFailsByDefaultAndNamesTheRule() {
    SurveyDesign d =
        SurveyDesign.builder(new double[] {1, 1, 1}).strata(new int[] {7, 7, 9}).build();
    assertThatThrownBy(() -> DesignEstimates.mean(d, new double[] {1, 2, 3}, null))
        .isInstanceOf(DesignInputException.class)
        .hasMessageContaining("TRP-0400")
        .hasMessageContaining("only one PSU");
  }

  @Test
  void removingALonelyPsuKeepsTheOtherStratum() {
    SurveyDesign d =
        SurveyDesign.builder(new double[] {1, 1, 1})
            .strata(new int[] {7, 7, 9})
            .lonelyPsu(LonelyPsu.REMOVE)
            .build();
    MeanEstimate m = DesignEstimates.mean(d, new double[] {1, 3, 2}, null);
    assertThat(m.variance()).isCloseTo(2 * (1.0 / 9 + 1.0 / 9), within(1e-15));
  }

  @Test
  void anFpcBelowTheSampleIsRefused() {
    DesignBuilder b =
        SurveyDesign.builder(new double[] {1, 1, 1})
            .fpc(new double[] {2, 2, 2}, FpcKind.POPULATION_SIZE);
    assertThatThrownBy(b::build).hasMessageContaining("below the 3 units sampled");
  }

  @Test
  void indicatorsOfOneItemShareTheDomainPass() {
    SurveyDesign d = SurveyDesign.builder(new double[] {1, 2, 3, 4}).build();
    BitSet domain = new BitSet();
    domain.set(0, 3);
    BitSet a = BitSet.valueOf(new long[] {0b0011});
    BitSet b = BitSet.valueOf(new long[] {0b1100});
    List<MeanEstimate> p = DesignEstimates.proportions(d, domain, List.of(a, b));
    assertThat(p.get(0).estimate()).isCloseTo(0.5, within(1e-15));
    assertThat(p.get(1).estimate()).isCloseTo(0.5, within(1e-15));
    assertThat(p.get(0).standardError()).isCloseTo(p.get(1).standardError(), within(1e-15));
  }

  @Test
  void aDatasetDesignTakesStrataFromACodedItemAndWeightsFromANumericOne() {
    Item tier =
        new Item(
            "tier",
            ItemType.SINGLE,
            LocalizedText.EMPTY,
            null,
            List.of(
                new Option("a", LocalizedText.EMPTY, false),
                new Option("b", LocalizedText.EMPTY, false)),
            false,
            null,
            null,
            Map.of(),
            null);
    Item weight =
        new Item(
            "w", ItemType.DECIMAL, LocalizedText.EMPTY, null, null, false, null, null, null, null);
    Instrument instrument =
        new Instrument(
            "t",
            "g",
            1,
            LocalizedText.EMPTY,
            List.of("en"),
            List.of(new Section("s", LocalizedText.EMPTY, List.of(tier, weight))),
            "test");
    DatasetBuilder b = new DatasetBuilder(instrument, 4);
    int[] tiers = {0, 0, 1, 1};
    for (int r = 0; r < 4; r++) {
      b.addRow(null);
      b.setChoice(r, 0, tiers[r]);
      b.setNumber(r, 1, 1);
    }
    Dataset ds = b.build();
    SurveyDesign d = DatasetDesigns.builder(ds, "w", "tier", null).build();
    assertThat(d.strataCount()).isEqualTo(2);
    assertThat(d.degreesOfFreedom()).isEqualTo(2);
  }
}
