package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void an_ordinary_first_word_is_capitalised() {
    assertThat(Sentences.capitalize("we ship on friday")).isEqualTo("We ship on friday");
    assertThat(Sentences.capitalize("don't merge yet")).isEqualTo("Don't merge yet");
  }

  @Test
  void urls_paths_commands_and_brands_keep_their_case() {
    assertThat(Sentences.capitalize("https://status.example.com is green"))
        .isEqualTo("https://status.example.com is green");
    assertThat(Sentences.capitalize("~/bin/deploy failed")).isEqualTo("~/bin/deploy failed");
    assertThat(Sentences.capitalize("iOS build is stuck")).isEqualTo("iOS build is stuck");
    assertThat(Sentences.capitalize("npm ci takes 4 minutes")).isEqualTo("Npm ci takes 4 minutes");
  }
}
