package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A message may have no author: an integration's post read from an export carries no user id.
 * The summarizer still reads the conversation around it, where the trees compare authors (who
 * answers whom, who spoke just before) and a proposal is turned down only by another voice.
 */
class MessagesWithoutAnAuthorTest {

  @Test
  void a_thread_with_an_integration_post_in_it_is_summarized() {
    List<Message> messages = List.of(
        new Message("1700000000.000100", null, "UANNA",
            "wind forecast is 30 knots gusting 40 for saturday. should we cancel saturday's races?", 0),
        new Message("1700000001.000100", null, "UBEN", "could we move the races to sunday instead?", 0),
        new Message("1700000002.000100", null, null,
            "no, sunday is cadet day. saturday's races are cancelled", 0),
        new Message("1700000003.000100", null, "UBEN", "ok", 0),
        new Message("1700000004.000100", null, "UANNA",
            "decision: saturday's races are cancelled, we sail again next weekend", 0));

    Summary summary = new ExtractiveSummarizer().summarize(Conversation.of(messages),
        SummaryOptions.DEFAULT);

    assertThat(summary.decisions()).extracting(Point::text)
        .anyMatch(text -> text.toLowerCase().contains("saturday's races are cancelled"));
  }
}
