package dev.roundup.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * The suggestion stores' contract, on H2 and on PostgreSQL: the command log, suggestions and their
 * answers, the personal switch and the nightly claims, each kept apart per workspace.
 */
class SuggestionStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
  private static final String TEAM = "T1";
  private static final String OTHER_TEAM = "T2";

  private SuggestionStore store;
  private CommandLog log;

  @BeforeEach
  void open(ScratchDatabase db) {
    store = new SuggestionStore(db.dataSource());
    log = new CommandLog(db.dataSource());
  }

  private static Candidate candidate(String user) {
    return new Candidate(user, Kind.REMIND, "C1", "every Friday at 10:00", "Timesheets are due today at 5pm",
        List.of(Occurrence.message("C1", "1795000000.000100", Instant.parse("2026-11-13T15:00:00Z")),
            Occurrence.command("/summarize <#C1|eng> 7d", "C2", Instant.parse("2026-11-20T15:00:00Z"))),
        0.87, "on each of the last 4 Fridays around 10:00 AM", "");
  }

  @OnEachDatabase
  void a_suggestion_is_stored_with_its_evidence_and_read_back_only_in_its_workspace() {
    Suggestion saved = store.insert(Suggestion.offer(TEAM, candidate("U1"), NOW, Duration.ofDays(30)));
    store.placed(TEAM, saved.id(), "D1", "1795500000.000200");

    Suggestion read = store.find(TEAM, saved.id()).orElseThrow();
    assertThat(read.user()).isEqualTo("U1");
    assertThat(read.kind()).isEqualTo(Kind.REMIND);
    assertThat(read.text()).isEqualTo("Timesheets are due today at 5pm");
    assertThat(read.evidence()).isEqualTo(candidate("U1").evidence());
    assertThat(read.confidence()).isEqualTo(0.87);
    assertThat(read.offeredAt()).isEqualTo(NOW);
    assertThat(read.quietUntil()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    assertThat(read.dmChannel()).isEqualTo("D1");
    assertThat(read.pending(NOW)).isTrue();
    assertThat(store.find(OTHER_TEAM, saved.id())).isEmpty();
    assertThat(store.ofPerson(OTHER_TEAM, "U1")).isEmpty();
    assertThat(store.lastOffered(TEAM, "U1")).contains(NOW);
  }

  @OnEachDatabase
  void an_answer_counts_once_and_an_unanswered_offer_expires_when_its_quiet_time_ends() {
    Suggestion answered = store.insert(Suggestion.offer(TEAM, candidate("U1"), NOW, Duration.ofDays(30)));
    Suggestion ignored = store.insert(Suggestion.offer(TEAM, candidate("U2"), NOW, Duration.ofDays(30)));

    assertThat(store.answer(TEAM, answered.id(), Suggestion.State.NEVER, NOW, null)).isTrue();
    assertThat(store.answer(TEAM, answered.id(), Suggestion.State.ACCEPTED, NOW, null)).isFalse();
    assertThat(store.answer(OTHER_TEAM, ignored.id(), Suggestion.State.NEVER, NOW, null)).isFalse();
    assertThat(store.expire(TEAM, NOW.plus(Duration.ofDays(29)))).isZero();
    assertThat(store.expire(TEAM, NOW.plus(Duration.ofDays(30)))).isEqualTo(1);

    assertThat(store.find(TEAM, answered.id()).orElseThrow().state()).isEqualTo(Suggestion.State.NEVER);
    assertThat(store.find(TEAM, ignored.id()).orElseThrow().state()).isEqualTo(Suggestion.State.EXPIRED);
  }

  @OnEachDatabase
  void a_refused_schedule_is_reopened_for_another_answer() {
    Suggestion s = store.insert(Suggestion.offer(TEAM, candidate("U1"), NOW, Duration.ofDays(30)));
    store.answer(TEAM, s.id(), Suggestion.State.ACCEPTED, NOW, null);

    store.reopen(TEAM, s.id(), s.quietUntil());

    assertThat(store.find(TEAM, s.id()).orElseThrow().pending(NOW)).isTrue();
    assertThat(store.answer(TEAM, s.id(), Suggestion.State.NOT_NOW, NOW, NOW.plus(Duration.ofDays(30)))).isTrue();
  }

  @OnEachDatabase
  void the_personal_switch_is_per_person_and_per_workspace() {
    store.turn(TEAM, "U1", false, NOW);
    store.turn(TEAM, "U1", false, NOW);

    assertThat(store.isOff(TEAM, "U1")).isTrue();
    assertThat(store.isOff(TEAM, "U2")).isFalse();
    assertThat(store.isOff(OTHER_TEAM, "U1")).isFalse();
    store.turn(TEAM, "U1", true, NOW);
    assertThat(store.isOff(TEAM, "U1")).isFalse();
  }

  @OnEachDatabase
  void a_night_is_claimed_once_per_workspace() {
    assertThat(store.claimRun(TEAM, NOW, NOW)).isTrue();
    assertThat(store.claimRun(TEAM, NOW, NOW.plusSeconds(5))).isFalse();
    assertThat(store.claimRun(OTHER_TEAM, NOW, NOW)).isTrue();
    store.finishRun(TEAM, NOW, NOW.plusSeconds(30), 3);
  }

  @OnEachDatabase
  void the_command_log_reads_a_workspaces_window_and_purges_what_is_older_than_the_retention() {
    log.record(new LoggedCommand(TEAM, "U1", "/summarize", "<#C1|eng> 7d", "C2", NOW.minus(Duration.ofDays(40))));
    log.record(new LoggedCommand(TEAM, "U1", "/summarize", "  #eng 24h ", "C2", NOW.minus(Duration.ofDays(2))));
    log.record(new LoggedCommand(OTHER_TEAM, "U9", "/summarize", "", "C9", NOW.minus(Duration.ofDays(2))));
    log.record(new LoggedCommand(TEAM, "U1", "/digest", "x".repeat(900), null, NOW.minus(Duration.ofDays(1))));

    List<LoggedCommand> window = log.between(TEAM, NOW.minus(Duration.ofDays(35)), NOW);
    assertThat(window).extracting(LoggedCommand::args).containsExactly("#eng 24h", "x".repeat(CommandLog.MAX_ARGS));
    assertThat(window.get(0).at()).isEqualTo(NOW.minus(Duration.ofDays(2)));
    assertThat(window.get(1).channel()).isNull();

    assertThat(log.purgeBefore(NOW.minus(Duration.ofDays(35)))).isEqualTo(1);
    assertThat(log.between(TEAM, Instant.EPOCH, NOW)).hasSize(2);
  }
}
