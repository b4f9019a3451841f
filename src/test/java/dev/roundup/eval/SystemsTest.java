package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SystemsTest {

  private static final EvalSample LAUNCH = Fixtures.sample("unused reference",
      "Cats are lovely animals.",
      "The rocket engine test is on Friday at the launch pad.",
      "I had pasta for lunch yesterday, it was a very long and slow lunch with friends.",
      "Friday works for the rocket team.",
      "The launch pad needs a safety check before the engine test.");

  @Test
  void lead_takes_the_first_turns_in_spoken_order() {
    assertThat(new LeadTurns(2).summarize(LAUNCH, TokenBudget.UNLIMITED)).isEqualTo(
        "Cats are lovely animals.\nThe rocket engine test is on Friday at the launch pad.");
  }

  @Test
  void longest_takes_the_longest_turns_longest_first() {
    assertThat(new LongestTurns(2).summarize(LAUNCH, TokenBudget.UNLIMITED).split("\n"))
        .containsExactly(
            "I had pasta for lunch yesterday, it was a very long and slow lunch with friends.",
            "The launch pad needs a safety check before the engine test.");
  }

  @Test
  void a_system_asking_for_more_turns_than_exist_gets_them_all() {
    EvalSample two = Fixtures.sample("r", "first turn here", "second turn here");
    assertThat(new LeadTurns(3).summarize(two, TokenBudget.UNLIMITED).split("\n")).hasSize(2);
    assertThat(new LongestTurns(3).summarize(two, TokenBudget.UNLIMITED).split("\n")).hasSize(2);
  }

  @Test
  void textrank_ranks_the_turn_that_shares_most_with_the_others_first() {
    String[] top = new TextRank(3).summarize(LAUNCH, TokenBudget.UNLIMITED).split("\n");

    // The rocket/launch turns link to each other; the cat and the long pasta turn link to nothing.
    assertThat(top[0]).isEqualTo("The rocket engine test is on Friday at the launch pad.");
    assertThat(top).containsExactlyInAnyOrder(
        "The rocket engine test is on Friday at the launch pad.",
        "Friday works for the rocket team.",
        "The launch pad needs a safety check before the engine test.");
  }

  @Test
  void textrank_on_a_meeting_longer_than_its_graph_bound_still_answers_quickly() {
    String[] turns = new String[TextRank.MAX_UNITS + 500];
    for (int i = 0; i < turns.length; i++) {
      turns[i] = "turn " + i + " about topic " + (i % 7) + " and item " + (i % 13);
    }
    EvalSample meeting = Fixtures.sample("unused", turns);

    String[] top = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> new TextRank(3).summarize(meeting, TokenBudget.UNLIMITED).split("\n"));

    assertThat(top).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void oracle_picks_the_turns_that_carry_the_reference_words() {
    EvalSample sample = Fixtures.sample("the rocket engine test moved to friday",
        "hello everyone and welcome", "the rocket engine test moved", "to friday then",
        "lunch was good");

    assertThat(new GreedyOracle(4).summarize(sample, TokenBudget.UNLIMITED))
        .isEqualTo("the rocket engine test moved\nto friday then");
  }

  @Test
  void oracle_optimises_the_text_that_survives_the_budget() {
    // Uncut, the long turn holds every reference word; cut at 3 tokens only its padding survives,
    // so the oracle must prefer the short exact turn instead.
    EvalSample sample = Fixtures.sample("red green blue",
        "one two three red green blue", "red green blue");

    assertThat(new GreedyOracle(1).summarize(sample, new TokenBudget(3)))
        .isEqualTo("red green blue");
  }

  @Test
  void oracle_scores_at_least_as_well_as_every_other_system_on_the_fixtures() throws IOException {
    List<EvalSample> samples = QmsumLoader.load(Fixtures.qmsum()).general();
    SummarizerSystem stub = new SummarizerSystem("stub", Fixtures::longestMessageSummarizer);
    List<EvalSystem> systems = List.of(new LeadTurns(3), new LongestTurns(3), new TextRank(3),
        stub, new GreedyOracle(4));

    ResultTable table = new Evaluation(2).run("fixture", samples, systems, new TokenBudget(40));

    double oracle = objective(table.row(systems.get(4).name()).orElseThrow());
    for (SystemScore row : table.rows()) {
      assertThat(oracle).as(row.system()).isGreaterThanOrEqualTo(objective(row));
    }
    assertThat(oracle).isGreaterThan(objective(table.row("LEAD-3").orElseThrow()));
  }

  private static double objective(SystemScore row) {
    return (row.meanOverReferences().rouge1() + row.meanOverReferences().rouge2()) / 2;
  }

  @Test
  void a_remembered_baseline_computes_once_per_conversation() throws IOException {
    List<EvalSample> topicQueries = QmsumLoader.load(Fixtures.qmsum()).specific();
    AtomicInteger calls = new AtomicInteger();
    EvalSystem counting = new EvalSystem() {
      @Override
      public String name() {
        return "counting";
      }

      @Override
      public String summarize(EvalSample sample, TokenBudget budget) {
        return "call " + calls.incrementAndGet();
      }
    };
    PerConversation remembered = new PerConversation(counting);

    // Both topic queries ask about the same meeting: one computation, the same text twice.
    assertThat(remembered.summarize(topicQueries.get(0), TokenBudget.UNLIMITED))
        .isEqualTo(remembered.summarize(topicQueries.get(1), TokenBudget.UNLIMITED));
    assertThat(calls).hasValue(1);
  }
}
