package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "What did we decide?" is answered from the decisions the summary of the same conversation lists:
 * the rules' as the decision trees revise them, not the rules' alone. Trees built by hand (every
 * message doubted, or every message trusted) make the two differ on purpose.
 */
class AnswersAgreeWithTheSummaryTest {

  private static final String WHAT_WAS_DECIDED = "what did we decide?";

  /** Trees with no split: every message gets {@code 1 / (1 + e^-base)}. */
  private static ExtractiveSummarizer summarizerWith(double base) {
    return new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.with(
        new DecisionTrees.Model(new TreeEnsemble(MessageFeatures.NAMES, base, 1, List.of()),
            WordingModel.NONE)));
  }

  private static ExtractiveSummarizer rulesAlone() {
    return new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none());
  }

  private static Answer asked(ExtractiveSummarizer summarizer, Conversation conversation) {
    return new ExtractiveAnswerer(summarizer).answer(conversation, WHAT_WAS_DECIDED);
  }

  @Test
  void a_decision_the_trees_drop_from_the_summary_is_not_given_as_the_answer() {
    Conversation thread = Threads.chat(
        "U1", "the vendor sent a new quote this morning, 12% under the old one",
        "U2", "what do we do about the contract?",
        "U3", "ok, we switch to the new vendor from March",
        "U2", "sounds good");
    ExtractiveSummarizer doubting = summarizerWith(-5);
    assertThat(rulesAlone().summarize(thread, SummaryOptions.DEFAULT).decisions()).isNotEmpty();
    assertThat(doubting.summarize(thread, SummaryOptions.DEFAULT).decisions()).isEmpty();

    assertThat(asked(rulesAlone(), thread).text()).contains("new vendor from March");
    Answer answer = asked(doubting, thread);
    assertThat(answer.found()).isFalse();
    assertThat(answer.sources()).isEmpty();
  }

  @Test
  void a_decision_only_the_trees_find_is_the_answer_as_it_is_in_the_summary() {
    Conversation thread = Threads.chat(
        "U1", "customer on the annual plan wants a refund five weeks in, policy is 30 days",
        "U2", "what's the reason?",
        "U1", "they were billed twice in the first month and only noticed now",
        "U2", "full refund, the double charge was our fault",
        "U1", "thanks");
    ExtractiveSummarizer trusting = summarizerWith(5);
    assertThat(rulesAlone().summarize(thread, SummaryOptions.DEFAULT).decisions()).isEmpty();
    List<Point> listed = trusting.summarize(thread, SummaryOptions.DEFAULT).decisions();
    assertThat(listed).isNotEmpty();

    assertThat(asked(rulesAlone(), thread).found()).isFalse();
    Answer answer = asked(trusting, thread);
    assertThat(answer.found()).isTrue();
    assertThat(listed).anySatisfy(p -> {
      assertThat(answer.text()).isEqualTo(p.text());
      assertThat(p.sources()).containsAll(answer.sources());
    });
  }

  @Test
  void the_shipped_answerer_gives_a_decision_the_shipped_summary_lists() {
    Conversation thread = Threads.chat(
        "U1", "for the public API v2: version in the URL or in a header?",
        "U2", "URL, easier to debug with curl",
        "U3", "header is cleaner but I agree, URL is what customers expect",
        "U1", "URL versioning it is then. I'll write it up in the API guidelines",
        "U2", "👍");
    List<Point> listed = new ExtractiveSummarizer().summarize(thread, SummaryOptions.DEFAULT)
        .decisions();
    Answer answer = new ExtractiveAnswerer().answer(thread, WHAT_WAS_DECIDED);

    assertThat(listed).isNotEmpty();
    assertThat(answer.found()).isTrue();
    assertThat(listed).anySatisfy(p -> assertThat(answer.text()).isEqualTo(p.text()));
  }
}
