package org.tripart.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tripart.synth.Fixtures.*;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;

class SynthesizerTest {

  @Test
  void everyMarginalTargetIsReproducedWhenWholeCountsAllow() {
    Instrument ins =
        instrument(
            single("report_system", "not_established", "planning", "established"),
            coded("ai_use", ItemType.YES_NO, true, null, "yes", "no"),
            coded("attitude", ItemType.LIKERT, true, null, "low", "mid", "high", "very_high"),
            multi("barriers", true, opt("cost"), opt("data"), opt("talent"), exclusive("none")));
    List<Target> targets =
        List.of(
            Target.of("report_system", "not_established", 47, 0),
            Target.of("report_system", "planning", 43, 0),
            Target.of("report_system", "established", 10, 0),
            Target.of("ai_use", "yes", 38.4, 1),
            Target.of("attitude", "low", 12.5, 1),
            Target.of("attitude", "high", 40, 0),
            Target.of("barriers", "cost", 61, 0),
            Target.of("barriers", "data", 74, 0),
            Target.of("barriers", "talent", 35, 0),
            Target.of("barriers", "none", 3, 0));

    Dataset d = Synthesizer.generate(spec(ins, targets, 2000, 7)).dataset();

    assertThat(d.size()).isEqualTo(2000);
    assertThat(misses(d, targets)).isEmpty();
  }

  @Test
  void untargetedSingleChoiceOptionsShareTheRestEvenly() {
    Instrument ins = instrument(single("q", "a", "b", "c", "d"));
    Dataset d =
        Synthesizer.generate(spec(ins, List.of(Target.of("q", "a", 40, 0)), 101, 3)).dataset();
    BitSet all = base(d, "q");
    // 40% of 101 = 40.4 -> 40 for a; 61 left over three options: 21, 20, 20 (largest remainder).
    assertThat(rowsChoosing(d, "q", "a", all).cardinality()).isEqualTo(40);
    assertThat(
            List.of(
                rowsChoosing(d, "q", "b", all).cardinality(),
                rowsChoosing(d, "q", "c", all).cardinality(),
                rowsChoosing(d, "q", "d", all).cardinality()))
        .containsExactlyInAnyOrder(21, 20, 20);
  }

  @Test
  void infeasibleShareTakesTheNearestCountAndWarns() {
    Instrument ins = instrument(single("q", "a", "b"));
    SynthesisResult r =
        Synthesizer.generate(spec(ins, List.of(Target.of("q", "a", 16.5, 1)), 120, 1));
    // 16.5% of 120 = 19.8; 19/120 = 15.8% and 20/120 = 16.7%: none rounds to 16.5, 20 is nearest.
    assertThat(rowsChoosing(r.dataset(), "q", "a", base(r.dataset(), "q")).cardinality())
        .isEqualTo(20);
    assertThat(r.warnings())
        .anySatisfy(w -> assertThat(w).contains("'q'", "'a'", "16.5", "20 of 120"));
  }

