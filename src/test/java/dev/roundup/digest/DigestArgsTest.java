package dev.roundup.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the text of /digest. */
class DigestArgsTest {

  @Test
  void escaped_and_plain_channels_with_options_in_any_order() {
    DigestArgs.Parsed parsed = DigestArgs.parse(
        "focus \u201claunches, risks\u201d <#C0ENG|eng> every friday at 4pm #design to <#C0GEN|general>");

    assertThat(parsed).isEqualTo(new DigestArgs.Settings(java.util.List.of("C0ENG", "design"),
        "every friday at 4pm", "launches, risks", "C0GEN"));
  }

  @Test
  void focus_without_quotes_runs_up_to_the_schedule() {
    assertThat(DigestArgs.parse("#eng focus outages and pages every monday at 9am"))
        .isEqualTo(new DigestArgs.Settings(java.util.List.of("eng"), "every monday at 9am",
            "outages and pages", null));
  }

  @Test
  void a_schedule_said_without_every_is_read_as_the_task_command_reads_it() {
    assertThat(DigestArgs.parse("#eng daily at 9am")).isEqualTo(
        new DigestArgs.Settings(java.util.List.of("eng"), "daily at 9am", null, null));
    assertThat(DigestArgs.parse("mondays at 9am <#C0ENG|eng> to me")).isEqualTo(
        new DigestArgs.Settings(java.util.List.of("C0ENG"), "mondays at 9am", null, "me"));
    // words that are no schedule are still refused, with the forms that work
    assertThat(DigestArgs.parse("#eng sometimes")).isInstanceOf(DigestArgs.Invalid.class);
  }

  @Test
  void to_me_means_a_direct_message() {
    assertThat(((DigestArgs.Settings) DigestArgs.parse("#eng to me")).destination()).isEqualTo("me");
  }

  @Test
  void sub_commands_take_their_numbers() {
    assertThat(DigestArgs.parse("list")).isInstanceOf(DigestArgs.ListAll.class);
    assertThat(DigestArgs.parse("preview")).isEqualTo(new DigestArgs.Preview(0));
    assertThat(DigestArgs.parse("preview 2")).isEqualTo(new DigestArgs.Preview(2));
    assertThat(DigestArgs.parse("delete 3")).isEqualTo(new DigestArgs.Delete(3));
    assertThat(DigestArgs.parse("edit 1")).isEqualTo(new DigestArgs.Edit(1, null));
    assertThat(DigestArgs.parse("edit 1 every monday at 8am")).isEqualTo(new DigestArgs.Edit(1,
        new DigestArgs.Settings(java.util.List.of(), "every monday at 8am", null, null)));
    assertThat(DigestArgs.parse("")).isInstanceOf(DigestArgs.Help.class);
    assertThat(DigestArgs.parse("help")).isInstanceOf(DigestArgs.Help.class);
  }

  @Test
  void what_is_not_understood_is_quoted_back() {
    assertThat(DigestArgs.parse("delete")).isInstanceOf(DigestArgs.Invalid.class);
    assertThat(DigestArgs.parse("preview two")).isInstanceOf(DigestArgs.Invalid.class);
    assertThat(DigestArgs.parse("#eng please")).isInstanceOfSatisfying(DigestArgs.Invalid.class,
        i -> assertThat(i.reason()).contains("'please'"));
  }

  @Test
  void focus_is_read_after_the_words_people_put_before_it() {
    DigestArgs.Settings plain = (DigestArgs.Settings) DigestArgs.parse("#eng focus launches and risks");
    assertThat(plain.focus()).isEqualTo("launches and risks");
    // "on" belongs to the phrase, so these give the same focus as "focus launches and risks"
    for (String said : java.util.List.of("#eng focus on launches and risks", "#eng Focusing on launches and risks",
        "#eng about launches and risks", "#eng focused on launches and risks every monday at 9am",
        "#eng focus on \"launches and risks\"", "#eng about \u201claunches and risks\u201d")) {
      assertThat(DigestArgs.parse(said)).as(said).isInstanceOfSatisfying(DigestArgs.Settings.class,
          s -> assertThat(s.focus()).isEqualTo("launches and risks"));
    }
    // a focus that merely starts with "on" keeps it
    assertThat(((DigestArgs.Settings) DigestArgs.parse("#eng focus online sales")).focus()).isEqualTo("online sales");
  }

  @Test
  void unsubscribe_stop_and_cancel_delete_and_run_or_send_now_posts_now() {
    for (String word : java.util.List.of("unsubscribe", "stop", "cancel", "remove", "delete", "Unsubscribe")) {
      assertThat(DigestArgs.parse(word + " 2")).as(word).isEqualTo(new DigestArgs.Delete(2));
    }
    assertThat(DigestArgs.parse("stop")).isInstanceOf(DigestArgs.Invalid.class);
    assertThat(DigestArgs.parse("run 1")).isEqualTo(new DigestArgs.Run(1));
    assertThat(DigestArgs.parse("run now")).isEqualTo(new DigestArgs.Run(0));
    assertThat(DigestArgs.parse("send now 3")).isEqualTo(new DigestArgs.Run(3));
    assertThat(DigestArgs.parse("run 3 now")).isEqualTo(new DigestArgs.Run(3));
    assertThat(DigestArgs.parse("run")).isEqualTo(new DigestArgs.Run(0));
    assertThat(DigestArgs.parse("run fast")).isInstanceOf(DigestArgs.Invalid.class);
  }
}
