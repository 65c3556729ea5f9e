package org.tripart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void theJsonCodecKnowsOnlyTheAnswerModelBelowTheWebTheStoreAndTheFormatMappings() {
    noClasses()
        .that()
        .resideInAPackage("org.tripart.json..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart.store..",
            "org.tripart.web..",
            "org.tripart.cli..",
            "org.tripart.interop..",
            "org.tripart.capture..",
            "org.tripart.dataset..",
            "org.tripart.stats..",
            "org.tripart.analysis..",
            "org.tripart.report..",
            "org.tripart.study..",
            "org.tripart.synth..",
            "org.tripart.fieldwork..",
            "io.javalin..",
            "java.sql..",
            "java.net..")
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

  /**
   * Every package's {@code package-info.java} says its role and, in a paragraph starting {@code
   * <p>Uses}, the other Tripart packages it uses; the classes use exactly those, so the sentence
   * cannot go stale: a new arrow is written down (and reviewed) where the package describes itself.
   */
  @Test
  void everyPackageSaysWhichOthersItUsesAndUsesExactlyThose() throws IOException {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (JavaClass c : classes) {
      String own = c.getPackageName();
      Set<String> uses = actual.computeIfAbsent(own, k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        while (target.isArray()) {
          target = target.getComponentType();
        }
        String p = target.getPackageName();
        if ((p.equals("org.tripart") || p.startsWith("org.tripart.")) && !p.equals(own)) {
          uses.add(p);
        }
      }
    }
    Map<String, Set<String>> declared = new TreeMap<>();
    Pattern code = Pattern.compile("\\{@code[\\s*]+(org\\.tripart[\\w.]*)}");
    for (String p : actual.keySet()) {
      Path info = Path.of("src/main/java", p.replace('.', '/'), "package-info.java");
      assertThat(info).as("package %s describes itself in package-info.java", p).exists();
      String text = Files.readString(info);
      int at = text.indexOf("<p>Uses");
      assertThat(at).as("%s says which packages it uses (<p>Uses ...)", info).isNotNegative();
      int end = text.indexOf("<p>", at + 3);
      String uses = text.substring(at, end < 0 ? text.indexOf("*/", at) : end);
      Set<String> named = new TreeSet<>();
      Matcher m = code.matcher(uses);
      while (m.find()) {
        named.add(m.group(1));
      }
      declared.put(p, named);
    }
    for (String p : actual.keySet()) {
      assertThat(declared.get(p))
          .as("the Tripart packages %s uses, as its package-info.java names them", p)
          .isEqualTo(actual.get(p));
    }
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