  @Test
  void singleChoiceBlockSummingTo103KeepsEveryRespondentAndWarns() {
    Instrument ins = instrument(single("q", "a", "b", "c"));
    List<Target> targets =
        List.of(Target.of("q", "a", 50, 0), Target.of("q", "b", 30, 0), Target.of("q", "c", 23, 0));
    SynthesisResult r = Synthesizer.generate(spec(ins, targets, 200, 1));
    BitSet all = base(r.dataset(), "q");
    long a = rowsChoosing(r.dataset(), "q", "a", all).cardinality();
    long b = rowsChoosing(r.dataset(), "q", "b", all).cardinality();
    long c = rowsChoosing(r.dataset(), "q", "c", all).cardinality();
    // Targets ask for 100 + 60 + 46 = 206 of 200: six too many, so the least total deviation is 6,
    // and no option may go above its target.
    assertThat(all.cardinality()).isEqualTo(200);
    assertThat(a + b + c).isEqualTo(200);
    assertThat(Math.abs(a - 100) + Math.abs(b - 60) + Math.abs(c - 46)).isEqualTo(6);
    assertThat(a).isLessThanOrEqualTo(100);
    assertThat(b).isLessThanOrEqualTo(60);
    assertThat(c).isLessThanOrEqualTo(46);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("'q'", "103"));
    assertThatThrownBy(() -> TargetTable.validate(ins, targets))
        .isInstanceOf(TripartException.class)
        .hasMessageContaining("TRP-0200");
  }

  @Test
  void skippedItemIsNotInTheDenominator() {
    Instrument ins =
        instrument(
            coded("uses_ai", ItemType.YES_NO, true, null, "yes", "no"),
            coded("ai_kind", ItemType.SINGLE, true, new Chose("uses_ai", "yes"), "x", "y", "z"));
    List<Target> targets =
        List.of(Target.of("uses_ai", "yes", 30, 0), Target.of("ai_kind", "x", 25, 0));
    Dataset d = Synthesizer.generate(spec(ins, targets, 400, 11)).dataset();

    BitSet yes = rowsChoosing(d, "uses_ai", "yes", base(d, "uses_ai"));
    // 30% of 400 = 120 use AI; ai_kind applies to them only, 25% of 120 = 30 choose x.
    assertThat(yes.cardinality()).isEqualTo(120);
    assertThat(d.answeredRows("ai_kind")).isEqualTo(yes);
    assertThat(rowsChoosing(d, "ai_kind", "x", yes).cardinality()).isEqualTo(30);
  }

  @Test
  void missingShareLeavesThatManyBlankAndSharesCountAmongAnswers() {
    Instrument ins = instrument(coded("q", ItemType.SINGLE, false, null, "a", "b"));
    List<Target> targets =
        List.of(Target.of("q", Target.MISSING, 10, 0), Target.of("q", "a", 25, 0));
    Dataset d = Synthesizer.generate(spec(ins, targets, 200, 5)).dataset();
    // 10% of 200 = 20 blank; 25% of the 180 answering = 45 choose a.
    assertThat(d.answeredRows("q").cardinality()).isEqualTo(180);
    assertThat(rowsChoosing(d, "q", "a", d.answeredRows("q")).cardinality()).isEqualTo(45);
  }

  @Test
  void exclusiveOptionIsTickedAloneAndRequiredMultiHasATick() {
    Instrument ins =
        instrument(
            multi("needs", true, opt("data"), opt("money"), opt("staff"), exclusive("none")));
    List<Target> targets =
        List.of(
            Target.of("needs", "data", 30, 0),
            Target.of("needs", "money", 30, 0),
            Target.of("needs", "staff", 35, 0),
            Target.of("needs", "none", 10, 0));
    Dataset d = Synthesizer.generate(spec(ins, targets, 300, 9)).dataset();
    MultiColumn m = (MultiColumn) d.column("needs");
    for (int r = 0; r < d.size(); r++) {
      int ticks = 0;
      for (int o = 0; o < 4; o++) {
        ticks += m.selected(r, o) ? 1 : 0;
      }
      assertThat(ticks).as("row %d", r).isGreaterThanOrEqualTo(1);
      if (m.selected(r, 3)) {
        assertThat(ticks).as("row %d ticks none", r).isEqualTo(1);
      }
    }
    assertThat(misses(d, targets)).isEmpty();
  }

  @Test
  void crossTargetsHoldWithinTiersAndTheMarginalHoldsToo() {
    Instrument ins =
        instrument(
            single("hospital_tier", "tertiary", "secondary"),
            single("translation_department", "yes", "no"));
    // Tertiary share 12/19 = 63.2%; 27% * 12/19 + 8% * 7/19 = 3.8/19 = 20% overall. Tertiary is
    // 3250 of 5142 (63.15%..63.25% admits 3248..3252, 3249.7 is nearest): yes 862..893 of them,
    // 142..160 of the 1892 secondary, 1003..1054 of all, so all three can hold.
    List<Target> targets =
        List.of(
            Target.of("hospital_tier", "tertiary", 63.2, 1),
            Target.by("translation_department", "yes", 27, 0, "hospital_tier", "tertiary"),
            Target.by("translation_department", "yes", 8, 0, "hospital_tier", "secondary"),
            Target.of("translation_department", "yes", 20, 0));
    SynthesisResult r = Synthesizer.generate(spec(ins, targets, 5142, 2024));
    assertThat(misses(r.dataset(), targets)).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void marginalIsMetByMovingCountsWithinTheConditionalIntervals() {
    Instrument ins =
        instrument(
            single("hospital_tier", "tertiary", "secondary"),
            single("translation_department", "yes", "no"));
    // The nearest counts to 27% and 8% (878 of 3250, 151 of 1892) give 1029 = 20.0%; 20.4% needs
    // 1047..1051 of 5142, reachable only near the top of both intervals (862..893, 142..160).
    List<Target> targets =
        List.of(
            Target.of("hospital_tier", "tertiary", 63.2, 1),
            Target.by("translation_department", "yes", 27, 0, "hospital_tier", "tertiary"),
            Target.by("translation_department", "yes", 8, 0, "hospital_tier", "secondary"),
            Target.of("translation_department", "yes", 20.4, 1));
    SynthesisResult r = Synthesizer.generate(spec(ins, targets, 5142, 5));
    assertThat(misses(r.dataset(), targets)).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void conditionalTargetsWinWhenTheMarginalCannotAlsoHold() {
    Instrument ins =
        instrument(
            single("hospital_tier", "tertiary", "secondary"),
            single("translation_department", "yes", "no"));
    List<Target> cross =
        List.of(
            Target.of("hospital_tier", "tertiary", 50, 0),
            Target.by("translation_department", "yes", 27, 0, "hospital_tier", "tertiary"),
            Target.by("translation_department", "yes", 8, 0, "hospital_tier", "secondary"));
    List<Target> all = new java.util.ArrayList<>(cross);
    all.add(Target.of("translation_department", "yes", 30, 0));
    SynthesisResult r = Synthesizer.generate(spec(ins, all, 1000, 1));
    // Half and half: at most 27.5% of 500 + 8.5% of 500 = 18% overall, far from 30%.
    assertThat(misses(r.dataset(), cross)).isEmpty();
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("translation_department", "'yes'", "30"));
  }

  @Test
  void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
    Instrument ins =
        instrument(
            single("a", "x", "y", "z"),
            multi("m", false, opt("p"), opt("q"), opt("r")),
            number("age", ItemType.INTEGER, 20, 70));
    List<Target> targets =
        List.of(Target.of("a", "x", 20, 0), Target.of("age", Target.MEAN, 40, 0));
    Dataset one = Synthesizer.generate(spec(ins, targets, 250, 42)).dataset();
    Dataset two = Synthesizer.generate(spec(ins, targets, 250, 42)).dataset();
    Dataset other = Synthesizer.generate(spec(ins, targets, 250, 43)).dataset();
    assertThat(rows(two)).isEqualTo(rows(one));
    assertThat(rows(other)).isNotEqualTo(rows(one));
    assertThat(one.provenance()).startsWith("SYNTHETIC").contains("seed 42");
    assertThat(one.respondentIds().get(0)).isEqualTo("SYNTHETIC-T-0001");
  }

  @Test
  void integerMeanIsReproducedWithinTheRange() {
    Instrument ins = instrument(number("years", ItemType.INTEGER, 0, 40));
    List<Target> targets =
        List.of(Target.of("years", Target.MEAN, 12.4, 1), Target.of("years", Target.SD, 6, 0));
    Dataset d = Synthesizer.generate(spec(ins, targets, 300, 8)).dataset();
    var col = (org.tripart.dataset.NumericColumn) d.column("years");
    double sum = 0;
    for (int r = 0; r < d.size(); r++) {
      double v = col.value(r);
      assertThat(v).isBetween(0.0, 40.0).isEqualTo(Math.rint(v));
      sum += v;
    }
    // 12.4 * 300 = 3720 exactly.
    assertThat(sum).isEqualTo(3720.0);
  }

  @Test
  void idPrefixMustMarkTheDataSynthetic() {
    Instrument ins = instrument(single("a", "x", "y"));
    SynthesisSpec bad = new SynthesisSpec(ins, List.of(), 10, 1, 0, Map.of(), 0, "R-");
    assertThatThrownBy(() -> Synthesizer.generate(bad))
        .isInstanceOf(TripartException.class)
        .satisfies(
            e -> assertThat(((TripartException) e).code()).isEqualTo(ErrorCode.SYNTHESIS_SETTINGS))
        .hasMessageContaining("SYNTHETIC-");
  }

  static List<String> rows(Dataset d) {
    List<String> out = new java.util.ArrayList<>();
    for (int r = 0; r < d.size(); r++) {
      StringBuilder b = new StringBuilder();
      for (var c : d.columns().values()) {
        b.append(c.answer(r)).append('|');
      }
      out.add(b.toString());
    }
    return out;
  }
}
