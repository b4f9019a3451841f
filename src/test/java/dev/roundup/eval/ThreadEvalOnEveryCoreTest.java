package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ExtractiveSummarizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trainers score their folds and read their examples on every core: the results, thread by
 * thread and in file order, are those of one thread, so the figures they print and the models
 * they write do not depend on the machine.
 */
class ThreadEvalOnEveryCoreTest {

  private static List<GoldThread> someTuningThreads() throws Exception {
    return GoldThreadLoader.loadAll(ThreadEval.DEFAULT_FOLDER).stream()
        .filter(t -> t.split().equals("dev")).limit(60).toList();
  }

  @Test
  void every_core_scores_each_thread_as_one_thread_does_in_file_order() throws Exception {
    List<GoldThread> threads = someTuningThreads();
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    List<ThreadScorer.Result> alone = ThreadEval.run("one", summarizer, threads).results();
    List<ThreadScorer.Result> everyCore =
        ThreadEval.runOnEveryCore("every", summarizer, threads).results();

    assertThat(everyCore).hasSameSizeAs(threads);
    for (int i = 0; i < threads.size(); i++) {
      assertThat(everyCore.get(i).thread().id()).isEqualTo(threads.get(i).id());
      assertThat(everyCore.get(i).mistakes()).isEqualTo(alone.get(i).mistakes());
      assertThat(everyCore.get(i).actions()).isEqualTo(alone.get(i).actions());
      assertThat(everyCore.get(i).decisions()).isEqualTo(alone.get(i).decisions());
    }
  }

  @Test
  void each_thread_is_read_once_and_the_readings_kept_in_file_order() throws Exception {
    List<GoldThread> threads = someTuningThreads();

    List<String> read = ThreadEval.eachOnEveryCore(threads, GoldThread::id);

    assertThat(read).containsExactlyElementsOf(threads.stream().map(GoldThread::id).toList());
  }
}
