package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenTextTest {

  @Test
  void transcriber_annotations_fillers_and_stutters_are_dropped() {
    assertThat(SpokenText.tidy("Um, the the remote {vocalsound} should be uh cheaper [inaudible].", "en"))
        .isEqualTo("the remote should be cheaper.");
  }

  @Test
  void written_chat_passes_through_unchanged() {
    String chat = "Deploy 4.18 is on staging (finally), see the runbook for steps.";
    assertThat(SpokenText.tidy(chat, "en")).isEqualTo(chat);
  }

  @Test
  void words_that_merely_contain_filler_sounds_are_kept() {
    assertThat(SpokenText.tidy("The umbrella team owns the ahead-of-time build, er, mostly.", "en"))
        .isEqualTo("The umbrella team owns the ahead-of-time build, mostly.");
  }
}
