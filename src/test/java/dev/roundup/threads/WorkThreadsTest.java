package dev.roundup.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkThreadsTest {

  @Test
  void work_threads_are_daemons_named_by_their_pool_at_the_lowest_java_priority() {
    WorkThreads factory = WorkThreads.of("roundup-test-", WorkThreads.Priority.BACKGROUND);

    Thread first = factory.newThread(() -> { });
    Thread second = factory.newThread(() -> { });

    assertThat(first.getName()).isEqualTo("roundup-test-1");
    assertThat(second.getName()).isEqualTo("roundup-test-2");
    assertThat(first.isDaemon()).isTrue();
    assertThat(first.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
  }

  @Test
  void background_threads_run_at_nice_10_on_linux() throws Exception {
    assumeLinuxWithRenice();

    assertThat(niceInside(WorkThreads.Priority.BACKGROUND)).hasValue(10);
  }

  @Test
  void threads_behind_the_acks_run_at_nice_5_ahead_of_background_work() throws Exception {
    assumeLinuxWithRenice();

    assertThat(niceInside(WorkThreads.Priority.BEHIND_ACKS)).hasValue(5);
  }

  @Test
  void the_thread_that_starts_work_threads_keeps_its_own_priority() throws Exception {
    assumeLinuxWithRenice();
    OptionalInt before = OsPriority.currentNice();

    niceInside(WorkThreads.Priority.BACKGROUND);

    // Per thread, not per process: the HTTP threads that acknowledge are not lowered with the work.
    assertThat(OsPriority.currentNice()).isEqualTo(before);
  }

  @Test
  void without_the_jvm_option_work_threads_keep_the_nice_value_of_the_thread_that_made_them() throws Exception {
    assumeLinuxWithRenice();
    OptionalInt creator = OsPriority.currentNice();
    CompletableFuture<OptionalInt> nice = new CompletableFuture<>();
    Thread thread = WorkThreads.of("roundup-test-", WorkThreads.Priority.BACKGROUND, false)
        .newThread(() -> nice.complete(OsPriority.currentNice()));

    thread.start();

    assertThat(nice.get(30, TimeUnit.SECONDS)).isEqualTo(creator);
  }

  @Test
  void the_work_given_runs_on_the_lowered_thread() throws Exception {
    CompletableFuture<String> ranOn = new CompletableFuture<>();
    Thread thread = WorkThreads.of("roundup-test-", WorkThreads.Priority.BEHIND_ACKS)
        .newThread(() -> ranOn.complete(Thread.currentThread().getName()));

    thread.start();

    assertThat(ranOn.get(30, TimeUnit.SECONDS)).isEqualTo("roundup-test-1");
  }

  /** The nice value a thread of a pool at {@code priority} sees for itself while it runs its work. */
  private static OptionalInt niceInside(WorkThreads.Priority priority) throws Exception {
    CompletableFuture<OptionalInt> nice = new CompletableFuture<>();
    Thread thread = WorkThreads.of("roundup-test-", priority, true).newThread(() -> nice.complete(OsPriority.currentNice()));
    thread.start();
    return nice.get(30, TimeUnit.SECONDS);
  }

  private static void assumeLinuxWithRenice() {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
    assumeTrue(OsPriority.currentNice().orElse(99) < 5, "a test run already at nice 5 or lower priority");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
        "renice installed");
  }
}
