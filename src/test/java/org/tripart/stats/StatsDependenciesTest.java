package org.tripart.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Statistics are pure functions of a dataset: they read nothing but the dataset and its model. */
class StatsDependenciesTest {
  @Test
  void statsDependsOnlyOnDatasetInstrumentAndCommonsMath() {
    JavaClasses stats =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tripart.stats");

    classes()
        .that()
        .resideInAPackage("org.tripart.stats..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.tripart",
            "org.tripart.stats..",
            "org.tripart.dataset..",
            "org.tripart.instrument..",
            "org.apache.commons.math3..",
            "java.lang..",
            "java.util..",
            // Collator only: BRR orders strata by label as R's sort does (ICU root collation)
            "java.text..")
        .check(stats);
  }
}
