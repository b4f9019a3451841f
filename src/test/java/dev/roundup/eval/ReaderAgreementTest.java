package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second reader's gold scored against the writer's as a summary would be: full agreement
 * scores 1, a reading that leaves out, adds or names another owner scores as a summary doing
 * the same would; a reading is paired with its thread and refused without one.
 */
class ReaderAgreementTest {

  private static final List<String> THREAD = List.of(
      "# kind: incident",
      "# lang: en",
      "# batch: 7",
      "ana: checkout errors since 14:05, the new gateway client times out",
      "  ben: <@cleo> can you roll back the gateway client?",
      "  cleo: on it",
      "  cleo: rollback done, errors are back to normal",
      "  ben: ok. no gateway deploys on fridays from now on",
      "  ana: +1. <@dev> can you write the postmortem by Friday?",
      "  dev: sure, I'll have it by Friday",
      "  ana: do we tell the payments partner?");

  private static final List<String> WRITER = List.of(
      "== gold",
      "decision 5,6: No gateway deploys on Fridays",
      "action 2,3,4 cleo: Roll back the gateway client (done)",
      "action 6,7 dev: Write the postmortem by Friday",
      "question 8: Do we tell the payments partner?");

  @Test
  void a_reading_agrees_fully_with_itself() {
    GoldThread thread = thread(WRITER);
    ThreadScorer.Result r = ThreadScorer.score(thread, ReaderAgreement.asSummary(thread));

    assertThat(r.decisions()).isEqualTo(new SectionScore(1, 0, 0));
    // The rollback is done in the thread: a summary neither lists it nor misses it.
    assertThat(r.actions()).isEqualTo(new SectionScore(1, 0, 0));
    assertThat(r.questions()).isEqualTo(new SectionScore(1, 0, 0));
  }

  @Test
  void a_reading_that_leaves_out_adds_or_names_another_owner_scores_as_a_summary_would() {
    GoldThread second = thread(List.of(
        "== gold",
        "decision 2: Roll back the gateway client",
        "action 6,7 ana: Write the postmortem by Friday",
        "question 8: Do we tell the payments partner?"));
    ThreadScorer.Result r = ThreadScorer.score(thread(WRITER), ReaderAgreement.asSummary(second));

    assertThat(r.decisions()).isEqualTo(new SectionScore(0, 1, 1));
    assertThat(r.actions()).isEqualTo(new SectionScore(0, 1, 1));
    assertThat(r.questions()).isEqualTo(new SectionScore(1, 0, 0));
  }

  @Test
  void a_task_the_second_reader_marks_done_is_left_out_as_a_summary_leaves_it_out() {
    GoldThread second = thread(List.of(
        "== gold",
        "decision 5,6: No gateway deploys on Fridays",
        "action 6,7 dev: Write the postmortem by Friday (done)",
        "question 8: Do we tell the payments partner?"));
    ThreadScorer.Result r = ThreadScorer.score(thread(WRITER), ReaderAgreement.asSummary(second));

    assertThat(ReaderAgreement.asSummary(second).actionItems()).isEmpty();
    assertThat(r.actions()).isEqualTo(new SectionScore(0, 0, 1));
  }

  @Test
  void a_reading_of_a_thread_in_both_splits_is_refused(@TempDir Path threads) throws IOException {
    write(threads.resolve("dev/gateway-rollback.thread"), WRITER);
    write(threads.resolve("heldout/gateway-rollback.thread"), WRITER);
    Files.createDirectories(threads.resolve(ReaderAgreement.FOLDER));
    Files.write(threads.resolve(ReaderAgreement.FOLDER).resolve("gateway-rollback.gold"),
        List.of("decision 5: No gateway deploys on Fridays"));
    assertThatThrownBy(() -> ReaderAgreement.load(threads))
        .isInstanceOf(IOException.class).hasMessageContaining("more than one");
  }

  @Test
  void each_second_reading_is_paired_with_its_thread(@TempDir Path threads) throws IOException {
    write(threads.resolve("heldout/gateway-rollback.thread"), WRITER);
    Files.createDirectories(threads.resolve(ReaderAgreement.FOLDER));
    Files.write(threads.resolve(ReaderAgreement.FOLDER).resolve("gateway-rollback.gold"), List.of(
        "decision 5: No gateway deploys on Fridays",
        "action 7 dev: Write the postmortem"));

    List<ReaderAgreement.Reading> readings = ReaderAgreement.load(threads);

    assertThat(readings).singleElement().satisfies(r -> {
      assertThat(r.first().id()).isEqualTo("gateway-rollback");
      assertThat(r.second().conversation().messages())
          .isEqualTo(r.first().conversation().messages());
      assertThat(r.second().decisions()).singleElement()
          .satisfies(d -> assertThat(d.sources()).containsExactly(5));
      assertThat(r.first().decisions()).singleElement()
          .satisfies(d -> assertThat(d.sources()).containsExactly(5, 6));
    });
    ThreadScorer.Result r = ReaderAgreement.scored(readings).get(0);
    assertThat(r.decisions()).isEqualTo(new SectionScore(1, 0, 0));
    assertThat(r.actions()).isEqualTo(new SectionScore(1, 0, 0));
    assertThat(r.questions()).isEqualTo(new SectionScore(0, 0, 1));
  }

  @Test
  void no_folder_is_no_readings(@TempDir Path threads) throws IOException {
    write(threads.resolve("dev/gateway-rollback.thread"), WRITER);
    assertThat(ReaderAgreement.load(threads)).isEmpty();
  }

  @Test
  void a_reading_of_no_thread_is_refused_by_name(@TempDir Path threads) throws IOException {
    Files.createDirectories(threads.resolve(ReaderAgreement.FOLDER));
    Files.write(threads.resolve(ReaderAgreement.FOLDER).resolve("nowhere.gold"),
        List.of("decision 1: Something"));
    assertThatThrownBy(() -> ReaderAgreement.load(threads))
        .isInstanceOf(IOException.class).hasMessageContaining("nowhere.gold");
  }

  @Test
  void a_reading_citing_a_message_the_thread_lacks_is_refused_by_name(@TempDir Path threads)
      throws IOException {
    write(threads.resolve("dev/gateway-rollback.thread"), WRITER);
    Files.createDirectories(threads.resolve(ReaderAgreement.FOLDER));
    Files.write(threads.resolve(ReaderAgreement.FOLDER).resolve("gateway-rollback.gold"),
        List.of("decision 12: Something"));
    assertThatThrownBy(() -> ReaderAgreement.load(threads))
        .isInstanceOf(IOException.class).hasMessageContaining("gateway-rollback.gold");
  }

  @Test
  void the_shipped_second_readings_each_read_a_thread_of_the_eval() throws IOException {
    List<ReaderAgreement.Reading> readings = ReaderAgreement.load(ThreadEval.DEFAULT_FOLDER);

    assertThat(readings).hasSizeGreaterThanOrEqualTo(64);
    assertThat(readings).allSatisfy(r -> assertThat(r.second().conversation().messages())
        .isEqualTo(r.first().conversation().messages()));
    assertThat(readings).allSatisfy(r -> assertThat(r.second().decisions().size()
        + r.second().actions().size() + r.second().questions().size()).isPositive());
  }

  private static GoldThread thread(List<String> gold) {
    List<String> lines = new ArrayList<>(THREAD);
    lines.addAll(gold);
    return GoldThreadLoader.parse("gateway-rollback", "dev", lines);
  }

  private static void write(Path file, List<String> gold) throws IOException {
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>(THREAD);
    lines.addAll(gold);
    Files.write(file, lines);
  }
}
