package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationChunkerTest {

  /** Each message costs its text length, so budgets are easy to reason about. */
  private static ConversationChunker chunker(int budget) {
    return new ConversationChunker(budget, message -> message.text().length());
  }

  private static Message top(String ts, String text) {
    return new Message(ts, null, "U1", text, 0);
  }

  private static Message reply(String ts, String parent, String text) {
    return new Message(ts, parent, "U2", text, 0);
  }

  @Test
  void keeps_every_message_once_and_stays_under_the_budget() {
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      messages.add(top(TestConversations.ts(i), "x".repeat(1 + i % 7)));
    }

    List<List<Message>> chunks = chunker(20).split(Conversation.of(messages));

    assertThat(chunks.stream().flatMap(List::stream).toList())
        .containsExactlyElementsOf(messages);
    assertThat(chunks).allSatisfy(chunk ->
        assertThat(chunk.stream().mapToInt(m -> m.text().length()).sum()).isLessThanOrEqualTo(20));
    assertThat(chunks.size()).isGreaterThan(1);
  }

  @Test
  void a_thread_whose_replies_come_later_stays_with_its_parent() {
    String parent = TestConversations.ts(0);
    Conversation conversation = Conversation.of(List.of(
        new Message(parent, parent, "U1", "aaaa", 2),
        top(TestConversations.ts(1), "bbbb"),
        top(TestConversations.ts(2), "cccc"),
        reply(TestConversations.ts(3), parent, "dddd"),
        reply(TestConversations.ts(4), parent, "eeee")));

    List<List<Message>> chunks = chunker(12).split(conversation);

    assertThat(chunks.get(0)).extracting(Message::text).containsExactly("aaaa", "dddd", "eeee");
  }

  @Test
  void a_thread_larger_than_the_budget_is_split_between_messages() {
    String parent = TestConversations.ts(0);
    List<Message> thread = new ArrayList<>();
    thread.add(new Message(parent, parent, "U1", "p".repeat(6), 5));
    for (int i = 1; i <= 5; i++) {
      thread.add(reply(TestConversations.ts(i), parent, "r".repeat(6)));
    }

    List<List<Message>> chunks = chunker(13).split(Conversation.of(thread));

    assertThat(chunks).hasSize(3).allSatisfy(chunk -> assertThat(chunk).hasSize(2));
  }

  @Test
  void a_single_message_over_the_budget_gets_a_chunk_of_its_own() {
    Conversation conversation = Conversation.of(List.of(
        top(TestConversations.ts(0), "ab"),
        top(TestConversations.ts(1), "z".repeat(50)),
        top(TestConversations.ts(2), "cd")));

    List<List<Message>> chunks = chunker(10).split(conversation);

    assertThat(chunks).extracting(List::size).containsExactly(1, 1, 1);
  }
}
