package dev.roundup.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.QuietAttribution;
import dev.roundup.summarize.Answer;
import dev.roundup.summarize.AnswerLabels;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Receipt;
import dev.roundup.summarize.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer posted in Slack says its fixed words — "not found", "Based on", the receipt — in the thread's language. */
class AnswerBlocksTest {

  private final AnswerBlocks blocks = new AnswerBlocks(new BlockPacker(), QuietAttribution.KEEP_MENTIONS);

  private static final Conversation FRENCH = new Conversation("C1", List.of(
      new Message("1.000100", "1.000100", "U1", "C'est décidé : on part à Lyon.", 1),
      new Message("1.000200", "1.000100", "U2", "Je réserve l'hôtel cette semaine.", 0)));

  private String rendered(Answer answer, String language) {
    return blocks.render(null, answer, AnswerLabels.of(language).notFoundThread(),
        Receipt.of(Receipt.THREAD, FRENCH), id -> id, ts -> "https://x/" + ts).toString();
  }

  @Test
  void a_french_thread_is_answered_with_french_words_around_the_answer() {
    Summary.Stats stats = new Summary.Stats(2, 2);
    String notFound = rendered(Answer.notFoundIn("fr", stats), "fr");
    assertThat(notFound).contains("Je n'ai pas trouvé cela dans ce fil.").contains("Fil lu: 2 messages")
        .doesNotContain("couldn't").doesNotContain("Read the thread");

    Answer found = new Answer("<@U2>: Je réserve l'hôtel cette semaine.", true,
        List.of(new Answer.Quote("1.000200", "U2", "Je réserve l'hôtel cette semaine.")), stats, null, "fr");
    assertThat(rendered(found, "fr")).contains("*D'après*").contains("Fil lu: 2 messages")
        .doesNotContain("Based on");
  }

  @Test
  void an_english_thread_keeps_its_english_words() {
    Summary.Stats stats = new Summary.Stats(2, 2);
    assertThat(rendered(Answer.notFoundIn("en", stats), "en"))
        .contains("I couldn't find that in this thread.").contains("Read the thread: 2 messages");
  }

  @Test
  void the_links_to_the_messages_an_answer_rests_on_are_labelled_in_its_language() {
    Summary.Stats stats = new Summary.Stats(2, 2);
    Answer.Quote quote = new Answer.Quote("1.000200", "U2", "Ich buche das Hotel diese Woche.");
    String german = rendered(new Answer("<@U2>: Ich buche das Hotel diese Woche.", true,
        List.of(quote), stats, null, "de"), "de");
    assertThat(german).contains("*Grundlage*").contains("<https://x/1.000200|Quelle>")
        .doesNotContain("|view>").doesNotContain("|source>");
    String spanish = rendered(new Answer("<@U2>: Reservo el hotel.", true, List.of(quote), stats,
        null, "es"), "es");
    assertThat(spanish).contains("<https://x/1.000200|fuente>").doesNotContain("|view>");
    String english = rendered(new Answer("<@U2>: I'll book the hotel.", true, List.of(quote), stats,
        null, "en"), "en");
    assertThat(english).contains("<https://x/1.000200|source>");
  }
}
