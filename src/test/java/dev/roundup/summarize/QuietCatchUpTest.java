package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A catch-up whose channels are all quiet (a few messages, nothing decided or waiting) shows what
 * those few say rather than "Nothing new"; beside a busy channel they are counted as quiet.
 */
class QuietCatchUpTest {

  private static CatchUpBuilder.ChannelInput channel(String id, String name, String... userTexts) {
    return new CatchUpBuilder.ChannelInput(id, name, TestConversations.thread(userTexts).messages(),
        Map.of(), null);
  }

  private static CatchUp build(List<CatchUpBuilder.ChannelInput> channels) {
    return new CatchUpBuilder(new ExtractiveSummarizer(), 1).build("U9", Instant.EPOCH, channels,
        Map.of(), Receipt.of("channels", Conversation.of(List.of())));
  }

  private static final CatchUpBuilder.ChannelInput RELEASE = channel("C1", "release",
      "U1", "The deploy train cutoff for 4.3 moves to Thursday noon",
      "U2", "Noted, the payments fix will make it");

  @Test
  void with_nothing_busier_the_few_messages_there_are_are_shown_not_called_nothing_new() {
    CatchUp catchUp = build(List.of(RELEASE));

    assertThat(catchUp.isEmpty()).isFalse();
    assertThat(catchUp.quiet()).isEmpty();
    assertThat(catchUp.active()).singleElement().satisfies(c ->
        assertThat(c.highlights()).isNotEmpty());
    String text = CatchUpText.render(catchUp, id -> id, id -> "release", ZoneOffset.UTC);
    assertThat(text).doesNotContain("Nothing new").doesNotContain("Quiet:")
        .contains("#release — 2 messages", "payments fix");
  }

  @Test
  void the_sentence_a_summary_would_open_its_tldr_with_is_a_catch_ups_highlight_since_it_shows_no_tldr() {
    CatchUp catchUp = build(List.of(RELEASE));
    String text = CatchUpText.render(catchUp, id -> id, id -> "release", ZoneOffset.UTC);
    assertThat(text).contains("cutoff for 4.3 moves to Thursday noon");

    // A summary says that sentence in its TL;DR and keeps its highlights for the rest.
    Conversation thread = Conversation.of(RELEASE.messages());
    Summary summary = new ExtractiveSummarizer().summarize(thread, SummaryOptions.DEFAULT);
    Summary keyPointsOnly = new ExtractiveSummarizer().summarize(thread, SummaryOptions.DEFAULT.withoutTldr());
    String opening = RELEASE.messages().get(0).ts();
    assertThat(summary.tldr()).contains("cutoff for 4.3");
    assertThat(summary.highlights()).noneMatch(p -> p.sources().contains(opening));
    assertThat(keyPointsOnly.highlights()).anyMatch(p -> p.sources().contains(opening));
  }

  @Test
  void beside_a_busy_channel_a_quiet_one_is_only_counted() {
    CatchUpBuilder.ChannelInput busy = channel("C2", "eng",
        "U1", "Should we move the billing migration to Sunday night?",
        "U2", "Sunday works, support can live with a 2 hour window",
        "U3", "Agreed, let's do the migration on Sunday night",
        "U1", "I'll draft the maintenance notice by Friday",
        "U4", "I can run the dry run on staging Thursday",
        "U2", "thanks all");
    CatchUp catchUp = build(List.of(RELEASE, busy));

    assertThat(catchUp.active()).extracting(CatchUp.ChannelCatchUp::channelId).containsExactly("C2");
    assertThat(catchUp.quiet()).extracting(CatchUp.ChannelCatchUp::channelId).containsExactly("C1");
    assertThat(catchUp.quiet().get(0).highlights()).isEmpty();
  }

  @Test
  void an_item_waiting_on_the_reader_is_not_said_to_be_from_themselves() {
    Receipt receipt = Receipt.of("channels", Conversation.of(List.of()));
    CatchUp catchUp = new CatchUp("U9", Instant.EPOCH, List.of(
        new CatchUp.Waiting(CatchUp.Kind.ACTION_ITEM, "C1", "1.1", null, "U9", "Write the copy by Wednesday"),
        new CatchUp.Waiting(CatchUp.Kind.ACTION_ITEM, "C1", "1.2", null, "U1", "Review the copy")),
        List.of(), receipt);
    String text = CatchUpText.render(catchUp, id -> id.equals("U9") ? "chen" : "dana", id -> "design",
        ZoneOffset.UTC);
    assertThat(text).contains("in #design: Write the copy", "in #design from @dana: Review the copy")
        .doesNotContain("from @chen");
  }
}
