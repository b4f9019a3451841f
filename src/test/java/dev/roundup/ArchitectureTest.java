package dev.roundup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule, as docs/ARCHITECTURE.md draws it: packages point one way. The app on top;
 * features below it, which use one another only without cycles; the privacy rule and the models
 * below them; Slack plumbing and the store at the bottom, importing no feature. The Slack emulator
 * stands apart and imports nothing of Roundup but the export reader, which is pure (the JDK and
 * Gson) so that the summarizer and the emulator read exports one way.
 */
class ArchitectureTest {

  private static final String[] FEATURES = {
      "dev.roundup.summaries..", "dev.roundup.tasks..", "dev.roundup.digest..", "dev.roundup.ingest..",
      "dev.roundup.suggest..", "dev.roundup.conversations..", "dev.roundup.budgets.."};

  // Imported once for all the rules (JUnit makes a new instance per test): the import is the slow part.
  private static final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.roundup");

  @Test
  void packages_have_no_cycles() {
    slices().matching("dev.roundup.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void layers_are_used_only_from_above() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("App").definedBy("dev.roundup.app..")
        .layer("Tools").definedBy("dev.roundup.eval..")
        .layer("Features").definedBy(FEATURES)
        .layer("Rules and models").definedBy("dev.roundup.access..", "dev.roundup.summarize..",
            "dev.roundup.schedule..", "dev.roundup.jobs..", "dev.roundup.llm..")
        .layer("Plumbing").definedBy("dev.roundup.slack..", "dev.roundup.store..", "dev.roundup.time..",
            "dev.roundup.web..", "dev.roundup.install..", "dev.roundup.threads..")
        .layer("Emulator").definedBy("dev.roundup.sandbox..")
        .layer("Formats").definedBy("dev.roundup.export..")
        .whereLayer("App").mayNotBeAccessedByAnyLayer()
        .whereLayer("Tools").mayOnlyBeAccessedByLayers("App")
        .whereLayer("Features").mayOnlyBeAccessedByLayers("App")
        .whereLayer("Rules and models").mayOnlyBeAccessedByLayers("App", "Tools", "Features")
        .whereLayer("Plumbing").mayOnlyBeAccessedByLayers("App", "Tools", "Features", "Rules and models")
        .whereLayer("Emulator").mayOnlyBeAccessedByLayers("App")
        .whereLayer("Formats").mayOnlyBeAccessedByLayers("App", "Tools", "Features",
            "Rules and models", "Plumbing", "Emulator")
        .check(classes);
  }

  @Test
  void roundup_s_own_threads_come_from_the_work_threads_factory() {
    // So every pool can run behind the acknowledgements (WorkThreads); the command line's shutdown
    // hooks and the emulator's own threads are not Roundup's work.
    noClasses().that().resideOutsideOfPackages("dev.roundup.threads..", "dev.roundup.sandbox..",
            "dev.roundup.app..")
        .should().callConstructor(Thread.class, Runnable.class, String.class)
        .orShould().callConstructor(Thread.class, Runnable.class)
        .check(classes);
  }

  @Test
  void the_export_reader_is_pure() {
    classes().that().resideInAPackage("dev.roundup.export..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.roundup.export..", "java..",
            "com.google.gson..")
        .check(classes);
  }

  @Test
  void slack_plumbing_imports_no_feature_and_no_model() {
    noClasses().that().resideInAPackage("dev.roundup.slack..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.roundup.summarize..",
            "dev.roundup.access..", "dev.roundup.app.."))
        .check(classes);
  }

  @Test
  void the_schedule_parser_is_pure() {
    classes().that().resideInAPackage("dev.roundup.schedule..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.roundup.schedule..", "java.lang..",
            "java.time..", "java.util..", "java.io..", "org.slf4j..")
        .check(classes);
  }

  @Test
  void the_quartz_adapter_knows_no_feature() {
    noClasses().that().resideInAPackage("dev.roundup.jobs..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.roundup.slack..",
            "dev.roundup.schedule.."))
        .check(classes);
  }

  @Test
  void the_privacy_rule_depends_only_on_slack_plumbing() {
    noClasses().that().resideInAPackage("dev.roundup.access..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.roundup.summarize..",
            "dev.roundup.jobs..", "dev.roundup.app.."))
        .check(classes);
  }

  @Test
  void the_emulator_imports_nothing_of_roundup() {
    noClasses().that().resideInAPackage("dev.roundup.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.roundup.app..",
            "dev.roundup.slack..", "dev.roundup.store..", "dev.roundup.access..", "dev.roundup.summarize..",
            "dev.roundup.schedule..", "dev.roundup.jobs..", "dev.roundup.llm..", "dev.roundup.time..",
            "dev.roundup.eval..", "dev.roundup.web.."))
        .check(classes);
  }

  @Test
  void the_install_plumbing_imports_no_feature_and_no_model() {
    noClasses().that().resideInAPackage("dev.roundup.install..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.roundup.summarize..",
            "dev.roundup.access..", "dev.roundup.app..", "dev.roundup.web..", "dev.roundup.sandbox.."))
        .check(classes);
  }

  @Test
  void the_http_front_door_imports_no_feature() {
    noClasses().that().resideInAPackage("dev.roundup.web..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.roundup.app..",
            "dev.roundup.access..", "dev.roundup.summarize..", "dev.roundup.schedule.."))
        .check(classes);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
