package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

  @Test
  void messages_are_put_in_time_order_by_the_number_a_ts_is_not_by_its_text() {
    Message later = new Message("1700000010.000100", null, "U1", "later", 0);
    Message earlier = new Message("999999999.900000", null, "U2", "earlier", 0);
    Message middle = new Message("1700000009.999999", null, "U3", "middle", 0);

    Conversation conversation = Conversation.of(List.of(later, earlier, middle));

    assertThat(conversation.messages()).containsExactly(earlier, middle, later);
  }

  @Test
  void messages_with_the_same_ts_keep_the_order_they_came_in() {
    Message first = new Message("1700000000.000100", null, "U1", "first", 0);
    Message second = new Message("1700000000.000100", null, "U2", "second", 0);
    Message before = new Message("1699999999.000100", null, "U3", "before", 0);

    assertThat(Conversation.of(List.of(first, second, before)).messages())
        .containsExactly(before, first, second);
    assertThat(Conversation.of(List.of(second, first, before)).messages())
        .containsExactly(before, second, first);
  }
}
