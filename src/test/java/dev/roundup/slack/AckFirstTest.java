package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Replies wait for the ack of the request being answered on the thread they were made on. */
class AckFirstTest {

  @Test
  void outside_a_request_nothing_is_waited_for() {
    assertThat(AckFirst.current().isSent()).isTrue();
  }

  @Test
  void a_reply_made_while_answering_waits_for_that_ack_and_the_thread_is_left_clean() throws Exception {
    AckFirst ack = AckFirst.begin();
    AckFirst seenByReply = AckFirst.current();
    CompletableFuture<Void> posted = CompletableFuture.runAsync(seenByReply::awaitSent);

    assertThat(seenByReply).isSameAs(ack);
    assertThat(posted).as("posted before the ack went out").isNotDone();
    ack.sent();
    posted.get(5, TimeUnit.SECONDS);
    assertThat(AckFirst.current().isSent()).as("the next request on this thread starts clean").isTrue();
  }
}
