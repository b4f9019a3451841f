package dev.roundup.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.roundup.TestClock;
import dev.roundup.ingest.Backfill;
import dev.roundup.ingest.BackfillLocks;
import dev.roundup.ingest.ChannelHistory;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.Coverage;
import dev.roundup.ingest.MessageStore;
import dev.roundup.ingest.MethodBudget;
import dev.roundup.ingest.Pacer;
import dev.roundup.ingest.TimeRange;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.SlackApi;
import dev.roundup.store.Database;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.MessageFilter;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A channel window held in a real message store (H2 on disk, migrated by Flyway), read the way
 * {@code /ask} and channel questions read it: {@link ChannelHistory#read}, with the window's
 * coverage recorded as live ingestion records it, so no backfill call is made. The Slack client
 * points at an empty emulator, whose call count proves that.
 */
final class StoredWindow implements AutoCloseable {

  static final String CHANNEL = "C0BENCH";

  private final Path dir;
  private final Database db;
  private final SlackEmulator emulator;
  private final Slack slack;
  private final ChannelHistory history;
  private final Instant from;
  private final Instant to;

  /** Stores the conversation's messages as channel {@link #CHANNEL} and records their coverage. */
  StoredWindow(Conversation window) throws Exception {
    List<Message> messages = window.messages();
    from = Instant.ofEpochSecond((long) messages.get(0).epochSeconds());
    to = Instant.ofEpochSecond((long) messages.get(messages.size() - 1).epochSeconds() + 1);
    TestClock clock = new TestClock(to.plus(Duration.ofMinutes(1)));
    dir = Files.createTempDirectory("roundup-bench-store");
    db = Database.open("jdbc:h2:file:" + dir.resolve("store")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 4);
    MessageStore store = new MessageStore(db.dataSource(), clock);
    List<ChannelMessage> rows = new ArrayList<>();
    for (Message m : messages) {
      rows.add(new ChannelMessage(CHANNEL, m.ts(), m.threadTs(), m.user(), null, m.text(), null,
          m.replyCount(), 0, false));
    }
    store.saveAll(rows);
    Coverage coverage = new Coverage(db.dataSource(), clock, null);
    coverage.add(CHANNEL, TimeRange.of(from, to));
    Workspace empty = new Workspace("T0BENCH", "bench");
    emulator = SlackEmulator.start(empty);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    Sleeper sleeper = Sleeper.system();
    SlackApi api = new SlackApi(slack.methods(empty.botToken()), sleeper, Duration.ofMinutes(1),
        new SimpleMeterRegistry());
    Backfill backfill = new Backfill(api, store, coverage, new Pacer(clock, sleeper),
        MethodBudget.TIER_3, MethodBudget.TIER_3, new BackfillLocks(db.dataSource(), clock, sleeper, 4));
    history = new ChannelHistory(store, backfill, MessageFilter.NOISE_ONLY, clock, Duration.ofSeconds(30));
  }

  /** The window as a question reads it. */
  Conversation read() {
    ChannelHistory.Window read = history.read(CHANNEL, from, to, ReadProgress.NONE);
    return new Conversation(CHANNEL, read.messages());
  }

  /** Slack Web API calls made so far (a backfill would show here). */
  int slackCalls() {
    return emulator.calls().size();
  }

  @Override
  public void close() throws Exception {
    slack.close();
    emulator.close();
    db.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
