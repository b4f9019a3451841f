package dev.roundup.schedule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The schedule package says when; it must never learn what runs (no feature package imports). */
class ArchitectureTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.roundup");

  @Test
  void the_schedule_package_depends_on_no_feature_package() {
    noClasses().that().resideInAPackage("dev.roundup.schedule..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.roundup.tasks..", "dev.roundup.digest..", "dev.roundup.slack..",
            "dev.roundup.summarize..", "dev.roundup.llm..")
        .check(classes);
  }
}
