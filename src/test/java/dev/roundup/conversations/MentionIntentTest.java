package dev.roundup.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one router of mentions: summaries, questions, catch-ups and help, by how people phrase them. */
class MentionIntentTest {

  /** Wednesday 25 Nov 2026, 15:00 in Paris. */
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Europe/Paris"));

  private static MentionIntent route(String text) {
    return MentionIntent.of(text, NOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "summarize", "Summarize please", "summary", "tl;dr", "tldr",
      "3d", "last 3 days", "summarize last 2 weeks", "since monday", "summarize since yesterday",
      "summarize <#C0ENG|eng> 7d", "<#C0ENG|eng>", "help", "summarize help", "summarize this week",
      "summarize for the past day"})
  void summary_requests_go_to_the_summaries_feature(String text) {
    assertThat(route(text)).isInstanceOf(MentionIntent.Summary.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"summarize 200d", "summarize <#C0ENG|eng> 500d", "summarize blah blah"})
  void summary_requests_it_cannot_use_still_go_to_the_summaries_feature_which_says_why(String text) {
    assertThat(route(text)).isInstanceOf(MentionIntent.Summary.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"who is checking with legal?", "Who owns the status page",
      "what did we decide about the pricing page this month?", "when is the launch?",
      "is the launch still on for March", "did anyone review the contract?",
      "can you tell me who is on call", "tell me what Maya said about the budget",
      "which vendor did we pick", "how do I get access to staging?", "the deploy failed again?",
      "summarize the discussion about the pricing page", "summary of the outage postmortem",
      "what did <@U0BO> say about refunds?", "Wer kümmert sich um den Vertrag?",
      "¿Quién revisa el contrato?", "qui s'occupe du contrat ?", "価格はどうなりましたか？"})
  void questions_are_answered(String text) {
    assertThat(route(text)).isInstanceOf(MentionIntent.Question.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"catch me up", "Catch me up please", "catchup", "catch up since tuesday",
      "catch me up, I was out since Tuesday", "what did I miss?", "what have I missed since monday",
      "please catch me up here", "bring me up to date", "catch me up 3d"})
  void catch_up_requests_are_caught_up(String text) {
    assertThat(route(text)).isInstanceOf(MentionIntent.CatchUp.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"thanks!", "hello there", "great work team", ":tada:"})
  void other_text_gets_help(String text) {
    assertThat(route(text)).isInstanceOf(MentionIntent.Help.class);
  }

  @Test
  void a_question_keeps_its_words_and_reads_its_window() {
    MentionIntent.Question q = (MentionIntent.Question)
        route("what did we decide about the pricing page this month?");

    assertThat(q.question().question()).isEqualTo("what did we decide about the pricing page?");
    assertThat(q.question().window()).isEqualTo("this month");
    assertThat(q.question().since().toLocalDate()).isEqualTo(NOW.toLocalDate().withDayOfMonth(1));
  }

  @Test
  void a_question_without_a_window_names_none_so_a_thread_question_reads_the_thread() {
    MentionIntent.Question q = (MentionIntent.Question) route("who is checking with legal?");

    assertThat(q.question().since()).isNull();
    assertThat(q.question().channelId()).isNull();
  }

  @Test
  void a_catch_up_reads_its_period_and_where_to_answer() {
    MentionIntent.CatchUp c = (MentionIntent.CatchUp) route("catch me up, I was out since Tuesday");
    CatchUpArgs.Request r = (CatchUpArgs.Request) c.request();

    assertThat(r.since().toLocalDate()).isEqualTo(NOW.toLocalDate().minusDays(1));
    assertThat(r.here()).isFalse();
    assertThat(((CatchUpArgs.Request) ((MentionIntent.CatchUp) route("catch me up here"))
        .request()).here()).isTrue();
  }
}
