package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void the_receipt_groups_digits_like_the_heading_and_says_one_or_many() {
    assertThat(Labels.ENGLISH.receipt(new Summary.Stats(5_001, 1).withAddressedToBot(1)))
        .isEqualTo("5,001 messages, 1 participant; 1 message addressed to the bot was ignored");
  }
}
