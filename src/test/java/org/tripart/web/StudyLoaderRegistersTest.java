package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.store.Institution;
import org.tripart.store.Store;
import org.tripart.store.Stores;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

/** The bundled study's SYNTHETIC registers of all three sectors, loaded into a store. */
class StudyLoaderRegistersTest {
  private static Study study;
  private static StudyData data;

  @TempDir Path dir;
  private Store store;

  @BeforeAll
  static void synthesize() {
    study = Study.nationalAi();
    data = StudyData.synthesize(study);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Map<String, Long> bySector() {
    return store.institutions(study.id()).stream()
        .collect(Collectors.groupingBy(Institution::sector, Collectors.counting()));
  }

  @Test
  void aNewStoreGetsTheHospitalsInstitutionsAndCompaniesAndLoadingAgainAddsNothing() {
    store = Stores.open(dir.resolve("s.sqlite").toString());

    assertThat(StudyLoader.loadStudy(store, study, data)).isTrue();
    assertThat(bySector())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("hospital", 2135L, "institution", 60L, "company", 150L));
    assertThat(store.institutions(study.id()))
        .filteredOn(i -> i.sector().equals("hospital"))
        .allMatch(i -> i.type().equals(StudyLoader.SYNTHETIC_TYPE) && i.names().isEmpty());
    Institution c1 =
        store.institutions(study.id()).stream()
            .filter(i -> i.id().equals("SYN-C-001"))
            .findFirst()
            .orElseThrow();
    assertThat(c1.names()).containsKeys("en", "zh");
    assertThat(c1.type()).endsWith("(SYNTHETIC)");

    assertThat(StudyLoader.loadStudy(store, study, data)).isFalse();
    assertThat(store.institutions(study.id())).hasSize(2135 + 60 + 150);
  }

  @Test
  void aStoredStudyWithoutTheNewRegistersGetsThemButAnImportedCompanyRegisterIsKept() {
    store = Stores.open(dir.resolve("s.sqlite").toString());
    store.createStudy(study.id(), "{\"en\":\"x\"}");
    store.importInstitutions(
        study.id(),
        List.of(
            new Institution("REAL-C1", "Real company", "44", "other", "ai", "company", Map.of())));

    assertThat(StudyLoader.loadStudy(store, study, data)).isFalse();

    assertThat(bySector())
        .containsExactlyInAnyOrderEntriesOf(Map.of("institution", 60L, "company", 1L));
  }
}
