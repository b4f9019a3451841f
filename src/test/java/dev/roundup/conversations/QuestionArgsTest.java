package dev.roundup.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.slack.CommandArgs;
import dev.roundup.summaries.SummarizeArgs;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionArgsTest {

  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("UTC"));

  @Test
  void a_channel_and_a_leading_window_are_taken_off_the_question() {
    QuestionArgs.Question q = (QuestionArgs.Question)
        QuestionArgs.parse("<#C0ENG|eng> 30d what did we decide about pricing?", NOW);

    assertThat(q.channelId()).isEqualTo("C0ENG");
    assertThat(q.since()).isEqualTo(NOW.minusDays(30));
    assertThat(q.question()).isEqualTo("what did we decide about pricing?");
  }

  @Test
  void a_window_of_several_words_at_the_start_is_read_whole() {
    QuestionArgs.Question q = (QuestionArgs.Question)
        QuestionArgs.parse("last 2 weeks who owns billing?", NOW);

    assertThat(q.since()).isEqualTo(NOW.minusWeeks(2));
    assertThat(q.question()).isEqualTo("who owns billing?");
  }

  @Test
  void a_trailing_window_is_read_and_the_question_mark_kept() {
    QuestionArgs.Question q = (QuestionArgs.Question)
        QuestionArgs.parse("who worked on the outage in the last 3 days?", NOW);

    assertThat(q.since()).isEqualTo(NOW.minusDays(3));
    assertThat(q.question()).isEqualTo("who worked on the outage?");
  }

  @Test
  void without_a_window_the_default_is_thirty_days() {
    QuestionArgs.Question q = ((QuestionArgs.Question) QuestionArgs.parse("who owns billing?", NOW))
        .orDefault(NOW);

    assertThat(q.since()).isEqualTo(NOW.minusDays(30));
    assertThat(q.window()).as("said in the answer's language").isNull();
  }

  @Test
  void a_window_alone_is_not_a_question_and_empty_text_is_help() {
    assertThat(QuestionArgs.parse("30d", NOW)).isInstanceOfSatisfying(QuestionArgs.Invalid.class,
        i -> assertThat(i.reason()).contains("a question is needed"));
    assertThat(QuestionArgs.parse("", NOW)).isInstanceOf(QuestionArgs.Help.class);
    assertThat(QuestionArgs.parse("help", NOW)).isInstanceOf(QuestionArgs.Help.class);
    assertThat(QuestionArgs.parse("<#C0ENG|eng> ?", NOW)).isInstanceOf(QuestionArgs.Help.class);
    assertThat(QuestionArgs.parse("x".repeat(1001), NOW)).isInstanceOf(QuestionArgs.Invalid.class);
  }

  @Test
  void a_window_longer_than_ninety_days_is_refused_as_summarize_refuses_it_not_read_as_words() {
    for (String text : List.of("<#C0ENG|eng> 900d what did we decide?", "13w who owns billing?",
        "since 2026-01-02 what did we decide?", "who owns billing in the last 200 days?")) {
      assertThat(QuestionArgs.parse(text, NOW)).as(text).isInstanceOfSatisfying(
          QuestionArgs.Invalid.class, i -> assertThat(i.reason())
              .startsWith("I can look back at most 90 days.").contains("`/ask 30d"));
    }
    assertThat(((SummarizeArgs.Invalid) SummarizeArgs.parse("1000d", NOW)).reason())
        .startsWith("I can look back at most 90 days.");
  }

  @Test
  void a_window_without_a_question_asks_for_one_and_near_misses_still_read() {
    for (String text : List.of("7d", "<#C0ENG|eng> last 2 weeks", "since monday")) {
      assertThat(QuestionArgs.parse(text, NOW)).as(text).isInstanceOfSatisfying(
          QuestionArgs.Invalid.class, i -> assertThat(i.reason()).contains("a question is needed"));
    }
    assertThat(CommandArgs.immediateReply(QuestionArgs.parse("7d", NOW), QuestionArgs.USAGE))
        .contains("a question is needed").contains("*How to use `/ask`*");
    // A question that merely starts like a window is still a question.
    QuestionArgs.Question sinceWhen = (QuestionArgs.Question)
        QuestionArgs.parse("since when do we deploy on fridays?", NOW);
    assertThat(sinceWhen.since()).isNull();
    assertThat(sinceWhen.question()).isEqualTo("since when do we deploy on fridays?");
    QuestionArgs.Question ninety = (QuestionArgs.Question) QuestionArgs.parse("90d who owns billing?", NOW);
    assertThat(ninety.since()).isEqualTo(NOW.minusDays(90));
  }
}
