package dev.roundup.suggest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.suggest.Candidate;
import dev.roundup.suggest.Detector;
import dev.roundup.suggest.Kind;
import dev.roundup.suggest.Occurrence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated workspaces and the scoring, and a small run of the evaluation: the full one is
 * {@code eval --dataset suggestions} (docs/EVAL.md).
 */
class SuggestionEvalTest {

  /** Neither tuning seeds (1–5) nor report seeds (1001–1010). */
  private static final List<Long> FRESH = List.of(2026L, 2027L);

  @Test
  void the_detector_meets_the_goal_on_small_workspaces_it_was_not_tuned_on() {
    SuggestionEval.Run run = SuggestionEval.run(FRESH, WorkspaceGenerator.Size.SMALL,
        new Detector(Detector.Settings.DEFAULT));

    assertThat(run.planted()).isEqualTo(28);
    assertThat(run.precision()).as("precision").isGreaterThanOrEqualTo(SuggestionEval.PRECISION_GOAL);
    assertThat(run.recall()).as("recall").isGreaterThanOrEqualTo(SuggestionEval.RECALL_GOAL);
    assertThat(SuggestionEval.markdown(null, run, "Run now.")).contains("# Suggestion quality",
        "## Targets", "- met — seeds 2026–2027", "## Method", "## Recall by planted rhythm", "## False positives");
  }

  @Test
  void the_same_seed_gives_the_same_workspace_and_another_seed_another() {
    SyntheticWorkspace a = WorkspaceGenerator.generate(7, WorkspaceGenerator.Size.SMALL);
    SyntheticWorkspace b = WorkspaceGenerator.generate(7, WorkspaceGenerator.Size.SMALL);
    SyntheticWorkspace c = WorkspaceGenerator.generate(8, WorkspaceGenerator.Size.SMALL);

    assertThat(b.messages()).isEqualTo(a.messages());
    assertThat(b.planted()).isEqualTo(a.planted());
    assertThat(c.messages()).isNotEqualTo(a.messages());
  }

  @Test
  void a_workspace_has_dozens_of_people_in_several_zones_months_of_history_bots_and_distractors() {
    SyntheticWorkspace ws = WorkspaceGenerator.generate(7, WorkspaceGenerator.Size.FULL);

    assertThat(ws.people().stream().filter(p -> !p.isBot()).count()).isEqualTo(48);
    assertThat(ws.people().stream().map(Person::zone).distinct().count()).isGreaterThanOrEqualTo(6);
    assertThat(Duration.between(ws.from(), ws.now())).isEqualTo(Duration.ofDays(7 * 26));
    assertThat(ws.people()).filteredOn(Person::isBot).extracting(Person::id).contains(ws.roundupUserId());
    assertThat(ws.messages()).anyMatch(m -> m.botId() != null).anyMatch(m -> "USLACKBOT".equals(m.user()))
        .anyMatch(m -> m.threadTs() != null && !m.threadTs().equals(m.ts()));
    assertThat(ws.decoys()).extracting(Decoy::label).contains("irregular repeats", "weekly reminder that stopped",
        "same words from different people", "every other week (not a weekly rhythm)");
    assertThat(ws.planted()).extracting(Planted::kind).contains(Kind.REMIND, Kind.SUMMARIZE, Kind.DIGEST);
    for (Planted p : ws.planted()) {
      assertThat(new ScheduleParser().parse(p.phrase(), ws.zones().apply(p.user()), ws.now().atZone(
          ws.zones().apply(p.user())))).as(p.phrase()).isInstanceOf(Parsed.class);
    }
  }

  @Test
  void a_suggestion_counts_only_with_the_right_person_channel_kind_and_schedule() {
    SyntheticWorkspace ws = WorkspaceGenerator.generate(7, WorkspaceGenerator.Size.SMALL);
    Planted p = ws.planted().stream().filter(x -> x.phrase().startsWith("every Tuesday and Thursday"))
        .findFirst().orElseThrow();
    String time = p.phrase().substring(p.phrase().length() - 5);
    Candidate right = candidate(p.user(), p.channel(), p.kind(), p.phrase());
    Candidate wrongDays = candidate(p.user(), p.channel(), p.kind(), "every Tuesday at " + time);
    Candidate wrongTime = candidate(p.user(), p.channel(), p.kind(), "every Tuesday and Thursday at 03:00");
    Candidate wrongKind = candidate(p.user(), p.channel(), Kind.SUMMARIZE, p.phrase());

    Scoring.Result result = Scoring.score(ws, List.of(wrongDays, wrongTime, wrongKind, right, right), Duration.ZERO);

    assertThat(result.found()).containsExactly(p);
    assertThat(result.mistakes()).hasSize(4);
    assertThat(result.mistakes()).extracting(Scoring.Mistake::source).contains(p.label() + ", wrong schedule",
        p.label() + ", wrong kind");
  }

  private static Candidate candidate(String user, String channel, Kind kind, String phrase) {
    return new Candidate(user, kind, channel, phrase, "", List.<Occurrence>of(), 1, "", "");
  }
}
