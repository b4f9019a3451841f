package dev.roundup.tasks;

import dev.roundup.access.Access;
import dev.roundup.digest.DigestService;
import dev.roundup.jobs.JobKind;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.HomeSection;
import dev.roundup.slack.OutboundQueue;
import dev.roundup.slack.Poster;
import dev.roundup.slack.PostedCheck;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.UserDirectory;
import dev.roundup.summaries.SummaryService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The recurring-tasks feature, built once: store, runner, service and handlers, with the task job
 * kind registered in the app's scheduler. Summarize and digest tasks run through the summaries'
 * and digests' own services, so they read, check and render exactly as the commands do.
 */
public final class Tasks implements AutoCloseable {

  /** The name tasks are scheduled under. */
  public static final String JOB_KIND = "task";

  private final TaskRepository repository;
  private final TaskRunner runner;
  private final SuccessRecorder recorder;
  private final JobKind jobs;
  private final TaskService service;
  private final TaskHandlers handlers;
  private final TaskHome home;
  private final TimeZones zones;
  private volatile Consumer<String> changeListener = userId -> { };
  private volatile Consumer<String> runListener;

  /**
   * What the feature needs from the rest of Roundup.
   *
   * @param poster   answers to the commands (immediate)
   * @param outbound what runs post, at the pace Slack accepts
   */
  public record Parts(DataSource dataSource, QuartzScheduler scheduler, TaskLimits limits,
      SlackApi slack, Poster poster, OutboundQueue outbound, UserDirectory users,
      ChannelLookup channels, Access access, SummaryService summaries, DigestService digests,
      Clock clock, MeterRegistry metrics) { }

  public Tasks(Parts p) {
    this.repository = new TaskRepository(p.dataSource());
    Consumer<String> changed = userId -> changeListener.accept(userId);
    Consumer<String> ran = userId -> (runListener != null ? runListener : changeListener).accept(userId);
    TaskActions actions = new TaskActions(p.access(), p.outbound(), p.summaries(), p.digests());
    TaskMetrics metrics = new TaskMetrics(p.metrics());
    this.recorder = new SuccessRecorder(repository, metrics::recordedTogether);
    this.runner = new TaskRunner(repository, actions, p.outbound(), new PostedCheck(p.slack()),
        p.limits(), p.clock(), changed, ran, recorder, metrics);
    this.jobs = p.scheduler().register(JOB_KIND, repository::dueAt, runner);
    runner.plannedBy(jobs);
    this.service = new TaskService(repository, jobs, runner, p.access(), p.limits(), p.clock(), changed);
    this.zones = new TimeZones(new UserSettings(p.dataSource()), p.users());
    this.handlers = new TaskHandlers(service, new TaskCommand(new ScheduleParser()), zones, p.users(),
        p.access(), p.channels(), p.slack(), p.poster(), p.clock());
    this.home = new TaskHome(repository);
  }

  /** Told the owner's id whenever one of their tasks changes or runs (to refresh their Home). */
  public void onChange(Consumer<String> listener) {
    this.changeListener = listener;
  }

  /**
   * Told the owner's id after each scheduled run instead (when set): a listener that can take its
   * time, since 5,000 runs at 9:00 would otherwise refresh 5,000 Homes at once.
   */
  public void onScheduledRun(Consumer<String> listener) {
    this.runListener = listener;
  }

  public TaskHandlers handlers() {
    return handlers;
  }

  public HomeSection home() {
    return home;
  }

  /** Each person's time zone for schedules: the one set with {@code /task timezone}, else Slack's. */
  public TimeZones zones() {
    return zones;
  }

  public TaskService service() {
    return service;
  }

  public TaskRepository repository() {
    return repository;
  }

  /** The task job kind, for tests that move a planned run (e.g. into the past, as after downtime). */
  public JobKind jobs() {
    return jobs;
  }

  /** When the task runs next, if it is active and that instant has a firing planned. */
  public Optional<Instant> plannedRun(long id) {
    return repository.find(id).filter(Task::active).map(Task::nextRunAt).filter(jobs::isPlanned);
  }

  /** The runner Quartz's firings reach, for tests that hand it a firing as Quartz would (a recovery, for one). */
  TaskRunner runner() {
    return runner;
  }

  /** Runs every task due by Roundup's clock now (see {@link TaskRunner#runDue()}). */
  public int runDue() {
    return runner.runDue();
  }

  /** Records what runs have finished, then stops recording (after the scheduler is idle). */
  @Override
  public void close() {
    recorder.close();
  }

  /** Plans every active task that has no trigger (run at start-up and by the housekeeping sweep). */
  public int repairTriggers() {
    return runner.repairTriggers();
  }
}
