package org.tripart.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.synth.Fixtures.*;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;

class MultipleChoiceSynthesisTest {

  @Test
  void multipleChoiceCrossTargetsHoldPerStratum() {
    Instrument ins =
        instrument(
            single("tier", "tertiary", "secondary"),
            multi("uses", true, opt("imaging"), opt("pathology"), opt("triage")));
    List<Target> targets =
        List.of(
            Target.of("tier", "tertiary", 60, 0),
            Target.by("uses", "imaging", 80, 0, "tier", "tertiary"),
            Target.by("uses", "imaging", 45, 0, "tier", "secondary"),
            Target.of("uses", "imaging", 66, 0),
            Target.of("uses", "pathology", 20, 0));
    SynthesisResult r = Synthesizer.generate(spec(ins, targets, 1000, 12));
    Dataset d = r.dataset();
    // 600 tertiary, 400 secondary: 480 + 180 = 660 = 66% ticking imaging.
    BitSet tertiary = rowsChoosing(d, "tier", "tertiary", base(d, "tier"));
    assertThat(tertiary.cardinality()).isEqualTo(600);
    assertThat(rowsChoosing(d, "uses", "imaging", tertiary).cardinality()).isEqualTo(480);
    assertThat(rowsChoosing(d, "uses", "imaging", base(d, "uses")).cardinality()).isEqualTo(660);
    assertThat(misses(d, targets)).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void requiredMultipleChoiceWithTooFewTicksWarns() {
    Instrument ins = instrument(multi("uses", true, opt("a"), opt("b")));
    List<Target> targets = List.of(Target.of("uses", "a", 10, 0), Target.of("uses", "b", 10, 0));
    SynthesisResult r = Synthesizer.generate(spec(ins, targets, 100, 1));
    // 10 + 10 ticks cannot cover 100 respondents: at least 80 tick nothing.
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("'uses'", "required", "80"));
    assertThat(misses(r.dataset(), targets)).isEmpty();
  }
}
