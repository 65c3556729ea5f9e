package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.web.pages.RosterPages.ORGANISATIONS;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Sector;

/** Search and lists over the SYNTHETIC register of {@link RosterPages}. */
class RosterOrganisationsTest {
  private static final Set<Sector> ALL = EnumSet.allOf(Sector.class);

  private static List<String> ids(List<Institution> found) {
    return found.stream().map(Institution::id).toList();
  }

  @Test
  void searchMatchesPartOfAnEnglishNameIgnoringCaseAndStartsFirst() {
    // "shen" starts "Shenzhen ..." (H2, I1, C1) and "Shenyang ..." (C3): all four start with it,
    // ordered by name: Shenyang Scan, Shenzhen Eye, Shenzhen Institute, Shenzhen Vision.
    assertThat(ids(ORGANISATIONS.search(ALL, "SHEN", null, "en")))
        .containsExactly("C3", "H2", "I1", "C1");
  }

  @Test
  void searchMatchesChineseNamesAndIds() {
    // 深圳人工 (ren), 深圳视觉 (shi), 深圳眼科 (yan)
    assertThat(ids(ORGANISATIONS.search(ALL, "深圳", null, "zh"))).containsExactly("I1", "C1", "H2");
    assertThat(ids(ORGANISATIONS.search(ALL, "c2", null, "en"))).containsExactly("C2");
    assertThat(ids(ORGANISATIONS.search(ALL, "影像", null, "en"))).containsExactly("C2");
  }

  @Test
  void namesThatStartWithTheTextComeBeforeNamesThatContainIt() {
    // "hospital": H1, H2, H3 contain it, none starts with it; ordered by name. "s" starts the
    // names of C3, H2, I1 and C1 and is in the "(SYNTHETIC)" of the other three.
    assertThat(ids(ORGANISATIONS.search(ALL, "hospital", null, "en")))
        .containsExactly("H1", "H3", "H2");
    assertThat(ids(ORGANISATIONS.search(ALL, "s", null, "en")))
        .containsExactly("C3", "H2", "I1", "C1", "C2", "H1", "H3");
  }

  @Test
  void searchKeepsToTheSectorsAndProvinceAsked() {
    assertThat(ids(ORGANISATIONS.search(Set.of(Sector.COMPANY), "shen", null, "en")))
        .containsExactly("C3", "C1");
    assertThat(ids(ORGANISATIONS.search(Set.of(Sector.COMPANY), "", "44", "en")))
        .containsExactly("C1");
    assertThat(ORGANISATIONS.search(Set.of(Sector.INSTITUTION), "beijing", null, "en")).isEmpty();
  }

  @Test
  void searchReturnsAtMostTwentyOrderedByName() {
    List<Institution> many = new java.util.ArrayList<>();
    for (int i = 30; i >= 1; i--) {
      String n = String.format("%02d", i);
      many.add(
          new Institution(
              "SYN-C-" + n,
              "SYNTHETIC company " + n,
              "44",
              Tier.OTHER,
              "company",
              Sector.COMPANY,
              LocalizedText.EMPTY));
    }
    RosterOrganisations thirty = new RosterOrganisations(new OrganisationDirectory(many));

    List<String> found = ids(thirty.search(ALL, "synthetic", null, "en"));

    assertThat(found).hasSize(RosterOrganisations.SEARCH_LIMIT);
    assertThat(found.get(0)).isEqualTo("SYN-C-01");
    assertThat(found.get(19)).isEqualTo("SYN-C-20");
  }

  @Test
  void aProvinceListIsOrderedByTheNameInThePageLanguage() {
    // Chinese: 广州 (guang) < 深圳人工 (shen zhen ren) < 深圳眼科 (shen zhen yan); English:
    // "Guangzhou" < "Shenzhen Eye" < "Shenzhen Institute".
    Set<Sector> hospitals = Set.of(Sector.HOSPITAL, Sector.INSTITUTION);
    assertThat(ids(ORGANISATIONS.inProvince(hospitals, "44", "zh")))
        .containsExactly("H1", "I1", "H2");
    assertThat(ids(ORGANISATIONS.inProvince(hospitals, "44", "en")))
        .containsExactly("H1", "H2", "I1");
  }

  @Test
  void aNameMissingInALanguageFallsBackToTheDefaultName() {
    assertThat(ORGANISATIONS.find("C3").orElseThrow().name("zh"))
        .isEqualTo("Shenyang Scan Co (SYNTHETIC)");
  }
}
