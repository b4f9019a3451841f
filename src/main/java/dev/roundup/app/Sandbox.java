package dev.roundup.app;

import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.Channel;
import dev.roundup.sandbox.SandboxClock;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.SlackExport;
import dev.roundup.sandbox.Workspace;
import dev.roundup.sandbox.console.ConsoleSettings;
import dev.roundup.sandbox.console.SandboxConsole;
import dev.roundup.suggest.Suggestions;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roundup without a Slack workspace: the Slack emulator loaded with the sample workspace (or a
 * team's export), the real app wired to it exactly as {@code serve} wires it to Slack — its Web API
 * URL, signed HTTP deliveries, the same listener table, the same database code on an in-memory H2 —
 * and the console in front. One clock, which the console moves, drives the emulator and the app.
 */
public final class Sandbox implements AutoCloseable {

  /** What the app's manifest installs: the console offers these in its composer. */
  static final List<String> SLASH_COMMANDS = List.of("/summarize", "/ask", "/catchup", "/task",
      "/digest");
  /** How often what is due by the sandbox clock is run when the clock is ahead of real time. */
  private static final Duration TICK = Duration.ofSeconds(5);
  /** How many of each kind of record (Web API calls with their answers, …) the emulator keeps. */
  static final int KEPT_RECORDS = 2_000;
  private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

  /**
   * @param host   where the console listens (loopback unless the person asks otherwise)
   * @param port   the console's port, 0 for any free one
   * @param export a Slack export (folder or zip), or null for the sample workspace
   */
  public record Options(String host, int port, Path export) {}

  private final List<AutoCloseable> parts = new ArrayList<>();
  private SandboxClock clock;
  private SlackEmulator slack;
  private Roundup roundup;
  private SandboxConsole console;

  private Sandbox() {}

  /**
   * Starts every part, or none: a failure closes what had started.
   *
   * @throws dev.roundup.export.ExportException when the export cannot be read
   */
  public static Sandbox start(Options options) throws Exception {
    Sandbox sandbox = new Sandbox();
    try {
      sandbox.boot(options);
      return sandbox;
    } catch (Exception | Error e) {
      sandbox.close();
      throw e;
    }
  }

  private void boot(Options options) throws Exception {
    clock = new SandboxClock();
    Workspace workspace = options.export() == null ? SlackExport.sample(clock)
        : SlackExport.load(options.export());
    workspace.setClock(clock);
    slack = SlackEmulator.start(workspace);
    parts.add(slack);
    // A sandbox may stay open for days; each call keeps its whole answer, so only the newest are.
    slack.keepRecords(KEPT_RECORDS);
    slack.setClock(clock);
    // The manifest subscribes to message.channels and message.groups: the digests' message store.
    slack.setMessageEvents(true);
    roundup = Roundup.start(config(workspace, slack), clock, new ExtractiveSummarizer());
    parts.add(roundup);
    slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
    // In Slack, the store fills from events over the weeks; here the workspace's past is caught up
    // at once (through the same backfill), so there are weeks for suggestions to read.
    roundup.catchUp(workspace.channels().stream().filter(c -> c.members().contains(workspace.botUserId()))
        .map(Channel::id).toList(),
        config(workspace, slack).suggestions().lookback());
    // Quartz fires on real time; once the clock is moved ahead, what is due by it is run here.
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sandbox-due");
      t.setDaemon(true);
      return t;
    });
    parts.add(ticker::shutdownNow);
    ticker.scheduleWithFixedDelay(this::runDue, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    console = SandboxConsole.start(slack, clock,
        new ConsoleSettings(options.host(), options.port(), SLASH_COMMANDS, this::runDue));
    parts.add(console);
  }

  /** The app as {@code serve} configures it, pointed at the emulator; its data lives in memory. */
  static Config config(Workspace workspace, SlackEmulator slack) {
    return new Config(
        new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:mem:sandbox-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 5),
        new Config.Work(4, 100, Duration.ofHours(24)),
        LlmSettings.embedded(), Config.Tasks.DEFAULT, Config.Ingest.defaults(),
        // Suggestions are opted into in production; the sandbox is where to try them.
        Config.Digests.defaults(), Suggestions.Settings.OFF.on());
  }

  /**
   * Runs the tasks, digests and nightly suggestions due by the sandbox clock (their claims stop
   * double runs): a jump past the night offers that night's suggestions.
   */
  private synchronized void runDue() {
    try {
      roundup.tasks().runDue();
      roundup.digests().runDue();
      roundup.suggestions().runDue();
    } catch (RuntimeException e) {
      log.warn("Running what is due by the sandbox clock failed", e);
    }
  }

  /** The console's address. */
  public URI url() {
    return console.url();
  }

  public SlackEmulator slack() {
    return slack;
  }

  public Roundup roundup() {
    return roundup;
  }

  public SandboxClock clock() {
    return clock;
  }

  @Override
  public void close() {
    for (int i = parts.size() - 1; i >= 0; i--) {
      try {
        parts.get(i).close();
      } catch (Exception e) {
        log.warn("Error while stopping the sandbox", e);
      }
    }
    parts.clear();
  }
}
