package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void the_receipt_groups_digits_like_the_heading_and_says_one_or_many() {
    assertThat(Labels.ENGLISH.receipt(new Summary.Stats(5_001, 1).withAddressedToBot(1)))
        .isEqualTo("5,001 messages, 1 participant; 1 message addressed to the bot was ignored");
  }

  @Test
  void the_heading_is_in_the_conversation_s_language_and_says_one_or_many() {
    assertThat(Labels.ENGLISH.heading(null, 24, 6)).isEqualTo("Thread summary: 24 messages from 6 people");
    assertThat(Labels.ENGLISH.heading("<#C0ENG>", 1, 1)).isEqualTo("Summary of <#C0ENG>: 1 message from 1 person");
    assertThat(Labels.of("fr").heading(null, 6, 4)).isEqualTo("Résumé du fil: 6 messages de 4 personnes");
    assertThat(Labels.of("de").heading("<#C0ENG>", 1_200, 2))
        .isEqualTo("Zusammenfassung von <#C0ENG>: 1,200 Nachrichten von 2 Personen");
    assertThat(Labels.of("ja").heading(null, 5, 3)).isEqualTo("スレッドの要約: 3人から5件のメッセージ");
    assertThat(Labels.of("xx")).isSameAs(Labels.ENGLISH);
  }

  @Test
  void digits_are_grouped_from_a_thousand_on() {
    assertThat(Labels.ENGLISH.size(999, 1_000)).isEqualTo("999 messages from 1,000 people");
    assertThat(Labels.ENGLISH.size(1_234_567, 0)).isEqualTo("1,234,567 messages from 0 people");
  }
}
