package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.block.LayoutBlock;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound queue posting to the Slack emulator over HTTP, with Slack's posting limits modelled
 * there (429 with Retry-After beyond them): it keeps to its own pace, honours a 429 for the one
 * channel that got it, and takes turns between deliveries.
 */
class OutboundQueueTest {

  private static final String TEAM = "T0SANDBOX";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Workspace workspace = Workspace.sample();
  private final SlackEmulator emulator = SlackEmulator.start(workspace);
  private final Slack sdk;
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final Poster poster;
  private OutboundQueue queue;

  OutboundQueueTest() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    sdk = Slack.getInstance(config);
    poster = new Poster(new SlackApi(sdk.methods(workspace.botToken()), workspace.botToken(), Sleeper.system(),
        Duration.ofMinutes(1), metrics));
  }

  @AfterEach
  void stop() throws Exception {
    if (queue != null) {
      queue.close();
    }
    emulator.close();
    sdk.close();
  }

  private List<ApiCall> posts() {
    return emulator.calls("chat.postMessage");
  }

  private static MessagePart part(String text) {
    return new MessagePart(text, List.<LayoutBlock>of(BlockPacker.markdownSection(text)));
  }

  private List<String> texts(String channel) {
    return workspace.messages(channel).stream()
        .filter(m -> workspace.botUserId().equals(m.user())).map(StoredMessage::text).toList();
  }

  @Test
  void a_burst_into_one_channel_keeps_to_its_pace_and_order_and_earns_no_429() {
    // The queue keeps a little under Slack's limit: requests reach Slack a few milliseconds
    // after they leave, unevenly, so a queue at exactly Slack's pace would earn the odd 429.
    emulator.limitPosting(10, 2, 6000, 100);
    queue = new OutboundQueue(poster, new PostingLimits(8, 1, 6000, 100), 4, metrics);

    List<CompletableFuture<String>> sent = IntStream.range(0, 8)
        .mapToObj(i -> queue.text(TEAM, Destination.channel("C0GENERAL"), "burst " + i, null)).toList();
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

    assertThat(texts("C0GENERAL")).containsExactly("burst 0", "burst 1", "burst 2", "burst 3",
        "burst 4", "burst 5", "burst 6", "burst 7");
    assertThat(posts()).allSatisfy(call -> assertThat(call.httpStatus()).isEqualTo(200));
    // One every 125 ms: the eighth leaves 750 ms after the second. Measured where they arrive, from
    // the second (the first also opens the HTTP connection and can arrive late, which shortens the
    // spread without the queue going any faster); the margin is for arrival jitter on a loaded
    // machine, far above what no pacing would give (all eight within a few milliseconds).
    Duration spread = Duration.between(posts().get(1).at(), posts().get(7).at());
    assertThat(spread).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(queue.pending()).isZero();
  }

  @Test
  void a_429_makes_only_that_channel_wait_and_its_post_goes_out_after_retry_after() {
    // Slack allows one post per channel per second here; the queue itself is not pacing.
    emulator.limitPosting(1, 1, 6000, 100);
    queue = new OutboundQueue(poster, PostingLimits.UNLIMITED, 4, metrics);

    CompletableFuture<String> first = queue.text(TEAM, Destination.channel("C0GENERAL"), "first", null);
    CompletableFuture<String> second = queue.text(TEAM, Destination.channel("C0GENERAL"), "second", null);
    List<CompletableFuture<String>> others = new ArrayList<>();
    for (String channel : List.of("C0ENG", "C0INCIDENTS", "C0LEADS")) {
      others.add(queue.text(TEAM, Destination.channel(channel), "elsewhere", null));
    }
    CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
    first.join();
    assertThat(second).isNotDone();

    assertThat(second.join()).isNotBlank();
    assertThat(texts("C0GENERAL")).containsExactly("first", "second");
    List<ApiCall> general = posts().stream().filter(c -> "C0GENERAL".equals(c.params().get("channel"))).toList();
    ApiCall refused = general.stream().filter(c -> c.httpStatus() == 429).findFirst().orElseThrow();
    ApiCall accepted = general.get(general.size() - 1);
    assertThat(accepted.ok()).isTrue();
    // It waited what Retry-After said (1 s), not less.
    assertThat(Duration.between(refused.at(), accepted.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    // The other channels did not wait for it.
    assertThat(posts().stream().filter(c -> !"C0GENERAL".equals(c.params().get("channel"))))
        .allSatisfy(c -> assertThat(c.at()).isBefore(accepted.at()));
    assertThat(metrics.counter("roundup_outbound_rate_limited_total").count()).isPositive();
  }

  @Test
  void a_one_line_reminder_does_not_wait_behind_a_long_multi_part_summary() {
    emulator.limitPosting(5, 1, 6000, 100);
    queue = new OutboundQueue(poster, new PostingLimits(5, 1, 6000, 100), 4, metrics);

    List<MessagePart> summary = IntStream.rangeClosed(1, 6).mapToObj(i -> part("summary part " + i)).toList();
    CompletableFuture<String> longOne = queue.post(TEAM, Destination.channel("C0ENG"), summary, null);
    CompletableFuture<String> reminder = queue.text(TEAM, Destination.channel("C0ENG"), "reminder", null);
    String summaryTs = longOne.join();
    reminder.join();

    List<StoredMessage> mine = workspace.messages("C0ENG").stream()
        .filter(m -> workspace.botUserId().equals(m.user())).toList();
    List<String> inOrder = posts().stream().filter(ApiCall::ok).map(c -> c.params().get("text")).toList();
    assertThat(inOrder.indexOf("reminder")).isLessThan(inOrder.indexOf("summary part 3"));
    // The summary's later parts are in its own thread; the reminder is a message of its own.
    assertThat(mine).filteredOn(m -> m.text().startsWith("summary part") && !m.text().endsWith(" 1"))
        .hasSize(5).allSatisfy(m -> assertThat(m.threadTs()).isEqualTo(summaryTs));
    assertThat(mine).filteredOn(m -> m.text().equals("reminder"))
        .singleElement().satisfies(m -> assertThat(m.threadTs()).isNull());
  }

  @Test
  void the_workspace_limit_holds_across_channels() {
    emulator.limitPosting(100, 10, 600, 2);
    queue = new OutboundQueue(poster, new PostingLimits(100, 10, 480, 1), 4, metrics);

    List<CompletableFuture<String>> sent = IntStream.range(0, 12).mapToObj(i -> queue.text(TEAM,
        Destination.dm(List.of("U0ALICE", "U0BORIS", "U0CHEN", "U0DANA").get(i % 4)), "note " + i, null))
        .toList();
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

    assertThat(posts()).hasSize(12).allSatisfy(call -> assertThat(call.httpStatus()).isEqualTo(200));
    // 8 a second into the workspace, whichever channel: the twelfth leaves 1.375 s after the first.
    assertThat(Duration.between(posts().get(0).at(), posts().get(11).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1300));
  }

  @Test
  void a_post_slack_refuses_fails_its_delivery_with_slack_s_error() {
    queue = new OutboundQueue(poster, PostingLimits.UNLIMITED, 2, metrics);
    workspace.archive("C0LEADS");

    CompletableFuture<String> refused = queue.text(TEAM, Destination.channel("C0LEADS"), "hello", null);

    assertThat(refused).failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause().isInstanceOfSatisfying(SlackCallException.class,
            e -> assertThat(e.error()).isEqualTo("is_archived"));
  }

  @Test
  void stopping_fails_what_was_not_sent_and_finishes_what_was() {
    queue = new OutboundQueue(poster, new PostingLimits(2, 1, 6000, 100), 2, metrics);
    List<CompletableFuture<String>> sent = IntStream.range(0, 6)
        .mapToObj(i -> queue.text(TEAM, Destination.channel("C0GENERAL"), "queued " + i, null)).toList();
    sent.get(0).join();

    queue.stop();

    await().atMost(WAIT).until(() -> sent.stream().allMatch(CompletableFuture::isDone));
    List<CompletableFuture<String>> notSent = sent.stream().filter(CompletableFuture::isCompletedExceptionally).toList();
    assertThat(notSent).isNotEmpty().allSatisfy(f -> {
      Throwable cause = catchCause(f);
      assertThat(cause).isInstanceOf(OutboundQueue.NotSent.class);
      assertThat(((OutboundQueue.NotSent) cause).firstTs()).isEmpty();
    });
    assertThat(texts("C0GENERAL")).hasSize(6 - notSent.size());
    assertThat(queue.text(TEAM, Destination.channel("C0GENERAL"), "late", null))
        .isCompletedExceptionally();
  }

  @Test
  void a_run_s_first_message_carries_its_key_and_slack_can_tell_whether_it_went_out() {
    queue = new OutboundQueue(poster, PostingLimits.UNLIMITED, 2, metrics);
    PostedCheck check = new PostedCheck(new SlackApi(sdk.methods(workspace.botToken()),
        Sleeper.system(), Duration.ofMinutes(1), metrics));
    java.time.Instant before = java.time.Instant.now();

    String inDm = queue.text(TEAM, Destination.dm("U0ALICE"), "Reminder: stand up", "task-run-7").join();
    String inChannel = queue.post(TEAM, Destination.channel("C0ENG"),
        List.of(part("digest 1/2"), part("digest 2/2")), "digest-3-1700000000000").join();
    String inThread = queue.text(TEAM, Destination.thread("C0ENG", inChannel), "in the thread",
        "task-run-8").join();

    assertThat(check.find(Destination.dm("U0ALICE"), "task-run-7", before)).contains(inDm);
    assertThat(check.find(Destination.channel("C0ENG"), "digest-3-1700000000000", before)).contains(inChannel);
    assertThat(check.find(Destination.thread("C0ENG", inChannel), "task-run-8", before)).contains(inThread);
    assertThat(check.find(Destination.dm("U0ALICE"), "task-run-8", before)).isEmpty();
    assertThat(check.find(Destination.channel("C0ENG"), "task-run-7", before)).isEmpty();
  }

  private static Throwable catchCause(CompletableFuture<?> f) {
    try {
      f.join();
      return null;
    } catch (CompletionException e) {
      return e.getCause();
    }
  }
}
