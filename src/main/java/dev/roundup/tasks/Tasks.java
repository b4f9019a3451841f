package dev.roundup.tasks;

import dev.roundup.schedule.FireHandler;
import dev.roundup.schedule.QuartzScheduler;
import dev.roundup.schedule.QuartzSettings;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.HomeSection;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SummaryBlocks;
import dev.roundup.slack.ThreadReader;
import dev.roundup.slack.UserDirectory;
import dev.roundup.summarize.Summarizer;
import java.time.Clock;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The recurring-tasks feature, built once: store, Quartz, runner, service and handlers. Quartz
 * is connected at construction and fires only after {@link #start()}, once the rest of the app is
 * up; closing stops it (before the database closes).
 */
public final class Tasks implements AutoCloseable {

  private final QuartzScheduler scheduler;
  private final TaskRepository repository;
  private final TaskRunner runner;
  private final TaskService service;
  private final TaskHandlers handlers;
  private final TaskHome home;
  private volatile Consumer<String> changeListener = userId -> { };

  /** What the feature needs from the rest of Roundup. */
  public record Parts(DataSource dataSource, QuartzSettings quartz, TaskLimits limits, SlackApi slack,
      UserDirectory users, ThreadReader reader, Summarizer summarizer, SummaryBlocks blocks,
      Permalinks permalinks, Clock clock) { }

  public Tasks(Parts p) {
    this.scheduler = QuartzScheduler.open(p.dataSource(), p.quartz());
    this.repository = new TaskRepository(p.dataSource());
    Consumer<String> changed = userId -> changeListener.accept(userId);
    ChannelPoster poster = new ChannelPoster(p.slack());
    TaskActions actions = new TaskActions(poster,
        new ChannelDigest(p.reader(), p.summarizer(), p.blocks(), p.permalinks()));
    this.runner = new TaskRunner(repository, actions, poster, scheduler, p.limits(), p.clock(), changed);
    this.service = new TaskService(repository, scheduler, runner, p.limits(), p.clock(), changed);
    this.handlers = new TaskHandlers(service, new TaskCommand(new ScheduleParser()),
        new TimeZones(new UserSettings(p.dataSource()), p.users()), p.users(),
        new ChannelNames(p.slack(), p.clock()), p.slack(), p.clock());
    this.home = new TaskHome(repository);
  }

  /** Told the owner's id whenever one of their tasks changes or runs (to refresh their Home). */
  public void onChange(Consumer<String> listener) {
    this.changeListener = listener;
  }

  public void start() {
    scheduler.start(runner);
  }

  /** What runs a task when Quartz fires it (Roundup routes firings of several features). */
  public FireHandler runner() {
    return runner;
  }

  public TaskHandlers handlers() {
    return handlers;
  }

  public HomeSection home() {
    return home;
  }

  public TaskService service() {
    return service;
  }

  public TaskRepository repository() {
    return repository;
  }

  /** The scheduler, for tests that move a planned run (e.g. into the past, as after downtime). */
  public QuartzScheduler scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
