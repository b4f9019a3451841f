package dev.roundup.app;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.roundup.access.Access;
import dev.roundup.access.Memberships;
import dev.roundup.digest.DigestBuilder;
import dev.roundup.digest.DigestCommandHandler;
import dev.roundup.digest.DigestCommands;
import dev.roundup.digest.DigestHomeSection;
import dev.roundup.digest.DigestRenderer;
import dev.roundup.digest.DigestRepository;
import dev.roundup.digest.DigestScheduler;
import dev.roundup.digest.DigestService;
import dev.roundup.digest.SettingsCheck;
import dev.roundup.ingest.Backfill;
import dev.roundup.conversations.AnswerBlocks;
import dev.roundup.conversations.AskCommandHandler;
import dev.roundup.conversations.CatchUpBlocks;
import dev.roundup.conversations.CatchUpCommandHandler;
import dev.roundup.conversations.CatchUpService;
import dev.roundup.conversations.MentionIntent;
import dev.roundup.conversations.MentionRouter;
import dev.roundup.conversations.QuestionService;
import dev.roundup.ingest.BackfillLocks;
import dev.roundup.ingest.ChannelHistory;
import dev.roundup.ingest.Coverage;
import dev.roundup.ingest.IngestQueue;
import dev.roundup.ingest.MessageIngestor;
import dev.roundup.ingest.MessageStore;
import dev.roundup.ingest.Pacer;
import dev.roundup.ingest.RetentionPurge;
import dev.roundup.install.EncryptionKeys;
import dev.roundup.install.OAuthInstalls;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.jobs.QuartzSettings;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.FileFetcher;
import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.OutboundQueue;
import dev.roundup.slack.PostingBudgetStore;
import dev.roundup.slack.SharedPostingBudget;
import dev.roundup.slack.Poster;
import dev.roundup.slack.PostedCheck;
import dev.roundup.slack.QuietAttribution;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackMethods;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SingleWorkspaceTokens;
import dev.roundup.slack.SlackText;
import dev.roundup.slack.WorkspaceTokens;
import dev.roundup.store.Workspace;
import dev.roundup.store.WorkspaceDirectory;
import dev.roundup.threads.WorkThreads;
import dev.roundup.store.WorkspaceAdoption;
import dev.roundup.slack.UserDirectory;
import dev.roundup.slack.BusyNotice;
import dev.roundup.slack.WorkQueue;
import dev.roundup.store.Database;
import dev.roundup.store.ProcessedEvents;
import dev.roundup.suggest.Suggestions;
import dev.roundup.summaries.MentionHandler;
import dev.roundup.summaries.SlackMessageMapper;
import dev.roundup.summaries.SummarizeArgs;
import dev.roundup.summaries.SummarizeCommandHandler;
import dev.roundup.summaries.SummaryBlocks;
import dev.roundup.summaries.SummaryService;
import dev.roundup.summaries.ThreadReader;
import dev.roundup.summarize.MessageFilter;
import dev.roundup.summarize.AnswererFactory;
import dev.roundup.summarize.SummarizerFactory;
import dev.roundup.budgets.BudgetedLlmClient;
import dev.roundup.budgets.TokenLedger;
import dev.roundup.budgets.UsageHomeSection;
import dev.roundup.slack.HomeSection;
import dev.roundup.llm.LlmClient;
import dev.roundup.llm.LlmClients;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.process.SummarizerProcess;
import dev.roundup.tasks.TaskLimits;
import dev.roundup.tasks.Tasks;
import dev.roundup.time.Sleeper;
import dev.roundup.web.FailureNotice;
import dev.roundup.web.HandlerFailures;
import dev.roundup.web.OAuthEndpoint;
import dev.roundup.web.SignatureCheck;
import dev.roundup.web.SlackEndpoint;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Roundup: builds every object once, in order, and closes them in reverse. Tests start
 * it exactly as {@code serve} does, with their own {@link Config}, clock and summarizer.
 *
 * <p>Closing is a graceful stop bounded by {@link Config#shutdownTimeout()}: the HTTP server stops
 * taking requests (Slack redelivers what it could not hand over, to another node), the scheduler
 * stops taking firings, and the work under way — acknowledged events, task runs and digests, and
 * their posts waiting in the outbound queue — may finish until the time is up. Runs whose post has
 * not gone out by then are handed back: their claims are released and their instants planned
 * again, so another node (or this one, restarted) runs them.
 */
public final class Roundup implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Roundup.class);
  /** How long one Slack call may wait out rate limits before the user is told to retry later. */
  private static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofMinutes(5);
  /** How long an App Home refresh after scheduled runs waits to gather the owner's other runs. */
  private static final Duration HOME_GATHER = Duration.ofSeconds(30);

  private final List<AutoCloseable> closeables = new ArrayList<>();
  private Duration shutdownTimeout = Config.DEFAULT_SHUTDOWN_TIMEOUT;
  private WorkQueue work;
  private WorkQueue summaryWork;
  private IngestQueue ingestQueue;
  private OutboundQueue outbound;
  private ScheduledExecutorService housekeeping;
  private SocketModeApp socketMode;
  private Database database;
  private WebServer web;
  private PrometheusMeterRegistry metrics;
  private MessageStore messages;
  private Coverage coverage;
  private RetentionPurge retentionPurge;
  private DigestScheduler digestScheduler;
  private QuartzScheduler quartz;
  private Tasks tasks;
  private Suggestions suggestions;
  private ChannelHistory history;
  private WorkspaceRemoval removal;
  private Clock clock;
  private TokenLedger ledger;
  private OAuthInstalls installs;
  private WorkspaceDirectory directory;
  private final List<Consumer<String>> workspaceRemovedListeners = new CopyOnWriteArrayList<>();

  private Roundup() {}

  /**
   * @param summarizer the summarizer to use, or — when {@code config} names a model — the one its
   *                   summaries fall back to (over a budget, or when the model fails)
   */
  public static Roundup start(Config config, Clock clock, Summarizer summarizer) throws Exception {
    return start(config, clock, summarizer, null);
  }

  /**
   * As {@link #start(Config, Clock, Summarizer)}, each workspace's calls made with the token
   * {@code tokens} answers for it; null for single-workspace mode (the configured bot token, for
   * its own workspace only). The configured token still says who Roundup is ({@code auth.test}).
   */
  public static Roundup start(Config config, Clock clock, Summarizer summarizer, WorkspaceTokens tokens)
      throws Exception {
    Roundup r = new Roundup();
    try {
      r.boot(config, clock, summarizer, tokens);
      return r;
    } catch (Exception | Error e) {
      r.close();
      throw e;
    }
  }

  private void boot(Config config, Clock clock, Summarizer builtIn, WorkspaceTokens workspaceTokens)
      throws Exception {
    shutdownTimeout = config.shutdownTimeout();
    this.clock = clock;
    metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    Summarizer embedded = separate(config.work(), builtIn);
    Config.Database db = config.database();
    database = Database.open(db.url(), db.user(), db.password(), db.poolSize());
    closeables.add(database);

    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(config.slack().apiUrl());
    slackConfig.setStatsEnabled(false);
    Slack slack = Slack.getInstance(slackConfig);
    boolean multiWorkspace = config.slack().isMultiWorkspace();
    // Which workspaces Roundup has seen, and the Enterprise Grid org of each.
    directory = new WorkspaceDirectory(database.dataSource(), Clock.systemUTC());
    if (multiWorkspace) {
      Config.MultiWorkspace oauth = config.slack().multiWorkspace();
      installs = new OAuthInstalls(database.dataSource(), slack, new OAuthInstalls.Settings(oauth.clientId(),
          oauth.clientSecret(), EncryptionKeys.parse(oauth.encryptionKey(), oauth.oldKeys()), oauth.redirectUri()),
          clock, directory, this::workspaceRemoved);
    }
    // One workspace: auth.test says who Roundup is there. Many: Roundup is another bot user in each
    // workspace, which its installation says (InstalledBotTokens.botUserId); there is no one token
    // to test at start-up, and parts built with a single id get one that matches no one.
    AuthTestResponse auth = multiWorkspace ? null : authTest(new SlackApi(
        SlackMethods.of(slack, config.slack().botToken()), config.slack().botToken(), Sleeper.system(),
        MAX_RATE_LIMIT_WAIT, metrics));
    String botUserId = auth == null ? "" : auth.getUserId();
    String teamId = auth == null ? Workspace.NONE : auth.getTeamId();
    WorkspaceTokens tokens = workspaceTokens;
    if (tokens == null && multiWorkspace) {
      tokens = installs.tokens();
    }
    boolean soleWorkspace = tokens == null;
    if (soleWorkspace) {
      tokens = new SingleWorkspaceTokens(teamId, config.slack().botToken());
      WorkspaceAdoption.adopt(database.dataSource(), teamId);
      // One workspace: what names none (housekeeping, tools, tests reading the stores) is its.
      closeables.add(Workspace.soleWorkspace(teamId));
    }
    // Roundup is another bot user in each workspace; the installation says which, else auth.test.
    WorkspaceTokens installed = tokens;
    Supplier<String> botUser = () -> installed.botUserId(Workspace.current()).orElse(botUserId);
    // Every call speaks for the workspace the work is for, with that workspace's own token.
    SlackApi api = SlackApi.perWorkspace(slack, tokens, Sleeper.system(), MAX_RATE_LIMIT_WAIT, metrics);

    ProcessedEvents processed = new ProcessedEvents(database.dataSource(), clock);
    work = new WorkQueue(config.work().threads(), config.work().queueCapacity(), processed);
    closeables.add(work);
    summaryWork = new WorkQueue(config.work().summaryThreads(), config.work().summaryQueueCapacity(),
        processed, WorkThreads.of("roundup-summary-", WorkThreads.Priority.BACKGROUND));
    closeables.add(summaryWork);
    Poster poster = new Poster(api);
    // In a cluster every node posts into the same workspaces: their shared budget keeps the sum
    // under Slack's limit.
    outbound = config.posting().shared()
        ? new OutboundQueue(poster, config.posting().limits(), config.posting().senders(), metrics,
            SharedPostingBudget.perWorkspace(new PostingBudgetStore(database.dataSource()),
                config.posting().limits(), Clock.systemUTC()))
        : new OutboundQueue(poster, config.posting().limits(), config.posting().senders(), metrics);
    closeables.add(outbound);
    PostedCheck posted = new PostedCheck(api);

    AppConfig.AppConfigBuilder appConfig = AppConfig.builder()
        .slack(slack)
        .signingSecret(config.slack().signingSecret())
        // SlackEndpoint checks every signature over the raw bytes before Bolt sees the request;
        // Bolt's own check re-encodes the body in the platform charset and fails on non-ASCII.
        .requestVerificationEnabled(false)
        .allEventsApiAutoAckEnabled(true)
        .authTestCacheEnabled(true)
        .authTestCacheExpirationMillis(-1);
    App app = new App(multiWorkspace ? installs.configure(appConfig).build()
        // Bolt reads SLACK_CLIENT_ID from the environment by itself; with a bot token set, that
        // must not turn it into an OAuth app with no installations.
        : appConfig.singleTeamBotToken(config.slack().botToken()).clientId(null).clientSecret(null).build());
    if (installs != null) {
      installs.attach(app);
    }
    HandlerFailures failures = new HandlerFailures(processed, new FailureNotice(slack, poster, work), metrics);
    // Outermost, so a failing listener is answered in its own workspace too.
    app.use(new RequestWorkspace(directory));
    if (config.slack().socketMode()) {
      app.use(new SocketModeAckFirst());
    }
    app.use(failures);
    UserDirectory users = new UserDirectory(api, clock);
    ChannelLookup channels = new ChannelLookup(api, clock);
    Access access = new Access(new Memberships(channels, clock, Memberships.DEFAULT_TTL));
    // A message asking Roundup something (a summary, a question, a catch-up) is a request, not
    // conversation: never summarized, searched or quoted.
    MessageFilter conversation = new MessageFilter(botUser, text -> SlackText.mentions(text, botUser.get())
        && (SummarizeArgs.isOnlyARequest(SlackText.withoutUserMentions(text))
            || MentionIntent.asksRoundup(text, botUser.get())));
    QuietAttribution attribution = new QuietAttribution(users::nameOrId);
    Permalinks permalinks = new Permalinks(api);

    Config.Tasks taskConfig = config.tasks();
    quartz = QuartzScheduler.open(database.dataSource(), new QuartzSettings(taskConfig.schedulerThreads(),
        taskConfig.runThreads(), taskConfig.clustered(), database.isPostgres(),
        taskConfig.misfireThreshold(), taskConfig.checkinInterval(),
        QuartzSettings.nodeId(taskConfig.clustered())));
    closeables.add(quartz);

    messages = new MessageStore(database.dataSource(), clock);
    coverage = new Coverage(database.dataSource(), clock, clock.instant());
    Config.Ingest ingest = config.ingest();
    Backfill backfill = new Backfill(api, messages, coverage, new Pacer(clock, Sleeper.system()),
        ingest.history(), ingest.replies(),
        new BackfillLocks(database.dataSource(), Clock.systemUTC(), Sleeper.system(),
            Math.max(1, db.poolSize() / 2)));
    history = new ChannelHistory(messages, backfill, conversation, clock, ingest.backfillLimit());
    retentionPurge = new RetentionPurge(messages, coverage, ingest.retention(), clock);
    ingestQueue = new IngestQueue(messages, coverage, processed, config.work().ingestQueueCapacity(),
        config.work().ingestBatchSize(), metrics).start();
    closeables.add(ingestQueue);

    ledger = new TokenLedger(database.dataSource(), clock);
    // One model client for every feature, behind the token budgets.
    Optional<LlmClient> llm = LlmClients.create(config.llm()).map(model -> new BudgetedLlmClient(
        model, config.llm().provider(), ledger, config.llm().budgets(), teamId, metrics));
    Summarizer summarizer = SummarizerFactory.create(config.llm(), llm, embedded);
    if (summarizer instanceof AutoCloseable closeable) {
      closeables.add(closeable);
    }

    ThreadReader threadReader = new ThreadReader(api, new SlackMessageMapper(conversation),
        new FileFetcher(tokens, config.slack().apiUrl()));
    SummaryService summaries = new SummaryService(access, threadReader, history, summarizer,
        new SummaryBlocks(new BlockPacker(), attribution), permalinks, metrics, users::nameOrId);
    Duration window = config.work().defaultWindow();

    DigestRepository digests = new DigestRepository(database.dataSource());
    DigestService digestService = new DigestService(access, history, new DigestBuilder(summarizer),
        new DigestRenderer(new BlockPacker(), attribution), permalinks, outbound, metrics);
    digestScheduler = new DigestScheduler(digests, digestService, quartz, posted, clock);
    DigestCommands digestCommands = new DigestCommands(digests, digestService,
        new SettingsCheck(access, new ScheduleParser(), taskConfig.minSummaryInterval()), digestScheduler, users, clock,
        config.digests().defaultSchedule());

    tasks = new Tasks(new Tasks.Parts(database.dataSource(), quartz,
        new TaskLimits(taskConfig.maxActivePerUser(), taskConfig.minSummaryInterval(),
            taskConfig.misfireThreshold(), TaskLimits.DEFAULT.failuresBeforePause()),
        api, poster, outbound, users, channels, access, summaries, digestService, clock, metrics));
    closeables.add(tasks);
    watchQueues(metrics, work, quartz);

    if (llm.isPresent()) {
      tasks.handlers().tokens(ledger);
    }

    // Nightly suggestions go through the one workspace, or every workspace Roundup has seen (each
    // skipped at night unless it has a token of its own or its org's).
    Supplier<List<String>> suggestIn = soleWorkspace ? () -> List.of(teamId) : directory::teams;
    suggestions = new Suggestions(new Suggestions.Parts(database.dataSource(), quartz, messages, digests, tasks,
        access, api, poster, permalinks, teamId, botUser, suggestIn, tokens, clock), config.suggestions());

    removal = new WorkspaceRemoval(tasks.repository(), digests, suggestions);

    List<HomeSection> sections = new ArrayList<>(
        List.of(suggestions.home(), tasks.home(), new DigestHomeSection(digests, config.digests().defaultSchedule())));
    if (llm.isPresent()) {
      sections.add(new UsageHomeSection(ledger, config.llm().budgets(), users));
    }
    AppHome home = new AppHome(api, sections);
    housekeeping = Executors.newSingleThreadScheduledExecutor(
        WorkThreads.of("roundup-housekeeping-", WorkThreads.Priority.BACKGROUND));
    closeables.add(housekeeping::shutdownNow);
    HomeRefresher refresher = new HomeRefresher(home, work, housekeeping, HOME_GATHER);
    tasks.onChange(refresher::refresh);
    tasks.onScheduledRun(refresher::refreshSoon);
    suggestions.onChange(refresher::refresh);
    QuestionService questions = new QuestionService(access, threadReader, history,
        AnswererFactory.create(config.llm(), llm, new ExtractiveAnswerer()),
        new AnswerBlocks(new BlockPacker(), attribution), permalinks, users::nameOrId, metrics);
    CatchUpService catchUps = new CatchUpService(access, channels, history, messages, summarizer,
        new CatchUpBlocks(new BlockPacker(), permalinks), users::nameOrId, clock);
    BusyNotice busy = new BusyNotice(api, metrics);
    closeables.add(busy);
    Listeners.register(app, new Listeners.Handlers(work, summaryWork, busy,
        new MentionRouter(api, new MentionHandler(api, summaries, users, clock, window), questions,
            catchUps, users, poster, clock, botUser),
        new SummarizeCommandHandler(summaries, users, clock, window),
        new AskCommandHandler(questions, users, clock),
        new CatchUpCommandHandler(catchUps, users, poster, clock),
        home, tasks.handlers(), new MessageIngestor(messages, coverage, ingestQueue),
        new DigestCommandHandler(digestCommands, channels, api, access), suggestions, access, slack,
        poster, metrics));
    if (installs != null) {
      Listeners.registerInstallEvents(app, work, installs.uninstalls());
    }

    housekeeping.scheduleAtFixedRate(() -> purge(processed), 1, 60, TimeUnit.MINUTES);
    housekeeping.scheduleAtFixedRate(() -> quietly("coverage heartbeat", coverage::heartbeat),
        1, 1, TimeUnit.MINUTES);
    housekeeping.scheduleAtFixedRate(retentionPurge, 5, 24 * 60, TimeUnit.MINUTES);
    // The command log is kept as long as the messages it sits beside.
    housekeeping.scheduleAtFixedRate(() -> quietly("command log purge",
        () -> suggestions.purgeBefore(clock.instant().minus(ingest.retention()))), 5, 24 * 60, TimeUnit.MINUTES);
    // Quartz fires tasks and digests on time; these sweeps are the safety net for a run whose
    // trigger was lost. Each run is claimed in the database, so a sweep and a firing (and several
    // nodes) never run it twice.
    housekeeping.scheduleAtFixedRate(() -> quietly("digest sweep", digestScheduler::runDue),
        5, 5, TimeUnit.MINUTES);
    housekeeping.scheduleAtFixedRate(() -> quietly("trigger repair", this::repairTriggers),
        5, 5, TimeUnit.MINUTES);

    if (config.slack().socketMode()) {
      SocketModeApp socket = new SocketModeApp(config.slack().appToken(), app,
          SocketModeClient.Backend.JavaWebSocket);
      try {
        socket.startAsync();
      } catch (IllegalStateException e) {
        // The SDK's way of saying apps.connections.open answered ok:false (invalid_auth, …).
        throw new ConfigException("Slack did not open a Socket Mode connection (" + e.getMessage()
            + "): check SLACK_APP_TOKEN (roundup.slack.app-token), an app-level token with the "
            + "connections:write scope.");
      }
      // SocketModeApp.close() only disconnects; closing the client also stops its polling threads.
      closeables.add(socket.getClient()::close);
      closeables.add(socket::close);
      socketMode = socket;
      web = WebServer.start(config.server().host(), config.server().port(), null, database, metrics);
    } else {
      web = WebServer.start(config.server().host(), config.server().port(),
          // Freshness is judged by the wall clock Slack signs with, whatever clock runs the app.
          new SlackEndpoint(app, new SignatureCheck(config.slack().signingSecret(), Clock.systemUTC()),
              failures, SlackEndpoint.MAX_BODY_BYTES),
          installs == null ? null : new OAuthEndpoint(app), database, metrics);
    }
    closeables.add(web);
    // Last, so a task due at start-up finds every part it needs running.
    repairTriggers();
    quartz.start();
    log.info("Roundup is up as {} in {} mode; HTTP on port {}; node {}",
        multiWorkspace ? "the bot of each installed workspace" : "<@" + botUserId + ">",
        config.slack().socketMode() ? "Socket" : "HTTP", web.port(), quartz.nodeId());
  }

  /**
   * A workspace took Roundup out (uninstalled it, or revoked its bot token) and its stored tokens
   * are already deleted: its scheduled work stops ({@link WorkspaceRemoval}), then every
   * workspace-removed listener is told. What it stored stays until {@code purge-workspace}.
   */
  private void workspaceRemoved(String teamId) {
    Workspace.run(teamId, () -> removal.removed(teamId));
    for (Consumer<String> listener : workspaceRemovedListeners) {
      try {
        listener.accept(teamId);
      } catch (RuntimeException e) {
        log.warn("A workspace-removed listener failed for {}", teamId, e);
      }
    }
  }

  /**
   * Queue depths an operator watches at 9:00 and under event floods: the work queue (events'
   * work, Home refreshes) and the run pool (scheduled items due and not yet over). The outbound
   * queue and the task metrics register their own.
   */
  private static void watchQueues(MeterRegistry metrics, WorkQueue work, QuartzScheduler quartz) {
    Gauge.builder("roundup_work_queue_depth", work, WorkQueue::queued)
        .description("Work waiting for a worker thread (events, App Home refreshes)").register(metrics);
    Gauge.builder("roundup_work_queue_active", work, WorkQueue::active)
        .description("Work running on the worker threads").register(metrics);
    Gauge.builder("roundup_run_pool_queued", quartz, QuartzScheduler::queued)
        .description("Scheduled items (tasks, digests) due and waiting for a run-pool thread")
        .register(metrics);
    Gauge.builder("roundup_run_pool_in_flight", quartz, QuartzScheduler::inFlight)
        .description("Scheduled items whose run is not over (queued, running or waiting to post)")
        .register(metrics);
  }

  /** Who Roundup is: its user id (whose mentions are requests) and its workspace's id. */
  private static AuthTestResponse authTest(SlackApi api) {
    try {
      return api.call("auth.test", m -> m.authTest(r -> r));
    } catch (SlackCallException e) {
      if (e.error().equals("network_error")) {
        // nothing was asked of Slack: the token may well be right
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw new ConfigException("Roundup couldn't reach Slack to check the bot token (" + cause
            + "): check the network, a proxy, and roundup.slack.api-url.");
      }
      throw new ConfigException("Slack rejected the bot token (" + e.error()
          + "): check SLACK_BOT_TOKEN (roundup.slack.bot-token) and roundup.slack.api-url.");
    }
  }

  /** Plans every task and digest whose next run has no trigger, and the nightly suggestions. */
  private void repairTriggers() {
    tasks.repairTriggers();
    digestScheduler.repairTriggers();
    suggestions.repairTrigger();
  }

  private static void purge(ProcessedEvents processed) {
    try {
      processed.purgeOlderThan(Duration.ofDays(1));
    } catch (RuntimeException e) {
      log.warn("Could not purge processed event ids", e);
    }
  }

  private static void quietly(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      log.warn("Housekeeping ({}) failed", what, e);
    }
  }

  /** Called with the team id of each workspace that uninstalls Roundup or revokes its bot token. */
  public void onWorkspaceRemoved(Consumer<String> listener) {
    workspaceRemovedListeners.add(listener);
  }

  /** The workspaces Roundup has seen and the Enterprise Grid org of each. */
  public WorkspaceDirectory workspaces() {
    return directory;
  }

  /** Multi-workspace mode's installations and tokens; empty in single-workspace mode. */
  public Optional<OAuthInstalls> installs() {
    return Optional.ofNullable(installs);
  }

  public int port() {
    return web.port();
  }

  public Database database() {
    return database;
  }

  /** The app's scheduler, in which tasks and digests have their own job kinds. */
  public QuartzScheduler scheduler() {
    return quartz;
  }

  /** The recurring-tasks feature (its service and job kind), for tests and the benchmark. */
  public Tasks tasks() {
    return tasks;
  }

  /** The suggestions feature (its nightly run, to run at once in the sandbox and tests). */
  public Suggestions suggestions() {
    return suggestions;
  }

  /** Model tokens spent per workspace and task, against the budgets. */
  public TokenLedger tokens() {
    return ledger;
  }

  /** Stops a workspace's scheduled work when Roundup is removed from it (uninstall, revoked tokens). */
  public WorkspaceRemoval workspaceRemoval() {
    return removal;
  }

  public PrometheusMeterRegistry metrics() {
    return metrics;
  }

  /**
   * Makes the message store hold the last {@code window} of these channels, through the same
   * backfill a digest uses (the sandbox does this at start, so its sample's weeks are there to read).
   */
  public void catchUp(List<String> channelIds, Duration window) {
    Instant now = clock.instant();
    for (String channel : channelIds) {
      history.read(channel, now.minus(window), now, ReadProgress.NONE);
    }
  }

  /** The message store the digests read. */
  public MessageStore messages() {
    return messages;
  }

  public Coverage coverage() {
    return coverage;
  }

  /** The daily purge, to run at once. */
  public RetentionPurge retentionPurge() {
    return retentionPurge;
  }

  /** Sends the digests due now (what the 30-second tick does). */
  public DigestScheduler digests() {
    return digestScheduler;
  }

  /**
   * The graceful part of stopping (see the class comment): lets work under way finish until the
   * shutdown timeout, then hands back what has not been posted. Parts not built yet are skipped.
   */
  private void drain() {
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    try {
      // No new events: over HTTP, Slack retries what it could not deliver (another node takes it).
      if (socketMode != null) {
        socketMode.close();
      }
      if (web != null) {
        web.close();
      }
      if (quartz != null) {
        quartz.standby();
      }
      if (housekeeping != null) {
        housekeeping.shutdownNow();
      }
      if (ingestQueue != null) {
        ingestQueue.drain(left(deadline));
      }
      if (summaryWork != null) {
        summaryWork.drain(left(deadline));
      }
      if (work != null) {
        work.drain(left(deadline));
      }
      boolean idle = (quartz == null || quartz.awaitIdle(left(deadline)))
          && (outbound == null || outbound.awaitIdle(left(deadline)));
      if (!idle) {
        log.warn("Work still under way after {}; handing back what has not been posted",
            shutdownTimeout);
      }
      if (outbound != null) {
        outbound.stop();
      }
      if (quartz != null && !quartz.awaitIdle(Duration.ofSeconds(10))) {
        log.warn("{} run(s) did not stop in time; the cluster's recovery re-runs them", quartz.inFlight());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.warn("Error while stopping gracefully", e);
    }
  }

  /**
   * The built-in summarizer in a process of its own when the configuration asks for one (started
   * first, so its JVM comes up while the rest starts); a summarizer given in its place (tests)
   * runs here.
   */
  private Summarizer separate(Config.Work work, Summarizer builtIn) {
    if (!work.summarizer().enabled() || builtIn.getClass() != ExtractiveSummarizer.class) {
      return builtIn;
    }
    SummarizerProcess apart = new SummarizerProcess(builtIn, work.summarizer(), work.summaryThreads());
    closeables.add(apart);
    FunctionCounter.builder("roundup.summarizer.made.here", apart, SummarizerProcess::madeHere)
        .description("Summaries the summarizer's process could not make, made in the server instead")
        .register(metrics);
    FunctionCounter.builder("roundup.summarizer.process.starts", apart, SummarizerProcess::started)
        .description("Times the summarizer's process was started (more than one: restarted)")
        .register(metrics);
    return apart;
  }

  private static Duration left(long deadlineNanos) {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  @Override
  public void close() {
    if (!closeables.isEmpty()) {
      drain();
    }
    for (int i = closeables.size() - 1; i >= 0; i--) {
      try {
        closeables.get(i).close();
      } catch (Exception e) {
        log.warn("Error while stopping", e);
      }
    }
    closeables.clear();
  }
}
