package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Follow-up questions about a conversation nobody has written in since are answered from its
 * findings read once; a changed conversation is read again, only the last few are kept, and none
 * for longer than it may be.
 */
class RecentFindingsTest {

  private static final Duration KEPT_FOR = Duration.ofMinutes(15);

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
  private final List<Conversation> read = new ArrayList<>();
  private final Function<Conversation, AnswerFindings> counting = c -> {
    read.add(c);
    return AnswerFindings.of(summarizer.findings(c));
  };
  private final AtomicLong now = new AtomicLong();

  private RecentFindings recent(int capacity) {
    return new RecentFindings(capacity, KEPT_FOR, now::get);
  }

  private static Conversation thread(String last) {
    return Threads.chat(
        "U1", "the vendor sent a new quote, 12% under the old one",
        "U2", "what do we do about the contract?",
        "U3", last,
        "U2", "sounds good");
  }

  @Test
  void the_same_conversation_asked_about_again_is_not_read_again() {
    RecentFindings recent = recent(2);
    AnswerFindings first = recent.of(thread("ok, we go with the new vendor from March"), counting);
    AnswerFindings again = recent.of(thread("ok, we go with the new vendor from March"), counting);

    assertThat(read).hasSize(1);
    assertThat(again).isSameAs(first);
    assertThat(first.decisions()).singleElement().satisfies(d -> {
      assertThat(d.user()).isEqualTo("U3");
      assertThat(first.cited()).containsKeys(d.value().sources().toArray(String[]::new));
    });
  }

  @Test
  void a_conversation_that_changed_is_read_afresh() {
    RecentFindings recent = recent(2);
    recent.of(thread("ok, we go with the new vendor from March"), counting);
    AnswerFindings edited = recent.of(thread("let's decide next week"), counting);

    assertThat(read).hasSize(2);
    assertThat(edited.decisions()).isEmpty();
  }

  @Test
  void the_least_recently_asked_conversation_is_let_go_past_the_capacity() {
    RecentFindings recent = recent(2);
    Conversation a = thread("ok, we go with the new vendor from March");
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
  void nothing_is_kept_longer_than_it_may_be() {
    RecentFindings recent = recent(8);
    Conversation a = thread("ok, we go with the new vendor from March");
    recent.of(a, counting);
    now.addAndGet(KEPT_FOR.toNanos() - 1);
    recent.of(a, counting);
    now.addAndGet(1);
    recent.of(a, counting);

    assertThat(read).containsExactly(a, a);
  }

  @Test
  void an_answerer_reads_a_conversation_once_for_the_questions_asked_of_it_in_a_row() {
    ExtractiveAnswerer answerer = new ExtractiveAnswerer(counting);
    Conversation conversation = thread("ok, we go with the new vendor from March");
    Answer first = answerer.answer(conversation, "what did we decide about the vendor?");
    Answer second = answerer.answer(conversation, "what did we decide about the vendor?");
    answerer.answer(conversation, "who is talking to the vendor?");

    assertThat(first.found()).isTrue();
    assertThat(first.text()).contains("go with the new vendor");
    assertThat(second).isEqualTo(first);
    assertThat(read).hasSize(1);
  }

  @Test
  void a_capacity_below_one_is_refused() {
    assertThatThrownBy(() -> new RecentFindings(0, KEPT_FOR))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
