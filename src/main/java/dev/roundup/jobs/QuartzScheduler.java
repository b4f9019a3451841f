package dev.roundup.jobs;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
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
 * Quartz with its JDBC job store in Roundup's database, reduced to what Roundup needs: run item N
 * of kind K once at instant T. Each feature registers its own {@link JobKind} (tasks, digests)
 * with the handler that runs its items, and plans and cancels runs through it; this class knows
 * no feature. Each run is a one-shot trigger at the exact instant the item's schedule gives
 * (so daylight-saving changes and month ends follow the schedule, not Quartz's calendar); the
 * handler asks for the following run after each one. A trigger missed while the app was down fires
 * once, as soon as the app is back (misfire "fire now" on a single one-shot trigger), so nothing
 * fires twice.
 */
public final class QuartzScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QuartzScheduler.class);

  private final Scheduler scheduler;
  private final Map<String, FireHandler> handlers = new ConcurrentHashMap<>();

  private QuartzScheduler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Connects Quartz to the database without starting it: triggers may be read and written, but
   * nothing fires until {@link #start(FireHandler)}.
   */
  public static QuartzScheduler open(DataSource dataSource, QuartzSettings settings) {
    // A unique provider name: Quartz keeps providers in a JVM-wide registry, and a test may open
    // a second instance on the same database after closing the first.
    String provider = "roundup-" + UUID.randomUUID();
    DBConnectionManager.getInstance().addConnectionProvider(provider,
        new DataSourceConnections(dataSource));
    try {
      StdSchedulerFactory factory = new StdSchedulerFactory(properties(settings, provider));
      return new QuartzScheduler(factory.getScheduler());
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not set up Quartz: " + e.getMessage(), e);
    }
  }

  static Properties properties(QuartzSettings settings, String provider) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", QuartzSettings.SCHEDULER_NAME);
    p.setProperty("org.quartz.scheduler.instanceId", settings.clustered() ? "AUTO" : "single");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // Fetch as many due triggers per database round trip as there are threads: with thousands
    // of tasks due at 9:00 one trigger per lock would make the last ones late.
    p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(settings.threads()));
    // No fire-ahead window: a batch holds only triggers due at the same instant, so none fires early.
    p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionFireAheadTimeWindow", "0");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "roundup-task");
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", settings.postgres()
        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", provider);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(settings.clustered()));
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty("org.quartz.jobStore.misfireThreshold",
        String.valueOf(settings.misfireThreshold().toMillis()));
    return p;
  }

  /**
   * Registers a kind of scheduled item and the handler its firings go to. Kinds are registered
   * before {@link #start()}; the name is stored with every trigger, so it must not change.
   */
  public JobKind register(String kind, FireHandler handler) {
    if (!kind.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("job kind names are short lowercase words: " + kind);
    }
    if (handlers.putIfAbsent(kind, handler) != null) {
      throw new IllegalStateException("job kind " + kind + " is registered twice");
    }
    return new JobKind(kind, this);
  }

  /** Starts firing; each firing goes to the handler of its kind. */
  public void start() {
    try {
      scheduler.setJobFactory(new RoundupJobFactory(this::route));
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not start Quartz: " + e.getMessage(), e);
    }
  }

  private void route(String kind, Firing firing) {
    FireHandler handler = handlers.get(kind);
    if (handler == null) {
      // A trigger left by a kind this version no longer has: nothing can run it.
      log.warn("A scheduled {} item {} fired, but no feature handles that kind; ignored", kind, firing.id());
      return;
    }
    handler.fire(firing);
  }

  void scheduleAt(String kind, long id, Instant when) {
    JobDetail job = job(kind, id);
    try {
      scheduler.scheduleJob(job, Set.of(trigger(job, kind, id, when)), true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not schedule " + kind + " " + id + ": " + e.getMessage(), e);
    }
  }

  void scheduleAll(String kind, Map<Long, Instant> runs) {
    Map<JobDetail, Set<? extends Trigger>> all = new HashMap<>();
    runs.forEach((id, when) -> {
      JobDetail job = job(kind, id);
      all.put(job, Set.of(trigger(job, kind, id, when)));
    });
    try {
      scheduler.scheduleJobs(all, true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not schedule " + runs.size() + " " + kind + " items: "
          + e.getMessage(), e);
    }
  }

  private static JobDetail job(String kind, long id) {
    return JobBuilder.newJob(FireJob.class).withIdentity(jobKey(kind, id))
        .usingJobData(FireJob.KIND, kind)
        .usingJobData(FireJob.ID, String.valueOf(id)).build();
  }

  private static Trigger trigger(JobDetail job, String kind, long id, Instant when) {
    return TriggerBuilder.newTrigger().withIdentity(triggerKey(kind, id)).forJob(job)
        .startAt(Date.from(when))
        // Quartz replaces the fire time of a misfired trigger with "now"; keep the planned one.
        .usingJobData(FireJob.SCHEDULED_FOR, String.valueOf(when.toEpochMilli()))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
            .withRepeatCount(0)
            .withMisfireHandlingInstructionFireNow())
        .build();
  }

  void unschedule(String kind, long id) {
    try {
      scheduler.deleteJob(jobKey(kind, id));
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not unschedule " + kind + " " + id + ": " + e.getMessage(), e);
    }
  }

  Optional<Instant> nextFireTime(String kind, long id) {
    try {
      Trigger trigger = scheduler.getTrigger(triggerKey(kind, id));
      return trigger == null || trigger.getNextFireTime() == null
          ? Optional.empty() : Optional.of(trigger.getNextFireTime().toInstant());
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not read " + kind + " " + id + ": " + e.getMessage(), e);
    }
  }

  Set<Long> planned(String kind) {
    try {
      Set<Long> ids = new HashSet<>();
      for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(kind))) {
        ids.add(Long.parseLong(key.getName()));
      }
      return ids;
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not list planned " + kind + " items: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      // Wait for running firings: a half-sent reminder is worse than a slower shutdown.
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("Quartz did not shut down cleanly", e);
    }
  }

  // The kind is the Quartz group, so one kind's ids never collide with another's.
  private static JobKey jobKey(String kind, long id) {
    return JobKey.jobKey(String.valueOf(id), kind);
  }

  private static TriggerKey triggerKey(String kind, long id) {
    return TriggerKey.triggerKey(String.valueOf(id), kind);
  }
}
