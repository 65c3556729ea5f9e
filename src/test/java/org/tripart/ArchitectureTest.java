package org.tripart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the one-way arrows of the pipeline: instrument -> dataset -> stats -> report. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tripart");
  }

  @Test
  void statisticsKnowNothingOfStorageWebCommandLineOrReports() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.stats..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.store..",
            "org.tripart.web..",
            "org.tripart.cli..",
            "org.tripart.report..",
            "org.tripart.study..",
            "org.tripart.synth..",
            "java.sql..",
            "java.net..")
        .check(classes);
  }

  @Test
  void analysisSetsUpAndRunsOnDataAndStatisticsAloneAndReportsOnlyRenderIt() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.report..",
            "org.tripart.store..",
            "org.tripart.web..",
            "org.tripart.cli..",
            "org.tripart.study..",
            "org.tripart.synth..",
            "java.sql..",
            "java.net..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("org.tripart.stats..", "org.tripart.dataset..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tripart.analysis..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.tripart.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tripart.cli..", "org.tripart.web..")
        .check(classes);
  }

  @Test
  void datasetKnowsNothingOfStatisticsStorageWebOrCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.dataset..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.stats..",
            "org.tripart.store..",
            "org.tripart.web..",
            "org.tripart.cli..",
            "org.tripart.report..",
            "org.tripart.study..",
            "org.tripart.synth..",
            "java.sql..",
            "java.net..")
        .check(classes);
  }

  @Test
  void instrumentModelStandsAlone() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.instrument..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.dataset..",
            "org.tripart.stats..",
            "org.tripart.report..",
            "org.tripart.study..",
            "org.tripart.synth..",
            "org.tripart.cli..",
            "org.tripart.web..",
            "org.tripart.store..")
        .check(classes);
  }

  @Test
  void captureAndFieldworkAreFreeOfStorageWebAndCommandLine() {
    noClasses()
        .that()
        .resideInAnyPackage("org.tripart.capture..", "org.tripart.fieldwork..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.store..", "org.tripart.web..", "org.tripart.cli..", "java.sql..")
        .check(classes);
  }

  @Test
  void storageKnowsNothingOfWebOrCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tripart.web..", "org.tripart.cli..", "io.javalin..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.tripart.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tripart.cli..")
        .check(classes);
  }

  @Test
  void reportsDoNotReachBackIntoStudiesOrSynthesis() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tripart.study..", "org.tripart.synth..", "org.tripart.audit..")
        .check(classes);
  }

  @Test
  void onlyTheServersImportRoutesAndTheCommandLineKnowOtherToolsFormats() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.tripart.stats..",
            "org.tripart.store..",
            "org.tripart.dataset..",
            "org.tripart.instrument..",
            "org.tripart.capture..",
            "org.tripart.report..",
            "org.tripart.fieldwork..",
            "org.tripart.disclosure..",
            "org.tripart.synth..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tripart.interop..", "ca.uhn.fhir..", "org.hl7.fhir..")
        .check(classes);
  }

  @Test
  void theServersPackagesUseEachOtherOneWayOnly() {
    slices().matching("org.tripart.(web..)").should().beFreeOfCycles().check(classes);
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.tripart.web.auth..",
            "org.tripart.web.dashboard..",
            "org.tripart.web.pages..",
            "org.tripart.web.http..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tripart.web")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.tripart.web.http..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.web.auth..",
            "org.tripart.web.dashboard..",
            "org.tripart.web.pages..",
            "org.tripart.store..")
        .check(classes);
  }

  @Test
  void formatMappingsKnowNothingOfStorageWebOrStatistics() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.interop..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.store..",
            "org.tripart.web..",
            "org.tripart.cli..",
            "org.tripart.stats..",
            "io.javalin..")
        .check(classes);
  }
}
