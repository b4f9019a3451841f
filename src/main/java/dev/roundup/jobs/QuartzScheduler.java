package dev.roundup.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz with its JDBC job store in Roundup's database, reduced to what Roundup needs: at instant
 * T, run every item of kind K that is due then. Each feature registers its own {@link JobKind}
 * (tasks, digests) with the query that lists its items due at an instant and the handler that runs
 * one; this class knows no feature.
 *
 * <p>There is one one-shot trigger per distinct instant per kind, not one per item: when 5,000
 * tasks are due at 9:00, one trigger fires and its items run on the bounded {@link RunPool}. Each
 * instant is the exact one an item's schedule gives (so daylight-saving changes and month ends
 * follow the schedule, not Quartz's calendar); the handler plans the item's following instant after
 * each run. A trigger missed while the app was down fires once, as soon as the app is back (misfire
 * "fire now"), and its items know they are late.
 *
 * <p>In a cluster (several nodes on one PostgreSQL) each firing happens on one node. The job asks
 * for recovery: when a node dies while running an instant, another node re-runs that instant
 * ({@link Firing#recoveredFrom()} names the dead node, whose unfinished claims may then be taken
 * over). A node that stops gracefully with items not yet run hands them back: it plans their
 * instant again, and another node runs them.
 */
public final class QuartzScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QuartzScheduler.class);
  private static final String JOB_NAME = "fire";
  /** Re-plans of an instant (items handed back) get their own trigger name: {@code <ms>-again-…}. */
  private static final String AGAIN = "-again-";
  /** Instants at least this far ahead are remembered as planned, so planning them again is free. */
  private static final Duration REMEMBER_AHEAD = Duration.ofSeconds(2);

  private record Kind(DueItems due, FireHandler handler) {}

  private final Scheduler scheduler;
  private final QuartzSettings settings;
  private final RunPool pool;
  private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
  /** Per kind, future instants known to have a trigger: a trigger can only go away by firing. */
  private final Map<String, Set<Long>> plannedAhead = new ConcurrentHashMap<>();

  private QuartzScheduler(Scheduler scheduler, QuartzSettings settings) {
    this.scheduler = scheduler;
    this.settings = settings;
    this.pool = new RunPool(settings.runThreads());
  }

  /**
   * Connects Quartz to the database without starting it: triggers may be read and written, but
   * nothing fires until {@link #start()}.
   */
  public static QuartzScheduler open(DataSource dataSource, QuartzSettings settings) {
    // A unique provider name: Quartz keeps providers in a JVM-wide registry, and a test may open
    // a second instance on the same database after closing the first.
    String provider = "roundup-" + UUID.randomUUID();
    DBConnectionManager.getInstance().addConnectionProvider(provider,
        new DataSourceConnections(dataSource));
    try {
      StdSchedulerFactory factory = new StdSchedulerFactory(properties(settings, provider));
      return new QuartzScheduler(factory.getScheduler(), settings);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not set up Quartz: " + e.getMessage(), e);
    }
  }

  static Properties properties(QuartzSettings settings, String provider) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", QuartzSettings.SCHEDULER_NAME);
    p.setProperty("org.quartz.scheduler.instanceId", settings.nodeId());
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // Fetch as many due triggers per database round trip as there are threads.
    p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(settings.threads()));
    // No fire-ahead window: a batch holds only triggers that are due, so none fires early.
    p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionFireAheadTimeWindow", "0");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "roundup-fire");
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", settings.postgres()
        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", provider);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(settings.clustered()));
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
        String.valueOf(settings.checkinInterval().toMillis()));
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty("org.quartz.jobStore.misfireThreshold",
        String.valueOf(settings.misfireThreshold().toMillis()));
    return p;
  }

  /**
   * Registers a kind of scheduled item: which items are due at an instant, and the handler one
   * item's firing goes to. Kinds are registered before {@link #start()}; the name is stored with
   * every trigger, so it must not change.
   */
  public JobKind register(String kind, DueItems due, FireHandler handler) {
    if (!kind.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("job kind names are short lowercase words: " + kind);
    }
    if (kinds.putIfAbsent(kind, new Kind(due, handler)) != null) {
      throw new IllegalStateException("job kind " + kind + " is registered twice");
    }
    plannedAhead.put(kind, ConcurrentHashMap.newKeySet());
    // One durable job per kind; it asks for recovery, so a node's death mid-firing re-runs it.
    JobDetail job = JobBuilder.newJob(FireJob.class).withIdentity(jobKey(kind))
        .usingJobData(FireJob.KIND, kind).storeDurably().requestRecovery().build();
    try {
      scheduler.addJob(job, true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not register job kind " + kind + ": " + e.getMessage(), e);
    }
    return new JobKind(kind, this);
  }

  /** Starts firing; each firing runs the items of its kind due at its instant. */
  public void start() {
    try {
      scheduler.setJobFactory(new RoundupJobFactory(this::route));
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not start Quartz: " + e.getMessage(), e);
    }
  }

  /** This node's id: {@link QuartzSettings#SINGLE_NODE}, or its id in the cluster. */
  public String nodeId() {
    return settings.nodeId();
  }

  private void route(String kind, Instant scheduledFor, Instant firedAt, String recoveredFrom) {
    Kind k = kinds.get(kind);
    if (k == null) {
      // A trigger left by a kind this version no longer has: nothing can run it.
      log.warn("Scheduled {} items fired for {}, but no feature handles that kind; ignored", kind, scheduledFor);
      return;
    }
    // One snapshot: the feature's answer may be a live list that its runs change while they start.
    List<Long> ids = List.copyOf(k.due().at(scheduledFor));
    if (ids.isEmpty()) {
      log.debug("No {} item is due at {} any more", kind, scheduledFor);
      return;
    }
    if (recoveredFrom != null) {
      log.warn("Re-running {} {} item(s) due at {}: node {} stopped while running them", ids.size(),
          kind, scheduledFor, recoveredFrom);
    } else {
      log.info("Running {} {} item(s) due at {}", ids.size(), kind, scheduledFor);
    }
    Function<Firing, CompletionStage<?>> work = k.handler().prepare(ids.stream()
        .map(id -> new Firing(id, scheduledFor, firedAt, recoveredFrom)).toList());
    RunPool.Outcomes outcomes = pool.runAll(kind, ids,
        id -> work.apply(new Firing(id, scheduledFor, firedAt, recoveredFrom))).join();
    if (outcomes.handedBack() > 0) {
      planAgain(kind, scheduledFor);
      log.info("Handed back {} {} item(s) due at {}: planned again for another node",
          outcomes.handedBack(), kind, scheduledFor);
    }
    log.info("Ran {} {} item(s) due at {} ({} failed)", outcomes.done(), kind, scheduledFor,
        outcomes.failed());
  }

  void scheduleAt(String kind, Instant when) {
    long millis = when.toEpochMilli();
    boolean ahead = when.isAfter(Instant.now().plus(REMEMBER_AHEAD));
    Set<Long> known = plannedAhead.get(kind);
    if (known == null) {
      throw new IllegalStateException("job kind " + kind + " is not registered");
    }
    if (ahead && known.contains(millis)) {
      return;
    }
    try {
      scheduler.scheduleJob(trigger(kind, millis, String.valueOf(millis)));
    } catch (ObjectAlreadyExistsException e) {
      // Planned already, by this node or another: the firing runs every item due then.
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not plan " + kind + " items at " + when + ": " + e.getMessage(), e);
    }
    if (ahead) {
      if (known.size() > 10_000) {
        long now = System.currentTimeMillis();
        known.removeIf(at -> at <= now);
      }
      known.add(millis);
    }
  }

  /**
   * Plans every instant, asking the database even for those this node remembers planning: the
   * repair sweep passes instants whose trigger was lost after this node planned them.
   */
  void scheduleAll(String kind, Collection<Instant> instants) {
    Set<Long> known = plannedAhead.get(kind);
    Set<Instant> distinct = new HashSet<>(instants);
    if (known != null) {
      distinct.forEach(when -> known.remove(when.toEpochMilli()));
    }
    distinct.forEach(when -> scheduleAt(kind, when));
  }

  /** Drops the firing planned at {@code when}, if any (no item is due then any more). */
  void unplan(String kind, Instant when) {
    long millis = when.toEpochMilli();
    Set<Long> known = plannedAhead.get(kind);
    if (known != null) {
      known.remove(millis);
    }
    try {
      scheduler.unscheduleJob(TriggerKey.triggerKey(String.valueOf(millis), kind));
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not drop " + kind + " firing at " + when + ": " + e.getMessage(), e);
    }
  }

  /** Plans an instant once more, under a trigger of its own, for items that were handed back. */
  private void planAgain(String kind, Instant when) {
    long millis = when.toEpochMilli();
    try {
      scheduler.scheduleJob(trigger(kind, millis,
          millis + AGAIN + UUID.randomUUID().toString().substring(0, 8)));
    } catch (SchedulerException e) {
      // The repair sweep plans it on the next node that runs one.
      log.error("Could not plan {} items at {} again; the repair sweep will", kind, when, e);
    }
  }

  private static Trigger trigger(String kind, long millis, String name) {
    return TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(name, kind))
        .forJob(jobKey(kind))
        .startAt(new Date(millis))
        // Quartz replaces the fire time of a misfired trigger with "now"; keep the planned one.
        .usingJobData(FireJob.SCHEDULED_FOR, String.valueOf(millis))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
            .withRepeatCount(0)
            .withMisfireHandlingInstructionFireNow())
        .build();
  }

  boolean isPlanned(String kind, Instant when) {
    return planned(kind).contains(Instant.ofEpochMilli(when.toEpochMilli()));
  }

  /**
   * The kind's planned instants: its triggers (waiting, or running and not yet removed), and the
   * triggers Quartz made to recover a dead node's firings of this kind.
   */
  Set<Instant> planned(String kind) {
    try {
      Set<Instant> instants = new HashSet<>();
      for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(kind))) {
        String name = key.getName();
        int again = name.indexOf(AGAIN);
        instants.add(Instant.ofEpochMilli(Long.parseLong(again < 0 ? name : name.substring(0, again))));
      }
      for (TriggerKey key : scheduler.getTriggerKeys(
          GroupMatcher.triggerGroupEquals(Scheduler.DEFAULT_RECOVERY_GROUP))) {
        Trigger t = scheduler.getTrigger(key);
        if (t != null && t.getJobKey().equals(jobKey(kind))
            && t.getJobDataMap().containsKey(FireJob.SCHEDULED_FOR)) {
          instants.add(Instant.ofEpochMilli(Long.parseLong(t.getJobDataMap().getString(FireJob.SCHEDULED_FOR))));
        }
      }
      return instants;
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not list planned " + kind + " instants: " + e.getMessage(), e);
    }
  }

  /** Stops taking up new firings (graceful shutdown); firings under way go on. */
  public void standby() {
    try {
      scheduler.standby();
    } catch (SchedulerException e) {
      log.warn("Quartz did not stop taking new firings", e);
    }
  }

  /** Waits until every item being run is over, or the time is up; answers whether all are over. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return pool.awaitIdle(timeout);
  }

  /** Items whose run is not over (queued, running, or waiting for their post). */
  public int inFlight() {
    return pool.inFlight();
  }

  /** Items waiting for a thread of the run pool. */
  public int queued() {
    return pool.queued();
  }

  @Override
  public void close() {
    try {
      // Waits for firings under way; Roundup's shutdown has already let them finish or hand back.
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("Quartz did not shut down cleanly", e);
    }
    pool.close();
  }

  // The kind is the Quartz group, so one kind's instants never collide with another's.
  private static JobKey jobKey(String kind) {
    return JobKey.jobKey(JOB_NAME, kind);
  }
}
