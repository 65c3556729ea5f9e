package org.tripart.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tripart.audit.Kind;
import org.tripart.audit.PublishedRow;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

class NationalAiStudyTest {
  private static Study study;
  private static StudyData data;
  private static List<ReplicatedFigure> figures;

  @BeforeAll
  static void load() {
    study = Study.nationalAi();
    data = StudyData.synthesize(study);
    figures = Replication.run(data);
  }

  @Test
  void everyPublishedItemAndOptionIsInItsGroupsInstrumentWithTheMatchingType() {
    Map<Kind, ItemType> types =
        Map.of(
            Kind.SINGLE,
            ItemType.SINGLE,
            Kind.MULTI,
            ItemType.MULTIPLE,
            Kind.BINARY,
            ItemType.YES_NO);
    for (PublishedRow row : Replication.tables(study)) {
      Instrument instrument = study.group(row.group()).instrument();
      Item item = instrument.item(row.item());
      assertThat(item.type()).as(row.item()).isEqualTo(types.get(row.kind()));
      assertThat(item.optionIndex(row.option()))
          .as(row.item() + "/" + row.option())
          .isNotNegative();
      assertThat(item.when()).as("published items apply to the whole group").isNull();
    }
  }

  @Test
  void everyTextFigureIsRecomputedFromAnInstrumentItem() {
    for (TextFact fact : Replication.textFacts(study)) {
      if (fact.sourceItem().startsWith(".")) {
        continue;
      }
      Instrument instrument = study.group(fact.group()).instrument();
      assertThat(instrument.hasItem(fact.sourceItem())).as(fact.item()).isTrue();
    }
  }

  @Test
  void theThreeGroupsHaveTheirFieldworkSizes() {
    assertThat(data.dataset("clinician").size()).isEqualTo(5142);
    assertThat(data.group("clinician").invitations()).hasSize(5148);
    assertThat(data.group("clinician").register()).hasSize(2135);
    assertThat(data.dataset("research").size()).isEqualTo(120);
    assertThat(data.dataset("industry").size()).isPositive();
    assertThat(data.dataset("clinician").isSynthetic()).isTrue();
    assertThat(data.dataset("clinician").respondentIds())
        .allMatch(id -> id.startsWith("SYNTHETIC-"));
  }

  /**
   * The paper's own inconsistencies are the only figures not reproduced exactly. Worked out by hand
   * (see the audit tests for the arithmetic): Table 6 healthcare-system collaborations print 50 +
   * 39 + 12 + 2 = 103% of 120, so at least one row must move; Table 8 lab status (47/46/7) and
   * Table 9 main challenge (37/29/14/12/7) allow 119 and 118 of 120 respondents, so one row each
   * must take the rest; Table 10's 16.5, 13.4, 17.4 and 16.4% are no x/120.
   */
  @Test
  void onlyThePapersInconsistentFiguresAreNotReproducedExactly() {
    assertThat(figures)
        .filteredOn(f -> f.agreement() != ReplicatedFigure.Agreement.EXACT)
        .extracting(ReplicatedFigure::item, ReplicatedFigure::agreement)
        .containsOnly(
            tuple("healthcare_system_collaborations", ReplicatedFigure.Agreement.DIFFERS),
            tuple("structured_report_lab_status", ReplicatedFigure.Agreement.NEAREST_POSSIBLE),
            tuple("main_challenge", ReplicatedFigure.Agreement.NEAREST_POSSIBLE),
            tuple("resources_from_hospitals", ReplicatedFigure.Agreement.NEAREST_POSSIBLE));
    assertThat(figures)
        .filteredOn(f -> f.item().equals("resources_from_hospitals"))
        .filteredOn(f -> f.agreement() != ReplicatedFigure.Agreement.EXACT)
        .extracting(ReplicatedFigure::option)
        .containsExactlyInAnyOrder(
            "joint_application_for_research_projects",
            "assistance_with_software_transformation",
            "knowledge_of_clinical_project_determination",
            "research_funding");
  }

  @Test
  void nearestPossibleFiguresAreWithinOneRespondentOfThePrintedValue() {
    for (ReplicatedFigure f : figures) {
      if (f.agreement() == ReplicatedFigure.Agreement.NEAREST_POSSIBLE) {
        double printedCount = f.published() * f.denominator() / 100.0;
        assertThat(Math.abs(f.n() - printedCount)).as(f.item() + "/" + f.option()).isLessThan(1.0);
      }
    }
  }

  @Test
  void tertiaryAndSecondaryHospitalsHostTranslationDepartmentsAsThePaperSays() {
    ReplicatedFigure tertiary =
        figures.stream()
            .filter(f -> f.item().equals("ai_department_by_tier") && f.option().equals("tertiary"))
            .findFirst()
            .orElseThrow();
    assertThat(tertiary.recomputedAsPrinted()).isEqualByComparingTo("27");
    assertThat(tertiary.denominator()).isBetween(3240L, 3260L);
  }

  @Test
  void synthesisIsDeterministic() {
    StudyData again = StudyData.synthesize(study);
    var a = data.dataset("clinician").column("ai_department");
    var b = again.dataset("clinician").column("ai_department");
    for (int r = 0; r < data.dataset("clinician").size(); r++) {
      assertThat(a.answer(r)).isEqualTo(b.answer(r));
    }
  }
}
