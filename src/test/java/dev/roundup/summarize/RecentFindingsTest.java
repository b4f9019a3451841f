package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Follow-up questions about a conversation nobody has written in since are answered from its
 * findings read once; a changed conversation is read again, and only the last few are kept.
 */
class RecentFindingsTest {

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
  private final List<Conversation> read = new ArrayList<>();
  private final Function<Conversation, ExtractiveSummarizer.Findings> counting = c -> {
    read.add(c);
    return summarizer.findings(c);
  };

  private static Conversation thread(String last) {
    return Threads.chat(
        "U1", "the vendor sent a new quote, 12% under the old one",
        "U2", "what do we do about the contract?",
        "U3", last,
        "U2", "sounds good");
  }

  @Test
  void the_same_conversation_asked_about_again_is_not_read_again() {
    RecentFindings recent = new RecentFindings(2);
    Conversation asked = thread("ok, we go with the new vendor");
    ExtractiveSummarizer.Findings first = recent.of(asked, counting);
    ExtractiveSummarizer.Findings again = recent.of(thread("ok, we go with the new vendor"), counting);

    assertThat(read).hasSize(1);
    assertThat(again).isSameAs(first);
    assertThat(first.decisions()).isNotEmpty();
  }

  @Test
  void a_conversation_that_changed_is_read_afresh() {
    RecentFindings recent = new RecentFindings(2);
    recent.of(thread("ok, we go with the new vendor"), counting);
    ExtractiveSummarizer.Findings edited = recent.of(thread("let's decide next week"), counting);

    assertThat(read).hasSize(2);
    assertThat(edited.decisions()).isEmpty();
  }

  @Test
  void the_least_recently_asked_conversation_is_let_go_past_the_capacity() {
    RecentFindings recent = new RecentFindings(2);
    Conversation a = thread("ok, we go with the new vendor");
    Conversation b = thread("fine, the old vendor then");
    Conversation c = thread("we stay with the old one");
    recent.of(a, counting);
    recent.of(b, counting);
    recent.of(a, counting); // a is now the most recent
    recent.of(c, counting); // lets b go
    recent.of(a, counting);
    recent.of(b, counting);

    assertThat(read).containsExactly(a, b, c, b);
  }

  @Test
  void an_answerer_asked_twice_answers_the_same() {
    ExtractiveAnswerer answerer = new ExtractiveAnswerer(summarizer);
    Conversation conversation = thread("ok, we go with the new vendor");
    Answer first = answerer.answer(conversation, "what did we decide about the vendor?");
    Answer second = answerer.answer(conversation, "what did we decide about the vendor?");

    assertThat(first.found()).isTrue();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void a_capacity_below_one_is_refused() {
    assertThatThrownBy(() -> new RecentFindings(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
