package org.tripart.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Sector;

class OrganisationDirectoryTest {
  private static final Institution H2 = new Institution("H2", "Ruijin", "31", Tier.TERTIARY, "");
  private static final Institution H1 = new Institution("H1", "Xiehe", "11", Tier.TERTIARY, "");
  private static final Institution U1 =
      new Institution(
          "U1", "Fudan", "31", Tier.OTHER, "university", Sector.INSTITUTION, LocalizedText.EMPTY);
  private static final Institution C1 =
      new Institution("C1", "Acme", "44", Tier.OTHER, "", Sector.COMPANY, LocalizedText.EMPTY);

  private final OrganisationDirectory directory =
      new OrganisationDirectory(List.of(U1, H2, C1, H1));

  @Test
  void findsByIdAndListsBySectorAndProvinceOrderedById() {
    assertThat(directory.find("U1")).contains(U1);
    assertThat(directory.find("X9")).isEmpty();
    assertThat(directory.all()).containsExactly(C1, H1, H2, U1);
    assertThat(directory.inSector(Sector.HOSPITAL)).containsExactly(H1, H2);
    assertThat(directory.inSector(Sector.COMPANY)).containsExactly(C1);
    assertThat(directory.inSector(Sector.HOSPITAL, "31")).containsExactly(H2);
    assertThat(directory.inProvince("31")).containsExactly(H2, U1);
    assertThat(OrganisationDirectory.EMPTY.inSector(Sector.INSTITUTION)).isEmpty();
  }

  @Test
  void twoOrganisationsWithOneIdAreRefusedAndTheListsCannotBeChanged() {
    Institution twin = new Institution("H1", "Other", "44", Tier.PRIMARY, "");

    assertThatThrownBy(() -> new OrganisationDirectory(List.of(H1, twin)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H1");
    assertThatThrownBy(() -> directory.all().add(H1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> directory.inSector(Sector.HOSPITAL).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
