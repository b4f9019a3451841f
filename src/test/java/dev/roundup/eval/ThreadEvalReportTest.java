package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ExtractiveSummarizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thread eval report groups the threads by the batch they were written in, in batch order
 * (numbers compared as numbers), with the unnumbered first threads first.
 */
class ThreadEvalReportTest {

  private static GoldThread thread(String id, String batch) {
    List<String> lines = new ArrayList<>(List.of("# kind: incident", "# lang: en"));
    if (batch != null) {
      lines.add("# batch: " + batch);
    }
    lines.addAll(List.of(
        "ana: checkout errors since 14:05, the new gateway client times out",
        "  ben: <@cleo> can you roll back the gateway client?",
        "  cleo: on it, rolling back now",
        "== gold",
        "action 2,3 cleo: Roll back the gateway client"));
    return GoldThreadLoader.parse(id, "dev", lines);
  }

  @Test
  void threads_are_grouped_by_batch_in_number_order_with_the_unnumbered_first() {
    ThreadEval.Run run = ThreadEval.run("embedded", new ExtractiveSummarizer(), List.of(
        thread("ten-a", "10"), thread("two", "2"), thread("first", null), thread("ten-b", "10")));

    var batches = ThreadEvalReport.byBatch(run);

    assertThat(batches.keySet())
        .containsExactly("first threads (unnumbered)", "batch 2", "batch 10");
    assertThat(batches.get("batch 10").threads()).isEqualTo(2);
    assertThat(ThreadEvalReport.markdown(List.of(run)))
        .contains("**By batch (all threads;")
        .contains("| batch 10 | 2 |");
  }

  @Test
  void a_second_reading_is_reported_beside_the_summarizer_on_the_threads_read_twice() {
    GoldThread read = thread("read-twice", "7");
    List<String> second = new ArrayList<>(List.of("# kind: incident", "# lang: en", "# batch: 7",
        "ana: checkout errors since 14:05, the new gateway client times out",
        "  ben: <@cleo> can you roll back the gateway client?",
        "  cleo: on it, rolling back now",
        "== gold",
        "action 2,3 ben: Roll back the gateway client"));
    ThreadEval.Run run = ThreadEval.run("embedded", new ExtractiveSummarizer(),
        List.of(read, thread("read-once", "8")));

    String md = ThreadEvalReport.markdown(List.of(run), null, List.of(
        new ReaderAgreement.Reading(read, GoldThreadLoader.parse("read-twice", "dev", second))));

    // The second reader names another owner: their item is wrong and the writer's missed.
    assertThat(md).contains("### Two readers").contains("for 1 thread (batches 7;")
        .contains("| second reader, tuned on | 1 | 1.00 | 1.00 | 0.00 | 0.00 | 1.00 | 1.00 |")
        .contains("| embedded, tuned on | 1 |");
    assertThat(ThreadEvalReport.markdown(List.of(run))).doesNotContain("Two readers");
  }

  @Test
  void the_loader_reads_the_batch_header_and_leaves_it_empty_when_absent() {
    assertThat(thread("x", "16").batch()).isEqualTo("16");
    assertThat(thread("y", null).batch()).isEmpty();
  }
}
