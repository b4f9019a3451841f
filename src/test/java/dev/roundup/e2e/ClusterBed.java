package dev.roundup.e2e;

import dev.roundup.ScratchDatabase;
import dev.roundup.jobs.DueItems;
import dev.roundup.jobs.FireHandler;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.jobs.QuartzSettings;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import dev.roundup.tasks.TaskRepository;
import dev.roundup.tasks.Tasks;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * What a test of several Roundup nodes stands on: one PostgreSQL schema, one Slack emulator
 * serving one workspace, and the {@code serve} JVMs ({@link RoundupNode}) started on them, all
 * stopped by {@link #close()}. Work is seeded straight into the database and its instants planned
 * as a node would plan them; what happened is read back from the emulator's calls and the
 * database.
 */
final class ClusterBed implements AutoCloseable {

  /** How long a node may take to start on a busy machine. */
  static final Duration START = Duration.ofSeconds(90);
  private static final Path LOGS = Path.of("target", "cluster-test");

  private final List<RoundupNode> nodes = new ArrayList<>();
  private final ScratchDatabase db;
  private final Workspace workspace;
  private final SlackEmulator slack;

  private ClusterBed(ScratchDatabase db, Workspace workspace, SlackEmulator slack) {
    this.db = db;
    this.workspace = workspace;
    this.slack = slack;
  }

  /**
   * A fresh PostgreSQL schema (the test is skipped without one, failed on CI) and the emulator
   * serving {@code workspace}, which the caller has filled with its people and history.
   */
  static ClusterBed start(Workspace workspace) {
    ScratchDatabase db = ScratchDatabase.postgres();
    return new ClusterBed(db, workspace, SlackEmulator.start(workspace));
  }

  ScratchDatabase db() {
    return db;
  }

  SlackEmulator slack() {
    return slack;
  }

  Workspace workspace() {
    return workspace;
  }

  /**
   * A node's environment as an operator would write it for this cluster: the emulator's workspace,
   * the shared database, Quartz clustered with a quick check-in. Callers add what their test is
   * about (posting limits, for one).
   */
  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("ROUNDUP_CONFIG", LOGS.resolve("no-such-file.properties").toString());
    env.put("SLACK_BOT_TOKEN", workspace.botToken());
    env.put("SLACK_SIGNING_SECRET", workspace.signingSecret());
    env.put("ROUNDUP_SLACK_API_URL", slack.apiUrl());
    env.put("ROUNDUP_SERVER_HOST", "127.0.0.1");
    // The URL carries the user and the schema; its parameters win over roundup.db.user.
    env.put("ROUNDUP_DB_URL", db.jdbcUrl());
    env.put("ROUNDUP_DB_POOL_SIZE", "16");
    env.put("ROUNDUP_TASKS_CLUSTERED", "true");
    env.put("ROUNDUP_TASKS_CLUSTER_CHECKIN_INTERVAL", "1s");
    env.put("ROUNDUP_TASKS_RUN_THREADS", "8");
    env.put("ROUNDUP_SHUTDOWN_TIMEOUT", "5s");
    return env;
  }

  /** Starts a node (without waiting for it); it is stopped with the bed. */
  RoundupNode startNode(String name, Map<String, String> environment) throws IOException {
    return adopt(RoundupNode.start(name, environment, LOGS));
  }

  /** Starts a new process for a node that was stopped or killed. */
  RoundupNode restart(RoundupNode node) throws IOException {
    return adopt(node.restart());
  }

  private RoundupNode adopt(RoundupNode node) {
    nodes.add(node);
    return node;
  }

  /**
   * One reminder per index to its owner's DM, each due at its instant, stored as {@code /task}
   * stores them and their instants planned: the reminder text each task will post, by task id.
   */
  Map<Long, String> reminders(int count, IntFunction<String> owner, IntFunction<Instant> due) {
    Schedule daily = daily();
    TaskRepository repo = new TaskRepository(db.dataSource());
    List<Task> drafts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String person = owner.apply(i);
      drafts.add(new Task(0, person, workspace.teamId(), ActionKind.REMIND, List.of(person),
          "cluster " + i, Destination.dm(person), "every day at 9am", daily.spec(), ZoneOffset.UTC,
          Instant.now(), false, 0, null, due.apply(i), null, null));
    }
    Map<Long, String> reminderOf = new HashMap<>();
    Set<Instant> instants = new TreeSet<>();
    for (Task t : repo.insertAll(drafts)) {
      reminderOf.put(t.id(), ":alarm_clock: Reminder: " + t.body());
      instants.add(t.nextRunAt());
    }
    plan(Tasks.JOB_KIND, repo::dueAt, instants);
    return reminderOf;
  }

  /** Plans instants as a node would, through a scheduler on the cluster's database that never fires. */
  void plan(String kind, DueItems due, Collection<Instant> instants) {
    try (QuartzScheduler planner = QuartzScheduler.open(db.dataSource(),
        new QuartzSettings(1, true, true, Duration.ofMinutes(1)))) {
      planner.register(kind, due, FireHandler.of(f -> { })).scheduleAll(instants);
    }
  }

  /** "every day at 9am" in UTC, the schedule every seeded task and digest carries. */
  static Schedule daily() {
    return ((Parsed) new ScheduleParser().parse("every day at 9am", ZoneOffset.UTC,
        ZonedDateTime.now(ZoneOffset.UTC))).schedule();
  }

  /** The posts Slack accepted. */
  List<ApiCall> okPosts() {
    return slack.calls("chat.postMessage").stream().filter(ApiCall::ok).toList();
  }

  /** Reads one row at a time. */
  interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  void query(String sql, Row row) {
    try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        row.read(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Stops every node (gracefully, killed if it hangs), then the emulator and the schema. */
  @Override
  public void close() throws Exception {
    for (RoundupNode node : nodes) {
      node.close();
    }
    slack.close();
    db.close();
  }
}
