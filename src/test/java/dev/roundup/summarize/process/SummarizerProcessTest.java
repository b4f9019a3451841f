package dev.roundup.summarize.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.eval.GoldThread;
import dev.roundup.eval.GoldThreadLoader;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real child JVM, started from this test's class path, against the summarizer run here. */
class SummarizerProcessTest {

  private static final Summarizer HERE = new ExtractiveSummarizer();
  private static List<Conversation> threads;
  private static Conversation channel;

  private final List<AutoCloseable> opened = new ArrayList<>();
  private final ExecutorService callers = Executors.newFixedThreadPool(4);

  @BeforeAll
  static void conversations() throws Exception {
    threads = GoldThreadLoader.loadAll(Path.of("src/test/resources/eval/slack-threads/dev")).stream()
        .limit(40).map(GoldThread::conversation).toList();
    channel = longChannel(threads, 4_000);
  }

  @AfterEach
  void close() throws Exception {
    callers.shutdownNow();
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  @Test
  void the_child_summarizes_every_conversation_as_the_server_would() throws Exception {
    SummarizerProcess apart = open(SummarizerProcess.Settings.defaults(), Duration.ofHours(1));
    long pid = apart.childPid().orElseThrow();
    assertThat(ProcessHandle.current().children().map(ProcessHandle::pid)).contains(pid);
    if (Files.exists(Path.of("/proc", Long.toString(pid), "stat"))) {
      // The child starts as `nice`, which lowers itself and then becomes the JVM: read until it has.
      await().atMost(Duration.ofSeconds(30)).untilAsserted(
          () -> assertThat(nice(pid)).as("the child runs at nice 10").isEqualTo("10"));
    }

    List<Future<Summary>> made = new ArrayList<>();
    for (Conversation thread : threads) {
      made.add(callers.submit(() -> apart.summarize(thread, SummaryOptions.focusedOn("deploy"))));
    }
    for (int i = 0; i < threads.size(); i++) {
      assertThat(made.get(i).get()).isEqualTo(HERE.summarize(threads.get(i), SummaryOptions.focusedOn("deploy")));
    }
    assertThat(apart.madeHere()).as("every summary came from the child").isZero();
    assertThat(apart.started()).isEqualTo(1);
    assertThat(apart.childPid()).contains(pid);
  }

  @Test
  void a_child_killed_mid_work_loses_no_summary_and_is_started_again() throws Exception {
    SummarizerProcess apart = open(SummarizerProcess.Settings.defaults(), Duration.ZERO);
    long killed = apart.childPid().orElseThrow();
    Summary expected = HERE.summarize(channel);
    List<Future<Summary>> made = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      made.add(callers.submit(() -> apart.summarize(channel)));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> apart.inFlight() >= 3);
    ProcessHandle.of(killed).orElseThrow().destroyForcibly();

    for (Future<Summary> summary : made) {
      assertThat(summary.get()).isEqualTo(expected);
    }
    assertThat(apart.madeHere()).as("what the dead child owed was made here").isPositive();

    Conversation thread = threads.get(0);
    assertThat(apart.summarize(thread)).isEqualTo(HERE.summarize(thread));
    assertThat(apart.started()).isEqualTo(2);
    assertThat(apart.childPid()).isPresent().get().isNotEqualTo(killed);
  }

  @Test
  void a_child_that_cannot_start_leaves_the_summaries_to_the_server() {
    SummarizerProcess apart = open(new SummarizerProcess.Settings(true,
        List.of("-XX:+RoundupNoSuchOption"), 0, Duration.ofMinutes(1)), Duration.ofHours(1));
    Conversation thread = threads.get(1);

    assertThat(apart.summarize(thread)).isEqualTo(HERE.summarize(thread));
    assertThat(apart.summarize(thread)).isEqualTo(HERE.summarize(thread));
    assertThat(apart.madeHere()).isEqualTo(2);
    assertThat(apart.started()).as("not restarted within the gap").isEqualTo(1);
  }

  @Test
  void a_summary_the_child_is_too_slow_for_is_made_here_and_the_child_kept() {
    SummarizerProcess apart = open(new SummarizerProcess.Settings(true,
        SummarizerProcess.Settings.DEFAULT_JVM_OPTIONS, 0, Duration.ofMillis(1)), Duration.ofHours(1));
    long pid = apart.childPid().orElseThrow();

    assertThat(apart.summarize(channel)).isEqualTo(HERE.summarize(channel));
    assertThat(apart.madeHere()).isEqualTo(1);
    assertThat(apart.childPid()).contains(pid);
  }

  @Test
  void once_closed_the_child_is_gone_and_summaries_are_made_here() {
    SummarizerProcess apart = open(SummarizerProcess.Settings.defaults(), Duration.ZERO);
    ProcessHandle child = ProcessHandle.of(apart.childPid().orElseThrow()).orElseThrow();

    apart.close();

    assertThat(child.isAlive()).isFalse();
    assertThat(apart.childPid()).isEmpty();
    Conversation thread = threads.get(2);
    assertThat(apart.summarize(thread)).isEqualTo(HERE.summarize(thread));
    assertThat(apart.madeHere()).isEqualTo(1);
    assertThat(apart.started()).as("a closed summarizer starts no child").isEqualTo(1);
  }

  /** A process's nice value from {@code /proc/PID/stat}: "pid (name) state …", the 17th field after the name. */
  private static String nice(long pid) throws java.io.IOException {
    String fields = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return fields.substring(fields.lastIndexOf(')') + 2).split(" ")[16];
  }

  private SummarizerProcess open(SummarizerProcess.Settings settings, Duration restartGap) {
    SummarizerProcess apart = new SummarizerProcess(HERE, settings, 2, restartGap);
    opened.add(apart);
    return apart;
  }

  /** A channel of {@code size} messages: the test threads' messages again and again, a minute apart. */
  static Conversation longChannel(List<Conversation> from, int size) {
    List<Message> all = from.stream().flatMap(c -> c.messages().stream()).toList();
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Message m = all.get(i % all.size());
      messages.add(new Message(String.format(Locale.ROOT, "%d.000100", 1_700_000_000L + 60L * i), null,
          m.user(), m.text(), 0));
    }
    return new Conversation("C0CHANNEL", messages);
  }
}
