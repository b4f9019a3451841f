package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void every_system_is_cut_at_the_same_budget() throws IOException {
    List<EvalSample> samples = DialogsumLoader.load(Fixtures.dialogsum());

    ResultTable table = new Evaluation(2).run("fixture", samples,
        List.of(new LeadTurns(3), new LongestTurns(3)), new TokenBudget(5));

    assertThat(table.rows()).allSatisfy(r -> {
      assertThat(r.meanTokens()).isEqualTo(5.0);
      assertThat(r.meanTokensWritten()).isGreaterThan(5.0);
    });
    assertThat(table.samples()).isEqualTo(2);
    assertThat(table.references()).isEqualTo(6);
  }

  @Test
  void several_references_give_a_mean_no_higher_than_the_best() throws IOException {
    List<EvalSample> samples = DialogsumLoader.load(Fixtures.dialogsum());

    SystemScore lead = new Evaluation(1).run("fixture", samples, List.of(new LeadTurns(3)),
        TokenBudget.UNLIMITED).rows().get(0);

    // Recompute by hand from the scorer: per sample, mean of the three references' R1.
    double expected = samples.stream().mapToDouble(s -> {
      String text = new LeadTurns(3).summarize(s, TokenBudget.UNLIMITED);
      return s.references().stream().mapToDouble(r -> Rouge.score(text, r).rouge1())
          .average().orElseThrow();
    }).average().orElseThrow();
    assertThat(lead.meanOverReferences().rouge1()).isCloseTo(expected, within(1e-12));
    assertThat(lead.maxOverReferences().rouge1())
        .isGreaterThan(lead.meanOverReferences().rouge1());
  }

  @Test
  void summary_text_reads_in_slack_order_with_mentions_as_names() {
    Summary summary = new Summary("Fair planned.",
        List.of(new Point("<@U0000002> wants three stalls.", List.of("1"))),
        List.of(new Point("Rent tables.", List.of("2"))),
        List.of(new ActionItem("U0000003", "call the rental company", "Monday", List.of("3"))),
        List.of(new Point("Who staffs coffee?", List.of("4"))),
        new Summary.Stats(5, 3), null);

    String text = SummaryText.render(summary, Map.of("U0000002", "Bob", "U0000003", "Carol"));

    assertThat(text).isEqualTo("Fair planned.\nBob wants three stalls.\nRent tables.\n"
        + "Carol call the rental company\nWho staffs coffee?");
  }

  @Test
  void a_summarizer_that_throws_scores_zero_and_is_counted() throws IOException {
    List<EvalSample> samples = DialogsumLoader.load(Fixtures.dialogsum());
    SummarizerSystem broken = new SummarizerSystem("broken", () -> (c, o) -> {
      throw new IllegalStateException("boom");
    });

    SystemScore row = new Evaluation(1).run("fixture", samples, List.of(broken),
        TokenBudget.UNLIMITED).rows().get(0);

    assertThat(row.meanOverReferences()).isEqualTo(RougeScore.ZERO);
    assertThat(broken.failures()).isEqualTo(2);
  }
}
