package dev.roundup.app;

import dev.roundup.ingest.MethodBudget;
import dev.roundup.install.EncryptionKeys;
import dev.roundup.llm.LlmSettings;
import dev.roundup.llm.TokenBudgets;
import dev.roundup.slack.PostingLimits;
import dev.roundup.suggest.Suggestions;
import dev.roundup.summarize.process.SummarizerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything Roundup reads from its configuration, read once, in one place. Built from
 * {@code config/roundup.properties} (or the file named by {@code ROUNDUP_CONFIG}) with environment
 * variables overriding; tests build it explicitly with the record constructors.
 * {@link #toString()} never shows secrets.
 */
public record Config(Slack slack, Server server, Database database, Work work, LlmSettings llm,
    Tasks tasks, Ingest ingest, Digests digests, Suggestions.Settings suggestions, Posting posting,
    Duration shutdownTimeout) {

  /** How long a graceful stop may take by default (see {@link #shutdownTimeout()}). */
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  /** Without posting limits and shutdown timeout: their defaults. */
  public Config(Slack slack, Server server, Database database, Work work, LlmSettings llm,
      Tasks tasks, Ingest ingest, Digests digests, Suggestions.Settings suggestions) {
    this(slack, server, database, work, llm, tasks, ingest, digests, suggestions, Posting.defaults(),
        DEFAULT_SHUTDOWN_TIMEOUT);
  }

  /** Without suggestion settings: suggestions off, as in production by default. */
  public Config(Slack slack, Server server, Database database, Work work, LlmSettings llm,
      Tasks tasks, Ingest ingest, Digests digests, Posting posting, Duration shutdownTimeout) {
    this(slack, server, database, work, llm, tasks, ingest, digests, Suggestions.Settings.OFF, posting,
        shutdownTimeout);
  }

  /** Without task, ingestion and digest settings: the defaults apply. */
  public Config(Slack slack, Server server, Database database, Work work, LlmSettings llm) {
    this(slack, server, database, work, llm, Tasks.DEFAULT);
  }

  /** Without ingestion and digest settings: their defaults. */
  public Config(Slack slack, Server server, Database database, Work work, LlmSettings llm,
      Tasks tasks) {
    this(slack, server, database, work, llm, tasks, Ingest.defaults(), Digests.defaults());
  }

  /** Without suggestion settings: suggestions off, as in production by default. */
  public Config(Slack slack, Server server, Database database, Work work, LlmSettings llm,
      Tasks tasks, Ingest ingest, Digests digests) {
    this(slack, server, database, work, llm, tasks, ingest, digests, Suggestions.Settings.OFF);
  }

  /**
   * Slack credentials and where the Web API lives (tests point it at the emulator).
   *
   * @param botToken       the one bot token in single-workspace mode; null in multi-workspace mode
   * @param multiWorkspace the OAuth install settings in multi-workspace mode; null in single-workspace mode
   */
  public record Slack(String botToken, String signingSecret, String appToken, String apiUrl,
      MultiWorkspace multiWorkspace) {

    /** Single-workspace mode: one bot token. */
    public Slack(String botToken, String signingSecret, String appToken, String apiUrl) {
      this(botToken, signingSecret, appToken, apiUrl, null);
    }

    public boolean socketMode() {
      return appToken != null;
    }

    /** Installed in many workspaces through Slack's OAuth flow, each with its own stored token. */
    public boolean isMultiWorkspace() {
      return multiWorkspace != null;
    }

    @Override
    public String toString() {
      return "Slack[botToken=" + (botToken == null ? "<none>" : "<redacted>") + ", signingSecret=<redacted>, appToken="
          + (appToken == null ? "<none>" : "<redacted>") + ", apiUrl=" + apiUrl + ", multiWorkspace="
          + multiWorkspace + "]";
    }
  }

  /**
   * Multi-workspace mode: the app's OAuth credentials and the keys the stored tokens are encrypted
   * with.
   *
   * @param encryptionKey  the current key (32 bytes, base64): every token is written under it
   * @param oldKeys        keys still accepted for reading during a rotation, comma-separated; "" for none
   * @param redirectUri    the redirect URL sent with the authorize request; null to use the app's only one
   */
  public record MultiWorkspace(String clientId, String clientSecret, String encryptionKey, String oldKeys,
      String redirectUri) {
    @Override
    public String toString() {
      return "MultiWorkspace[clientId=" + clientId + ", clientSecret=<redacted>, encryptionKey=<redacted>, "
          + "oldKeys=" + (oldKeys.isBlank() ? "<none>" : "<redacted>") + ", redirectUri=" + redirectUri + "]";
    }
  }

  /** The HTTP listener (Slack requests in HTTP mode, health and metrics always). */
  public record Server(String host, int port) {}

  /** JDBC database: H2 file by default, PostgreSQL by URL. */
  public record Database(String url, String user, String password, int poolSize) {

    /**
     * This database only if it exists already: maintenance commands (purge, re-encrypt) run on the
     * database serve uses, and an embedded file they would create anew (run from another
     * directory) would report work done on nothing.
     */
    public Database existingOnly() {
      return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS")
          ? new Database(url + ";IFEXISTS=TRUE", user, password, poolSize) : this;
    }

    @Override
    public String toString() {
      return "Database[url=" + url + ", user=" + user + ", password=<redacted>, poolSize=" + poolSize + "]";
    }
  }

  /**
   * The bounded pool that runs listener work after the ack.
   *
   * @param defaultWindow how far back a channel summary reads when no window is given
   * @param summarizer    where the built-in summarizer runs: in a process of its own ({@code
   *                      serve}'s default) or in the server's
   */
  public record Work(int threads, int queueCapacity, Duration defaultWindow, int summaryThreads,
      int summaryQueueCapacity, int ingestQueueCapacity, int ingestBatchSize,
      SummarizerProcess.Settings summarizer) {

    /** These pools; summaries made in the server's process. */
    public Work(int threads, int queueCapacity, Duration defaultWindow, int summaryThreads,
        int summaryQueueCapacity, int ingestQueueCapacity, int ingestBatchSize) {
      this(threads, queueCapacity, defaultWindow, summaryThreads, summaryQueueCapacity,
          ingestQueueCapacity, ingestBatchSize, SummarizerProcess.Settings.off());
    }

    /** The same pools, the built-in summarizer run as {@code summarizer} says. */
    public Work withSummarizer(SummarizerProcess.Settings summarizer) {
      return new Work(threads, queueCapacity, defaultWindow, summaryThreads, summaryQueueCapacity,
          ingestQueueCapacity, ingestBatchSize, summarizer);
    }

    /** The other pools at their defaults; summaries made in the server's process. */
    public Work(int threads, int queueCapacity, Duration defaultWindow) {
      this(threads, queueCapacity, defaultWindow, defaultSummaryThreads(), 100, 10_000, 200,
          SummarizerProcess.Settings.off());
    }

    /**
     * Summaries are CPU-bound: one core fewer than the machine has, so acks and message events
     * always find a core free.
     */
    public static int defaultSummaryThreads() {
      return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
  }

  /**
   * Recurring tasks, digests and their scheduler.
   *
   * @param schedulerThreads   Quartz worker threads: instants whose items run at the same moment
   * @param clustered          Quartz cluster mode; only for several nodes on one PostgreSQL
   * @param misfireThreshold   how late Quartz may fire before it counts a trigger as missed
   * @param maxActivePerUser   active tasks one person may have
   * @param minSummaryInterval shortest allowed gap between runs of a recurring summary
   * @param runThreads         the run pool: task runs and digests being built at once on a node
   * @param checkinInterval    how often a clustered node checks in; a node silent for this long
   *                           plus 7.5 s counts as dead and its firings are re-run elsewhere
   */
  public record Tasks(int schedulerThreads, boolean clustered, Duration misfireThreshold,
      int maxActivePerUser, Duration minSummaryInterval, int runThreads, Duration checkinInterval) {
    public static final Tasks DEFAULT = new Tasks(4, false, Duration.ofMinutes(1), 25,
        Duration.ofHours(1), 8, Duration.ofMillis(7_500));

    /** With the default run pool and check-in interval. */
    public Tasks(int schedulerThreads, boolean clustered, Duration misfireThreshold,
        int maxActivePerUser, Duration minSummaryInterval) {
      this(schedulerThreads, clustered, misfireThreshold, maxActivePerUser, minSummaryInterval,
          DEFAULT.runThreads(), DEFAULT.checkinInterval());
    }
  }

  /**
   * The outbound queue's pace for scheduled posts (see {@link PostingLimits}): per channel and per
   * workspace, rate and burst; a rate of 0 means no limit. {@code senders} posts are in flight at
   * once. With {@code shared}, the workspace limit is kept by every node together through the
   * database (the default in a cluster); otherwise each node keeps it on its own.
   */
  public record Posting(double channelPerSecond, int channelBurst, int workspacePerMinute,
      int workspaceBurst, int senders, boolean shared) {

    /** The workspace limit kept by this node alone. */
    public Posting(double channelPerSecond, int channelBurst, int workspacePerMinute,
        int workspaceBurst, int senders) {
      this(channelPerSecond, channelBurst, workspacePerMinute, workspaceBurst, senders, false);
    }

    public static Posting defaults() {
      PostingLimits slack = PostingLimits.SLACK;
      return new Posting(slack.channelPerSecond(), slack.channelBurst(), slack.workspacePerMinute(),
          slack.workspaceBurst(), 4);
    }

    /** No pacing (Slack's 429s are still honoured). */
    public static Posting unlimited() {
      return new Posting(0, 1, 0, 1, 4);
    }

    public PostingLimits limits() {
      return new PostingLimits(channelPerSecond, channelBurst, workspacePerMinute, workspaceBurst);
    }
  }

  /**
   * The message store and the backfill from Slack's history.
   *
   * @param retention      how long stored messages are kept
   * @param history        budget for conversations.history
   * @param replies        budget for conversations.replies
   * @param backfillLimit  how long one digest may spend backfilling before it goes out with what
   *                       it has (and says so)
   */
  public record Ingest(Duration retention, MethodBudget history, MethodBudget replies,
      Duration backfillLimit) {
    public static Ingest defaults() {
      return new Ingest(Duration.ofDays(35), MethodBudget.TIER_3, MethodBudget.TIER_3,
          Duration.ofMinutes(10));
    }
  }

  /** Digest subscriptions. @param defaultSchedule the schedule phrase used when none is given */
  public record Digests(String defaultSchedule) {
    public static Digests defaults() {
      return new Digests("every Friday at 16:00");
    }
  }

  public static final String DEFAULT_DB_URL =
      "jdbc:h2:file:./data/roundup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  public static final String SLACK_API_URL = "https://slack.com/api/";

  /** Reads the properties file (if present) and the process environment. */
  public static Config load() {
    Map<String, String> env = System.getenv();
    return load(readProperties(configFile(env)), env);
  }

  /** Only the database settings (commands that work on the store need no Slack settings). */
  static Database loadDatabase() {
    return database(settings());
  }

  /** Only the LLM settings ({@code eval --llm} scores the configured model, no Slack needed). */
  static LlmSettings loadLlm() {
    return llm(settings());
  }

  /** The properties file (if present) and the process environment, for a part of the config. */
  private static Settings settings() {
    Map<String, String> env = System.getenv();
    return new Settings(readProperties(configFile(env)), env);
  }

  private static Path configFile(Map<String, String> env) {
    return Path.of(env.getOrDefault("ROUNDUP_CONFIG", "config/roundup.properties"));
  }

  private static Database database(Settings s) {
    return new Database(s.string("roundup.db.url", DEFAULT_DB_URL),
        s.string("roundup.db.user", "sa"), s.string("roundup.db.password", ""),
        s.integer("roundup.db.pool-size", 10, 1, 200));
  }

  private static SummarizerProcess.Settings summarizer(Settings s) {
    SummarizerProcess.Settings d = SummarizerProcess.Settings.defaults();
    String options = s.string("roundup.summarizer.process-jvm-options", String.join(" ", d.jvmOptions()));
    return new SummarizerProcess.Settings(
        s.oneOf("roundup.summarizer.separate-process", "true", "true", "false").equals("true"),
        Arrays.stream(options.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList(),
        s.integer("roundup.summarizer.process-nice", d.nice(), 0, 19),
        s.duration("roundup.summarizer.process-timeout", d.timeout()));
  }

  static Config load(Properties file, Map<String, String> env) {
    Settings s = new Settings(file, env);
    String appToken = s.find("roundup.slack.app-token").orElse(null);
    if (appToken != null && !appToken.startsWith("xapp-")) {
      throw new ConfigException("Invalid " + Settings.describe("roundup.slack.app-token")
          + ": an app-level token starts with xapp-.");
    }
    Slack slack = slack(s, appToken);
    Server server = new Server(s.string("roundup.server.host", "0.0.0.0"),
        s.integer("roundup.server.port", 3000, 0, 65535));
    Database database = database(s);
    Work work = new Work(s.integer("roundup.work.threads", 8, 1, 256),
        s.integer("roundup.work.queue-capacity", 1000, 1, 1_000_000),
        s.duration("roundup.summary.default-window", Duration.ofHours(24)),
        s.integer("roundup.work.summary-threads", Work.defaultSummaryThreads(), 1, 256),
        s.integer("roundup.work.summary-queue-capacity", 100, 1, 1_000_000),
        s.integer("roundup.ingest.queue-capacity", 10_000, 1, 10_000_000),
        s.integer("roundup.ingest.batch-size", 200, 1, 10_000),
        summarizer(s));
    Tasks tasks = new Tasks(s.integer("roundup.tasks.scheduler-threads", Tasks.DEFAULT.schedulerThreads(), 1, 200),
        s.oneOf("roundup.tasks.clustered", "false", "true", "false").equals("true"),
        s.duration("roundup.tasks.misfire-threshold", Tasks.DEFAULT.misfireThreshold()),
        s.integer("roundup.tasks.max-active-per-user", Tasks.DEFAULT.maxActivePerUser(), 1, 10_000),
        s.duration("roundup.tasks.min-summary-interval", Tasks.DEFAULT.minSummaryInterval()),
        s.integer("roundup.tasks.run-threads", Tasks.DEFAULT.runThreads(), 1, 256),
        s.duration("roundup.tasks.cluster-checkin-interval", Tasks.DEFAULT.checkinInterval()));
    if (tasks.clustered() && !database.url().startsWith("jdbc:postgresql:")) {
      throw new ConfigException("Invalid " + Settings.describe("roundup.tasks.clustered")
          + ": a cluster needs a PostgreSQL database shared by its nodes (roundup.db.url).");
    }
    return new Config(slack, server, database, work, llm(s), tasks, ingest(s),
        new Digests(s.string("roundup.digest.default-schedule", Digests.defaults().defaultSchedule())),
        suggestions(s), posting(s, tasks.clustered()), s.duration("roundup.shutdown.timeout", DEFAULT_SHUTDOWN_TIMEOUT));
  }

  /**
   * Single-workspace mode with a bot token (the default); multi-workspace mode when the app's OAuth
   * client id and secret are set and no bot token is.
   */
  private static Slack slack(Settings s, String appToken) {
    String apiUrl = s.string("roundup.slack.api-url", SLACK_API_URL);
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    Optional<String> clientId = s.find("roundup.slack.client-id");
    Optional<String> clientSecret = s.find("roundup.slack.client-secret");
    if (s.find("roundup.slack.bot-token").isEmpty() && clientId.isPresent() && clientSecret.isPresent()) {
      return new Slack(null, s.required("roundup.slack.signing-secret",
          "the app's Signing Secret (Basic Information page)"), null, apiUrl,
          multiWorkspace(s, appToken, clientId.get(), clientSecret.get()));
    }
    String botToken = s.required("roundup.slack.bot-token", "the app's Bot User OAuth Token (xoxb-…)"
        + ", or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET instead for multi-workspace mode");
    if (!botToken.startsWith("xoxb-")) {
      throw new ConfigException("Invalid " + Settings.describe("roundup.slack.bot-token")
          + ": a bot token starts with xoxb-.");
    }
    String signingSecret = appToken != null
        ? s.string("roundup.slack.signing-secret", "")
        : s.required("roundup.slack.signing-secret", "the app's Signing Secret (Basic Information page)");
    return new Slack(botToken, signingSecret, appToken, apiUrl);
  }

  private static MultiWorkspace multiWorkspace(Settings s, String appToken, String clientId, String clientSecret) {
    if (appToken != null) {
      throw new ConfigException("Multi-workspace mode runs over HTTP (Slack sends each install back to "
          + "/slack/oauth_redirect): unset " + Settings.describe("roundup.slack.app-token") + ".");
    }
    Optional<String> key = s.find("roundup.encryption.key");
    if (key.isEmpty()) {
      throw new ConfigException("Multi-workspace mode (SLACK_CLIENT_ID and SLACK_CLIENT_SECRET set, no "
          + "SLACK_BOT_TOKEN) needs ROUNDUP_ENCRYPTION_KEY to encrypt the workspaces' tokens: set it to 32 "
          + "random bytes in base64 (make one with: openssl rand -base64 32).");
    }
    String oldKeys = s.string("roundup.encryption.old-keys", "");
    try {
      EncryptionKeys.parse(key.get(), oldKeys);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    return new MultiWorkspace(clientId, clientSecret, key.get(), oldKeys,
        s.find("roundup.slack.redirect-uri").orElse(null));
  }

  private static Suggestions.Settings suggestions(Settings s) {
    Suggestions.Settings d = Suggestions.Settings.OFF;
    return new Suggestions.Settings(s.oneOf("roundup.suggest.enabled", "false", "true", "false").equals("true"),
        s.time("roundup.suggest.run-at", d.runAt()),
        s.duration("roundup.suggest.per-person-gap", d.gap()),
        s.duration("roundup.suggest.snooze", d.quiet()),
        s.duration("roundup.suggest.lookback", d.lookback()));
  }

  private static Posting posting(Settings s, boolean clustered) {
    Posting d = Posting.defaults();
    return new Posting(s.decimal("roundup.posting.channel-per-second", d.channelPerSecond(), 0, 1000),
        s.integer("roundup.posting.channel-burst", d.channelBurst(), 1, 1000),
        s.integer("roundup.posting.workspace-per-minute", d.workspacePerMinute(), 0, 1_000_000),
        s.integer("roundup.posting.workspace-burst", d.workspaceBurst(), 1, 100_000),
        s.integer("roundup.posting.senders", d.senders(), 1, 64),
        s.oneOf("roundup.posting.shared", String.valueOf(clustered), "true", "false").equals("true"));
  }

  private static Ingest ingest(Settings s) {
    Ingest d = Ingest.defaults();
    return new Ingest(s.duration("roundup.ingest.retention", d.retention()),
        new MethodBudget(s.integer("roundup.backfill.history.requests-per-minute",
            d.history().requestsPerMinute(), 1, 1000),
            s.integer("roundup.backfill.history.page-size", d.history().pageSize(), 1, 1000)),
        new MethodBudget(s.integer("roundup.backfill.replies.requests-per-minute",
            d.replies().requestsPerMinute(), 1, 1000),
            s.integer("roundup.backfill.replies.page-size", d.replies().pageSize(), 1, 1000)),
        s.duration("roundup.backfill.time-limit", d.backfillLimit()));
  }

  private static LlmSettings llm(Settings s) {
    LlmSettings d = LlmSettings.embedded();
    String provider = s.oneOf("roundup.llm.provider", d.provider(), "embedded", "openai", "anthropic");
    String baseUrl = s.string("roundup.llm.base-url",
        switch (provider) {
          case "openai" -> "https://api.openai.com";
          case "anthropic" -> "https://api.anthropic.com";
          default -> "";
        });
    String model = provider.equals("embedded") ? "" : s.required("roundup.llm.model",
        "the model name your provider serves (e.g. gpt-4o-mini, claude-sonnet-4-5, llama3.1)");
    return new LlmSettings(provider, baseUrl, model, s.find("roundup.llm.api-key").orElse(null),
        s.duration("roundup.llm.timeout", d.timeout()),
        s.integer("roundup.llm.max-input-tokens", d.maxInputTokens(), 500, 2_000_000),
        s.decimal("roundup.llm.temperature", d.temperature(), 0, 2),
        s.string("roundup.llm.language", d.language()),
        s.integer("roundup.llm.max-parallel", d.maxParallel(), 1, 64),
        new TokenBudgets(s.integer("roundup.llm.daily-tokens-per-workspace", 0, 0, Integer.MAX_VALUE),
            s.integer("roundup.llm.tokens-per-task-run", 0, 0, Integer.MAX_VALUE)));
  }

  private static Properties readProperties(Path file) {
    Properties props = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    return props;
  }
}
