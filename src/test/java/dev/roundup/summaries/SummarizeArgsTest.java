package dev.roundup.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SummarizeArgsTest {

  // Thursday 2026-11-19, 15:30 in Berlin.
  private final ZonedDateTime now = ZonedDateTime.of(2026, 11, 19, 15, 30, 0, 0, ZoneId.of("Europe/Berlin"));

  private SummarizeArgs.Request request(String text) {
    SummarizeArgs.Result r = SummarizeArgs.parse(text, now);
    assertThat(r).as(text).isInstanceOf(SummarizeArgs.Request.class);
    return (SummarizeArgs.Request) r;
  }

  @Test
  void empty_text_means_here_with_the_default_window() {
    SummarizeArgs.Request r = request("");
    assertThat(r.channelId()).isNull();
    assertThat(r.since()).isNull();
    assertThat(request("summarize").since()).isNull();
  }

  @Test
  void short_and_long_durations_go_back_from_now() {
    assertThat(request("7d").since()).isEqualTo(now.minusDays(7));
    assertThat(request("24h").since()).isEqualTo(now.minusHours(24));
    assertThat(request("summarize last 3 days").since()).isEqualTo(now.minusDays(3));
    assertThat(request("past 2 weeks").since()).isEqualTo(now.minusWeeks(2));
    assertThat(request("last 3 days").window()).isEqualTo("last 3 days");
    assertThat(request("3d").window()).isEqualTo("last 3 days");
  }

  @Test
  void since_a_weekday_starts_at_that_days_midnight_in_the_askers_zone() {
    SummarizeArgs.Request r = request("since monday");
    assertThat(r.since()).isEqualTo(ZonedDateTime.of(2026, 11, 16, 0, 0, 0, 0, now.getZone()));
    assertThat(r.window()).isEqualTo("since Monday");
    assertThat(request("since thursday").since().toLocalDate()).isEqualTo(now.toLocalDate());
    assertThat(request("since yesterday").since().toLocalDate()).isEqualTo(now.toLocalDate().minusDays(1));
    // "yesterday" alone, as people type it, is the same window
    assertThat(request("yesterday")).isEqualTo(request("since yesterday"));
    assertThat(request("since 2026-11-02").since().toLocalDate()).hasToString("2026-11-02");
  }

  @Test
  void an_escaped_channel_is_read_with_a_window() {
    SummarizeArgs.Request r = request("<#C024BE7LR|eng> 7d");
    assertThat(r.channelId()).isEqualTo("C024BE7LR");
    assertThat(r.since()).isEqualTo(now.minusDays(7));
  }

  @Test
  void help_is_recognised() {
    assertThat(SummarizeArgs.parse("help", now)).isInstanceOf(SummarizeArgs.Help.class);
    assertThat(SummarizeArgs.parse("summarize help", now)).isInstanceOf(SummarizeArgs.Help.class);
  }

  @Test
  void nonsense_and_impossible_windows_are_refused_with_a_reason() {
    assertThat(SummarizeArgs.parse("the moon please", now)).isInstanceOf(SummarizeArgs.Invalid.class);
    assertThat(SummarizeArgs.parse("400d", now))
        .isInstanceOfSatisfying(SummarizeArgs.Invalid.class, i -> assertThat(i.reason()).contains("90 days"));
    assertThat(SummarizeArgs.parse("0d", now)).isInstanceOfSatisfying(SummarizeArgs.Invalid.class,
        i -> assertThat(i.reason()).startsWith("The window must be at least one day,"));
    assertThat(SummarizeArgs.parse("<#C0ENG|eng> <#C0DESIGN|design> 7d", now)).isInstanceOfSatisfying(
        SummarizeArgs.Invalid.class, i -> assertThat(i.reason()).contains("one channel at a time")
            .doesNotContain("&lt;"));
    assertThat(SummarizeArgs.parse("since 2026-02-30", now))
        .isInstanceOfSatisfying(SummarizeArgs.Invalid.class, i -> assertThat(i.reason()).contains("not a real date"));
    assertThat(SummarizeArgs.parse("since 2027-01-01", now)).isInstanceOf(SummarizeArgs.Invalid.class);
    assertThat(SummarizeArgs.parse("#eng 7d", now))
        .isInstanceOfSatisfying(SummarizeArgs.Invalid.class, i -> assertThat(i.reason())
            .contains("I couldn't find a channel called `#eng` that you can see").contains("autocomplete"));
    assertThat(SummarizeArgs.parse("7d #Eng.", now)).as("a name anywhere, its full stop left out")
        .isInstanceOfSatisfying(SummarizeArgs.Invalid.class, i -> assertThat(i.reason()).contains("`#Eng`"));
  }

  @Test
  void a_bare_request_to_the_bot_is_not_conversation() {
    assertThat(SummarizeArgs.isOnlyARequest("")).isTrue();
    assertThat(SummarizeArgs.isOnlyARequest("summarize")).isTrue();
    assertThat(SummarizeArgs.isOnlyARequest("summarize last 3 days")).isTrue();
    assertThat(SummarizeArgs.isOnlyARequest("summarize the incident for the postmortem doc")).isFalse();
    assertThat(SummarizeArgs.isOnlyARequest("can you look at this")).isFalse();
  }

  private static final String LINK = "https://acme.slack.com/archives/C0ENG/p1795770720000135";

  @Test
  void a_link_to_a_message_summarizes_its_thread_however_it_was_pasted() {
    for (String text : new String[] {LINK, "<" + LINK + ">", "<" + LINK + "|the launch thread>",
        "summarize " + LINK, "Summarize <" + LINK + ">", "tl;dr " + LINK}) {
      SummarizeArgs.Request r = request(text);
      assertThat(r.channelId()).as(text).isEqualTo("C0ENG");
      assertThat(r.threadTs()).as(text).isEqualTo("1795770720.000135");
      assertThat(r.since()).as("a thread is read whole: " + text).isNull();
      assertThat(r.orDefault(now, java.time.Duration.ofHours(24))).as(text).isEqualTo(r);
    }
  }

  @Test
  void a_link_to_a_reply_summarizes_the_thread_it_names() {
    String reply = "https://acme.slack.com/archives/C0ENG/p1795770900000200"
        + "?thread_ts=1795770720.000135&cid=C0ENG";
    for (String text : new String[] {reply, "<" + reply + ">", "<" + reply.replace("&", "&amp;") + ">",
        "<" + reply.replace("&", "&amp;") + "|reply>", "summarize " + reply.replace("&", "&amp;")}) {
      SummarizeArgs.Request r = request(text);
      assertThat(r.channelId()).as(text).isEqualTo("C0ENG");
      assertThat(r.threadTs()).as(text).isEqualTo("1795770720.000135");
    }
  }

  @Test
  void a_link_with_a_window_a_channel_or_a_second_link_is_refused_saying_why() {
    assertThat(SummarizeArgs.parse(LINK + " 7d", now)).isInstanceOfSatisfying(SummarizeArgs.Invalid.class,
        i -> assertThat(i.reason()).contains("summarized whole").doesNotContain("time window.\""));
    assertThat(SummarizeArgs.parse("<#C0DESIGN|design> " + LINK, now)).isInstanceOfSatisfying(
        SummarizeArgs.Invalid.class, i -> assertThat(i.reason()).contains("not both"));
    assertThat(SummarizeArgs.parse(LINK + " " + LINK.replace("C0ENG", "C0OPS"), now))
        .isInstanceOfSatisfying(SummarizeArgs.Invalid.class,
            i -> assertThat(i.reason()).contains("one thread at a time"));
    // Words that are no window may be a question about the thread: not refused as a summary.
    assertThat(SummarizeArgs.parse("<" + LINK + "> who decided this?", now)).isInstanceOfSatisfying(
        SummarizeArgs.Invalid.class, i -> assertThat(i.unreadWindow()).isTrue());
  }

  @Test
  void a_refusal_quotes_what_was_typed_unchanged() {
    assertThat(SummarizeArgs.parse("https://acme.slack.com/archives/C0ENG/General", now))
        .isInstanceOfSatisfying(SummarizeArgs.Invalid.class, i -> assertThat(i.reason())
            .contains("\"https://acme.slack.com/archives/C0ENG/General\"").doesNotContain("c0eng"));
    assertThat(SummarizeArgs.parse("Moon Landing", now)).isInstanceOfSatisfying(SummarizeArgs.Invalid.class,
        i -> assertThat(i.reason()).contains("\"Moon Landing\""));
    assertThat(SummarizeArgs.parse("since Whenever", now)).isInstanceOfSatisfying(
        SummarizeArgs.Invalid.class, i -> assertThat(i.reason()).contains("\"since Whenever\""));
    assertThat(SummarizeArgs.parse("SINCE 2026-02-30", now)).isInstanceOfSatisfying(
        SummarizeArgs.Invalid.class, i -> assertThat(i.reason()).contains("not a real date"));
    assertThat(request("Last 3 Days").since()).isEqualTo(now.minusDays(3));
  }

  @Test
  void since_before_a_window_that_reads_without_it_is_that_window() {
    assertThat(request("since 5d").since()).isEqualTo(now.minusDays(5));
    assertThat(request("since last week").since()).isEqualTo(request("last week").since());
    assertThat(request("since this week").since()).isEqualTo(
        ZonedDateTime.of(2026, 11, 16, 0, 0, 0, 0, now.getZone()));
    assertThat(request("since the last 2 days").since()).isEqualTo(now.minusDays(2));
    assertThat(SummarizeArgs.parse("since 400d", now)).isInstanceOfSatisfying(SummarizeArgs.Invalid.class,
        i -> assertThat(i.reason()).contains("90 days"));
    assertThat(SummarizeArgs.parse("since since 5d", now)).isInstanceOf(SummarizeArgs.Invalid.class);
  }

  @Test
  void a_linked_thread_is_only_a_request_to_the_bot() {
    assertThat(SummarizeArgs.isOnlyARequest("summarize <" + LINK + ">")).isTrue();
  }
}
