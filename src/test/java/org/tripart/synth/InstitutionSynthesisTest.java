package org.tripart.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.synth.Fixtures.*;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.TextColumn;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;

class InstitutionSynthesisTest {
  private static final String[] PROVINCES = provinces(31);

  private static Instrument clinician() {
    return instrument(
        institution("hospital", Map.of("province", "province", "tier", "hospital_tier")),
        coded("province", ItemType.PROVINCE, true, null, PROVINCES),
        single("hospital_tier", "tertiary", "secondary"),
        single("translation_department", "yes", "no"));
  }

  @Test
  void everyInstitutionHasARespondentAndEveryProvinceAnInstitution() {
    List<Target> targets =
        List.of(
            Target.of("hospital_tier", "tertiary", 63, 0),
            Target.by("translation_department", "yes", 27, 0, "hospital_tier", "tertiary"));
    SynthesisResult r =
        Synthesizer.generate(
            new SynthesisSpec(clinician(), targets, 600, 3, 100, Map.of(), 0, "SYNTHETIC-C-"));
    Dataset d = r.dataset();

    assertThat(r.register()).hasSize(100);
    assertThat(r.register().get(0).id()).isEqualTo("SYN-H0001");
    assertThat(r.register().get(0).name()).isEqualTo("Synthetic hospital 0001");
    Map<String, Institution> byId = new HashMap<>();
    r.register().forEach(h -> byId.put(h.id(), h));
    assertThat(byId).hasSize(100);

    TextColumn hospital = (TextColumn) d.column("hospital");
    Set<String> used = new HashSet<>();
    for (int row = 0; row < d.size(); row++) {
      Institution h = byId.get(hospital.value(row));
      assertThat(h).as("row %d", row).isNotNull();
      used.add(h.id());
      assertThat(chosen(d, "province", row)).isEqualTo(h.provinceCode());
      assertThat(chosen(d, "hospital_tier", row)).isEqualTo(h.tier());
    }
    assertThat(used).hasSize(100);
    assertThat(r.register().stream().map(Institution::provinceCode).distinct())
        .containsExactlyInAnyOrder(PROVINCES);
    // 63% of 600 = 378 respondents in tertiary hospitals.
    assertThat(rowsChoosing(d, "hospital_tier", "tertiary", base(d, "hospital_tier")).cardinality())
        .isEqualTo(378);
    assertThat(misses(d, targets)).isEmpty();
  }

  @Test
  void distinctLimitsAnItemToThatManyValues() {
    Instrument ins = instrument(coded("region", ItemType.PROVINCE, true, null, PROVINCES));
    SynthesisResult r =
        Synthesizer.generate(
            new SynthesisSpec(ins, List.of(), 120, 4, 0, Map.of("region", 19), 0, "SYNTHETIC-R-"));
    Set<String> values = new HashSet<>();
    for (int row = 0; row < 120; row++) {
      values.add(chosen(r.dataset(), "region", row));
    }
    assertThat(values).hasSize(19).doesNotContainNull();
  }

  @Test
  void invitationsBeyondRespondentsAreNonResponses() {
    SynthesisResult r =
        Synthesizer.generate(
            new SynthesisSpec(clinician(), List.of(), 120, 6, 40, Map.of(), 150, "SYNTHETIC-C-"));
    List<Invitation> inv = r.invitations();
    assertThat(inv).hasSize(150);
    assertThat(inv.stream().filter(i -> i.disposition().equals("complete"))).hasSize(120);
    assertThat(inv.stream().filter(i -> i.disposition().equals("no_response")))
        .hasSize(30)
        .allSatisfy(i -> assertThat(i.respondentId()).isNull());
    Set<String> registered = new HashSet<>();
    r.register().forEach(h -> registered.add(h.id()));
    assertThat(inv).allSatisfy(i -> assertThat(registered).contains(i.institutionId()));
    assertThat(
            inv.stream().map(Invitation::respondentId).filter(java.util.Objects::nonNull).toList())
        .isEqualTo(r.dataset().respondentIds());
    TextColumn hospital = (TextColumn) r.dataset().column("hospital");
    for (int row = 0; row < 120; row++) {
      assertThat(inv.get(row).institutionId()).isEqualTo(hospital.value(row));
      assertThat(inv.get(row).group()).isEqualTo("clinician");
    }
  }

  @Test
  void fewerInstitutionsThanProvinceTierCellsKeepsTiersExact() {
    SynthesisResult r =
        Synthesizer.generate(
            new SynthesisSpec(
                clinician(),
                List.of(Target.of("hospital_tier", "tertiary", 40, 0)),
                200,
                2,
                35,
                Map.of(),
                0,
                "SYNTHETIC-C-"));
    Dataset d = r.dataset();
    BitSet all = base(d, "hospital_tier");
    // 40% of 200 = 80 tertiary, whatever the institutions.
    assertThat(rowsChoosing(d, "hospital_tier", "tertiary", all).cardinality()).isEqualTo(80);
    assertThat(r.register()).hasSize(35);
    assertThat(r.register().stream().map(Institution::provinceCode).distinct()).hasSize(31);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("35 institutions"));
  }
}
