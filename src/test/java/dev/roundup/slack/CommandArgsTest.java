package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.conversations.CatchUpArgs;
import dev.roundup.conversations.QuestionArgs;
import dev.roundup.summaries.SummarizeArgs;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CommandArgsTest {

  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 4, 10, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void help_is_the_usage_and_a_misunderstanding_says_why_before_the_usage() {
    assertThat(CommandArgs.immediateReply(new SummarizeArgs.Help(), "USAGE")).isEqualTo("USAGE");
    assertThat(CommandArgs.immediateReply(new QuestionArgs.Invalid("No question."), "USAGE"))
        .isEqualTo(":warning: No question.\n\nUSAGE");
  }

  @Test
  void a_request_is_no_immediate_reply_so_the_work_follows() {
    assertThat(CommandArgs.immediateReply(CatchUpArgs.fromCommand("since tuesday", NOW), "USAGE")).isNull();
    assertThat(CommandArgs.immediateReply(SummarizeArgs.parse("", NOW), "USAGE")).isNull();
  }

  @Test
  void every_command_answers_help_and_nonsense_the_same_way() {
    assertThat(CommandArgs.immediateReply(SummarizeArgs.parse("help", NOW), SummarizeArgs.USAGE))
        .isEqualTo(SummarizeArgs.USAGE);
    assertThat(CommandArgs.immediateReply(QuestionArgs.parse("help", NOW), QuestionArgs.USAGE))
        .isEqualTo(QuestionArgs.USAGE);
    assertThat(CommandArgs.immediateReply(CatchUpArgs.fromCommand("help", NOW), CatchUpArgs.USAGE))
        .isEqualTo(CatchUpArgs.USAGE);
    assertThat(CommandArgs.immediateReply(CatchUpArgs.fromCommand("since the dawn of time", NOW),
        CatchUpArgs.USAGE)).startsWith(":warning: ").endsWith("\n\n" + CatchUpArgs.USAGE);
  }
}
