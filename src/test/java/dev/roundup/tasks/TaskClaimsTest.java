package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;

/**
 * Claiming a whole instant's runs at once and recording many runs in one commit, on H2 and
 * PostgreSQL: each planned run is claimed once however many firings (or nodes) try, only the tasks
 * listed and due are claimed, and a pause made while a run was out is never undone by its record.
 */
class TaskClaimsTest {

  private static final Instant NOW = Instant.parse("2026-11-30T08:59:59Z");
  private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");
  private static final Schedule DAILY = ((Parsed) new ScheduleParser().parse("every day at 9am",
      ZoneOffset.UTC, ZonedDateTime.ofInstant(NOW, ZoneOffset.UTC))).schedule();

  private TaskRepository repo;
  private ScratchDatabase db;

  @BeforeEach
  void open(ScratchDatabase db) {
    this.db = db;
    this.repo = new TaskRepository(db.dataSource());
  }

  private List<Long> insert(int n, Instant next) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String owner = "U" + (i % 7);
      tasks.add(new Task(0, owner, "T1", ActionKind.REMIND, List.of(owner), "stand-up " + i,
          Destination.dm(owner), "every day at 9am", DAILY.spec(), ZoneOffset.UTC, NOW, false, 0,
          null, next, null, null));
    }
    return repo.insertAll(tasks).stream().map(Task::id).toList();
  }

  @OnEachDatabase
  void a_firing_claims_every_listed_due_task_once_with_its_task_and_a_second_claims_none() {
    List<Long> due = insert(1_203, NINE);
    Map<Long, TaskRuns.ClaimedRun> first = repo.runs().claimDue(due, NINE, NOW, "node-a");
    Map<Long, TaskRuns.ClaimedRun> again = repo.runs().claimDue(due, NINE, NOW, "node-b");

    assertThat(first).containsOnlyKeys(due);
    assertThat(first.get(due.get(5)).task()).isEqualTo(repo.find(due.get(5)).orElseThrow());
    assertThat(again).isEmpty();
    assertThat(repo.runs().claim(due.get(0), NINE, NOW, "node-b")).isEmpty();
    assertThat(repo.runs().planned(due.get(0), NINE).orElseThrow()).satisfies(run -> {
      assertThat(run.id()).isEqualTo(first.get(due.get(0)).runId());
      assertThat(run.running()).isTrue();
      assertThat(run.claimedBy()).isEqualTo("node-a");
    });
  }

  @OnEachDatabase
  void paused_tasks_tasks_due_at_another_time_and_tasks_not_listed_are_not_claimed() {
    List<Long> due = insert(10, NINE);
    List<Long> later = insert(3, NINE.plusSeconds(60));
    List<Long> notListed = insert(2, NINE);
    repo.pause(due.get(3), "you left <#C1>");
    List<Long> listed = new ArrayList<>(due);
    listed.addAll(later);

    Map<Long, TaskRuns.ClaimedRun> claimed = repo.runs().claimDue(listed, NINE, NOW, "node-a");

    assertThat(claimed.keySet()).containsExactlyInAnyOrderElementsOf(
        due.stream().filter(id -> !id.equals(due.get(3))).toList());
    assertThat(notListed).allSatisfy(id -> assertThat(repo.runs().planned(id, NINE)).isEmpty());
    assertThat(repo.runs().claim(notListed.get(0), NINE, NOW, "node-a")).isPresent();
  }

  @OnEachDatabase
  void two_nodes_claiming_the_same_instant_at_once_claim_each_run_exactly_once() throws Exception {
    List<Long> due = insert(2_000, NINE);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Map<Long, TaskRuns.ClaimedRun>>> claims = List.of(
          () -> repo.runs().claimDue(due, NINE, NOW, "node-a"),
          () -> new TaskRepository(db.dataSource()).runs().claimDue(due, NINE, NOW, "node-b"));
      List<Map<Long, TaskRuns.ClaimedRun>> won = new ArrayList<>();
      for (Future<Map<Long, TaskRuns.ClaimedRun>> f : nodes.invokeAll(claims)) {
        won.add(f.get());
      }
      // What neither batch won (its statement lost a race) is settled one at a time, as a firing does.
      List<Long> settledOneByOne = due.stream()
          .filter(id -> !won.get(0).containsKey(id) && !won.get(1).containsKey(id))
          .filter(id -> repo.runs().claim(id, NINE, NOW, "node-c").isPresent()).toList();

      // One node may win every run (the other's statement came second): no batch may share one.
      assertThat(won.get(0).keySet()).filteredOn(won.get(1)::containsKey).isEmpty();
      assertThat(won.get(0).size() + won.get(1).size() + settledOneByOne.size()).isEqualTo(due.size());
      assertThat(due).allSatisfy(id -> assertThat(repo.runs().of(id)).hasSize(1));
    } finally {
      nodes.shutdownNow();
    }
  }

  @OnEachDatabase
  void runs_recorded_together_plan_their_next_run_except_for_a_task_paused_meanwhile() {
    List<Long> due = insert(4, NINE);
    Map<Long, TaskRuns.ClaimedRun> claimed = repo.runs().claimDue(due, NINE, NOW, "node-a");
    // The owner pauses one task while its run is out.
    long edited = due.get(2);
    repo.pause(edited, "paused by its owner");
    Instant tomorrow = NINE.plusSeconds(86_400);

    boolean[] planned = repo.recordScheduledSuccesses(due.stream().map(id -> new TaskRepository.Success(
        claimed.get(id).runId(), id, NINE.plusSeconds(1), "1795000000.00010" + (id % 10), null,
        NINE, DAILY.spec(), tomorrow)).toList());

    assertThat(planned).containsExactly(true, true, false, true);
    assertThat(LongStream.of(due.get(0), due.get(1), due.get(3)).mapToObj(id -> repo.find(id).orElseThrow()))
        .allSatisfy(t -> {
          assertThat(t.nextRunAt()).isEqualTo(tomorrow);
          assertThat(t.lastRunAt()).isEqualTo(NINE);
        });
    assertThat(repo.find(edited).orElseThrow()).satisfies(t -> {
      assertThat(t.paused()).isTrue();
      assertThat(t.nextRunAt()).isEqualTo(NINE);
      assertThat(t.lastRunAt()).isEqualTo(NINE);
    });
    assertThat(due).allSatisfy(id -> assertThat(repo.runs().planned(id, NINE).orElseThrow().outcome())
        .isEqualTo(TaskRun.OK));
  }
}
