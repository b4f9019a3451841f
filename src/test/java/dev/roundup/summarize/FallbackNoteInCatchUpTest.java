package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A catch-up says under a channel when its summary was not the model's, after the channel's gap. */
class FallbackNoteInCatchUpTest {

  private static final String NOTE =
      "LLM budget for today used up; summarized with the built-in summarizer";

  private final Summarizer overBudget = (conversation, options) ->
      new ExtractiveSummarizer().summarize(conversation, options).withNote(NOTE);

  private CatchUp.ChannelCatchUp catchUpOf(String gap) {
    Conversation thread = TestConversations.thread("U1", "The deploy is blocked on the payments review",
        "U2", "I'll review payments today", "U1", "Thanks, we ship after that");
    CatchUpBuilder.ChannelInput input = new CatchUpBuilder.ChannelInput("C1", "eng",
        thread.messages(), Map.of(), gap);
    CatchUp catchUp = new CatchUpBuilder(overBudget, 1).build("U3", Instant.EPOCH, List.of(input),
        Map.of(), Receipt.of("1 channel", thread));
    return catchUp.channels().get(0);
  }

  @Test
  void the_summarys_note_is_shown_under_the_channel() {
    assertThat(catchUpOf(null).note()).isEqualTo(NOTE);
  }

  @Test
  void a_gap_in_the_channel_comes_first_and_the_summarys_note_after_it() {
    assertThat(catchUpOf("part of the period not read").note())
        .isEqualTo("part of the period not read; " + NOTE);
  }
}
