package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The receipt's fixed words are in the same language as its counts. */
class ReceiptLanguageTest {

  private static Receipt read(String what) {
    return new Receipt(what, 5, 0, 3, 0, 0, 0, List.of(), null, 0, 0);
  }

  @Test
  void a_thread_read_is_said_in_the_conversations_language() {
    assertThat(read(Receipt.THREAD).line(Labels.of("de")))
        .isEqualTo("Thread gelesen: 5 Nachrichten, 3 Teilnehmende.");
    assertThat(read(Receipt.THREAD).line(Labels.of("es")))
        .isEqualTo("Hilo leído: 5 mensajes, 3 participantes.");
    assertThat(read("<#C1> (last 7 days)").line(Labels.of("de")))
        .isEqualTo("<#C1> (last 7 days) gelesen: 5 Nachrichten, 3 Teilnehmende.");
  }

  @Test
  void an_english_receipt_reads_as_before() {
    assertThat(read(Receipt.THREAD).line(Labels.ENGLISH))
        .isEqualTo("Read the thread: 5 messages, 3 participants.");
    assertThat(read("<#C1>").line(Labels.of("en"))).isEqualTo("Read <#C1>: 5 messages, 3 participants.");
    assertThat(read(null).line(Labels.of("fr"))).isEqualTo("5 messages, 3 participants.");
  }
}
