package org.tripart.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Dataset;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.fieldwork.RegisterCsv;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticRegistersTest {
  private StudyData data;
  private List<Institution> institutions;
  private List<Institution> companies;

  @BeforeAll
  void generate() {
    data = StudyData.synthesize(Study.nationalAi());
    institutions = SyntheticRegisters.generate(data, Sector.INSTITUTION);
    companies = SyntheticRegisters.generate(data, Sector.COMPANY);
  }

  /** The respondents of a group per "province/kind" code, read from its synthetic dataset. */
  private static Map<String, Integer> cells(Dataset d, String kindItem) {
    CodedColumn p = (CodedColumn) d.column("province");
    CodedColumn k = (CodedColumn) d.column(kindItem);
    Map<String, Integer> out = new HashMap<>();
    for (int row = 0; row < d.size(); row++) {
      String key =
          p.item().options().get(p.code(row)).code()
              + "/"
              + k.item().options().get(k.code(row)).code();
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }

  private static Set<String> provinces(List<Institution> register) {
    return register.stream().map(Institution::provinceCode).collect(Collectors.toSet());
  }

  @Test
  void theSizesAndIdsAreThoseOfStudyYamlAndEveryOrganisationIsLabelledSynthetic() {
    assertThat(institutions).hasSize(60);
    assertThat(companies).hasSize(150);
    assertThat(institutions.get(0).id()).isEqualTo("SYN-I-001");
    assertThat(institutions.get(59).id()).isEqualTo("SYN-I-060");
    assertThat(companies.get(149).id()).isEqualTo("SYN-C-150");
    assertThat(SyntheticRegisters.generate(data)).hasSize(210);
    assertThat(new OrganisationDirectory(SyntheticRegisters.generate(data)).size()).isEqualTo(210);
    for (Institution i : SyntheticRegisters.generate(data)) {
      assertThat(i.type()).endsWith(" (SYNTHETIC)");
      assertThat(i.name()).startsWith("SYNTHETIC ").isEqualTo(i.name("en"));
      assertThat(i.name("zh")).startsWith("合成").contains("虚构");
      assertThat(i.tier()).isEqualTo(Tier.OTHER);
    }
    assertThat(institutions).allMatch(i -> i.sector() == Sector.INSTITUTION);
    assertThat(companies).allMatch(i -> i.sector() == Sector.COMPANY);
    assertThat(institutions)
        .extracting(Institution::type)
        .contains("university (SYNTHETIC)", "research institute (SYNTHETIC)");
  }

  @Test
  void organisationsLieInTheProvincesOfTheirGroupsRespondents19And12() {
    assertThat(provinces(institutions))
        .hasSize(19)
        .isEqualTo(
            cells(data.dataset("research"), "institution_type").keySet().stream()
                .map(k -> k.substring(0, 2))
                .collect(Collectors.toSet()));
    assertThat(provinces(companies))
        .hasSize(12)
        .isEqualTo(
            cells(data.dataset("industry"), "company_type").keySet().stream()
                .map(k -> k.substring(0, 2))
                .collect(Collectors.toSet()));
  }

  @Test
  void everyProvinceAndKindOfARespondentHasAnOrganisationAndTheRestFollowTheRespondents() {
    Map<String, Integer> research = cells(data.dataset("research"), "institution_type");
    Map<String, Long> made =
        institutions.stream()
            .collect(
                Collectors.groupingBy(
                    i ->
                        i.provinceCode()
                            + "/"
                            + i.type().replace(" (SYNTHETIC)", "").replace(' ', '_'),
                    Collectors.counting()));

    assertThat(new TreeSet<>(made.keySet())).isEqualTo(new TreeSet<>(research.keySet()));
    int cells = research.size();
    for (var e : research.entrySet()) {
      double fair = (60.0 - cells) * e.getValue() / 120.0;
      assertThat(made.get(e.getKey()) - 1)
          .as(e.getKey())
          .isBetween((long) Math.floor(fair), (long) Math.ceil(fair));
    }
  }

  @Test
  void theRegistersAreTheSameEveryTimeAndReadBackFromTheirCsv() {
    StudyData again = StudyData.synthesize(Study.nationalAi());

    assertThat(SyntheticRegisters.generate(again)).isEqualTo(SyntheticRegisters.generate(data));
    assertThat(RegisterCsv.parse(new java.io.StringReader(RegisterCsv.write(companies)), "c"))
        .isEqualTo(companies);
  }
}
