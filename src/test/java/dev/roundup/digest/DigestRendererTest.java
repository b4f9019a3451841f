package dev.roundup.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack rendering: links on every item, limits respected, long digests split and never cut. */
class DigestRendererTest {

  private static final DigestPeriod WEEK =
      DigestPeriod.ofDays(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20), ZoneOffset.UTC);
  private static final DigestLinks LINKS = (channel, ts, thread) ->
      "https://x.slack.com/archives/" + channel + "/p" + ts.replace(".", "");

  private static ChannelDigest channel(String name, int threads) {
    List<ThreadItem> items = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      items.add(new ThreadItem("1794900000." + String.format("%06d", i),
          "Thread " + i + " of " + name + " " + "about the rollout plan ".repeat(8), i + 1, false));
    }
    return new ChannelDigest("C" + name.toUpperCase(), name, 40, 5, false, items,
        List.of(new Point("We ship on Thursday.", List.of("1794900001.000001"))),
        List.of(new ActionItem("U1", "Write the runbook", "Monday", List.of("1794900002.000002"))),
        List.of(new MentionItem("1794900003.000003", null, "U2", "<@U9> can you check this?")), null);
  }

  private static String text(MessagePart part) {
    StringBuilder sb = new StringBuilder();
    for (LayoutBlock b : part.blocks()) {
      if (b instanceof SectionBlock s) {
        sb.append(s.getText().getText()).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void every_item_links_to_its_source_and_quiet_channels_are_one_line() {
    ChannelDigest quiet = new ChannelDigest("CQ", "design", 3, 2, true, List.of(), List.of(),
        List.of(), List.of(), null);
    Digest digest = new Digest(WEEK, "rollout", List.of(channel("eng", 2), quiet), 43, 6,
        List.of("#leads was left out: you are not a member of it any more."));

    List<MessagePart> parts = new DigestRenderer(new BlockPacker()).render(digest, LINKS);

    assertThat(parts).hasSize(1);
    String all = text(parts.get(0));
    assertThat(all).contains("Roundup for Mon 16 Nov – Fri 20 Nov: 2 channels, 43 messages from 6 people")
        .contains("#eng").contains("2 replies>")
        .contains("<https://x.slack.com/archives/CENG/p1794900000000000|1 reply>")
        .contains("We ship on Thursday. <https://x.slack.com/archives/CENG/p1794900001000001|source>")
        .contains("<@U1> Write the runbook _(due Monday: Mon 23 Nov)_ <https://x.slack.com/archives/CENG/p1794900002000002|source>")
        .contains("*Mentions you*").contains("#design: 3 messages, nothing notable")
        .contains("#leads was left out");
    assertThat(parts.get(0).blocks().toString()).contains("Focus: rollout");
  }

  @Test
  void a_due_date_read_days_later_names_its_day_and_is_not_said_twice() {
    // Said on Friday 11 Dec 2026 (1797000000 is Fri 11 Dec 14:40 UTC), read in the next week's digest.
    ActionItem call = new ActionItem("U1", "I'll call them on Monday", "on Monday", List.of("1797000000.000100"));
    ActionItem figures = new ActionItem("U2", "Send the figures", "by Thursday", List.of("1797000000.000200"));
    ActionItem later = new ActionItem("U3", "Draft the plan", "next sprint", List.of("1797000000.000300"));

    assertThat(DigestRenderer.due(call, ZoneOffset.UTC)).isEqualTo(" _(Mon 14 Dec)_");
    assertThat(DigestRenderer.due(figures, ZoneOffset.UTC)).isEqualTo(" _(due by Thursday: Thu 17 Dec)_");
    assertThat(DigestRenderer.due(later, ZoneOffset.UTC)).isEqualTo(" _(due next sprint)_");
    // the day it was said is the day in the digest's zone: Friday 23:50 UTC is Saturday in Tokyo
    ActionItem lateNight = new ActionItem("U1", "Ship it", "tomorrow", List.of("1797033000.000100"));
    assertThat(DigestRenderer.due(lateNight, ZoneOffset.UTC)).contains("Sat 12 Dec");
    assertThat(DigestRenderer.due(lateNight, java.time.ZoneId.of("Asia/Tokyo"))).contains("Sun 13 Dec");
  }

  @Test
  void a_digest_ends_with_its_receipt_naming_channels_read_only_in_part() {
    ChannelDigest partial = new ChannelDigest("CQ", "design", 3, 2, true, List.of(), List.of(),
        List.of(), List.of(), "covers only from Wed 18 Nov 09:00");
    Digest digest = new Digest(WEEK, null, List.of(channel("eng", 2), partial), 43, 6, List.of());

    List<MessagePart> parts = new DigestRenderer(new BlockPacker()).render(digest, LINKS);

    String last = parts.get(parts.size() - 1).blocks().toString();
    assertThat(last).contains(":receipt: Read 2 channels: 43 messages, 6 participants. Left out: "
        + "#design covers only from Wed 18 Nov 09:00.");
  }

  @Test
  void threads_are_marked_new_or_continued_since_the_previous_digest() {
    ChannelDigest eng = new ChannelDigest("CENG", "eng", 12, 3, false, List.of(
        // 18 Nov: started in the period; 10 Nov: started before it and went on.
        new ThreadItem("1794900000.000001", "Rollout plan", 4, false),
        new ThreadItem("1794200000.000001", "Pricing page", 2, false)),
        List.of(new Point("We ship on Thursday.", List.of("1794900001.000001"))),
        List.of(), List.of(), null);
    Digest digest = new Digest(WEEK, null, List.of(eng), 12, 3, List.of());

    String all = new DigestRenderer(new BlockPacker()).render(digest, LINKS).get(0).blocks()
        .toString();

    assertThat(all).contains("New since Mon 16 Nov 00:00 UTC: 1 new thread, 1 thread that continued, "
        + "1 decision").contains("*New* Rollout plan").contains("_Continued_ Pricing page");
  }

  @Test
  void a_large_digest_is_split_into_labelled_parts_within_limits_and_nothing_is_lost() {
    List<ChannelDigest> channels = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      channels.add(channel("team" + i, 5));
    }
    Digest digest = new Digest(WEEK, null, channels, 2400, 90, List.of());

    List<MessagePart> parts = new DigestRenderer(new BlockPacker()).render(digest, LINKS);

    assertThat(parts.size()).isGreaterThan(1);
    for (int i = 0; i < parts.size(); i++) {
      MessagePart p = parts.get(i);
      assertThat(p.blocks().size()).isLessThanOrEqualTo(BlockPacker.MAX_BLOCKS);
      assertThat(p.blocks()).allSatisfy(b -> {
        if (b instanceof SectionBlock s) {
          assertThat(s.getText().getText().length()).isLessThanOrEqualTo(BlockPacker.MAX_SECTION_CHARS);
        }
      });
      assertThat(p.blocks().toString()).contains("Part " + (i + 1) + " of " + parts.size());
    }
    String all = parts.stream().map(DigestRendererTest::text).reduce("", String::concat);
    for (int i = 0; i < 60; i++) {
      assertThat(all).contains("*#team" + i + "*").contains("Thread 4 of team" + i + " ");
    }
  }

  @Test
  void a_period_across_new_year_names_both_years() {
    DigestPeriod newYear = DigestPeriod.ofDays(LocalDate.of(2026, 12, 28),
        LocalDate.of(2027, 1, 1), ZoneOffset.UTC);
    Digest digest = new Digest(newYear, null, List.of(channel("eng", 1)), 40, 5, List.of());

    assertThat(DigestHeader.line(digest))
        .startsWith("Roundup for Mon 28 Dec 2026 – Fri 1 Jan 2027: 1 channel, 40 messages");
  }

  @Test
  void channels_where_nothing_was_said_share_one_line() {
    List<ChannelDigest> channels = new ArrayList<>(List.of(channel("eng", 1),
        new ChannelDigest("CDESIGN", "design", 3, 2, true, List.of(), List.of(), List.of(), List.of(), null),
        new ChannelDigest("CPART", "partial", 0, 0, true, List.of(), List.of(), List.of(), List.of(),
            "read up to Wed 18 Nov")));
    for (int i = 0; i < 30; i++) {
      channels.add(new ChannelDigest("CQ" + i, "quiet-" + i, 0, 0, true, List.of(), List.of(),
          List.of(), List.of(), null));
    }
    Digest digest = new Digest(WEEK, null, channels, 43, 6, List.of());

    String all = new DigestRenderer(new BlockPacker()).render(digest, LINKS).stream()
        .map(DigestRendererTest::text).reduce("", String::concat);

    assertThat(all).contains("No messages: #quiet-0, #quiet-1, #quiet-2").contains("#quiet-29")
        .contains("#design: 3 messages, nothing notable");
    // one line for the thirty, not thirty lines; a channel with a caveat keeps its own line
    assertThat(all.split("no messages", -1)).hasSize(2);
    assertThat(all).contains("#partial: no messages _(read up to Wed 18 Nov)_");
  }
}
