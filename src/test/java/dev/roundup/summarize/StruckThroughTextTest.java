package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Struck-through text is what the writer took back: it is never a decision or part of the TL;DR,
 * while a path with a tilde is content like any other.
 */
class StruckThroughTextTest {

  @Test
  void struck_through_text_is_no_decision() {
    Summary summary = new ExtractiveSummarizer().summarize(Threads.chat(
        "U1", "~We decided to skip the backup~ we will take the backup first",
        "U2", "agreed"));
    assertThat(summary.decisions()).extracting(Point::text)
        .noneSatisfy(d -> assertThat(d).containsIgnoringCase("skip"));
    assertThat(summary.tldr()).doesNotContainIgnoringCase("skip the backup");
  }

  @Test
  void a_path_with_a_tilde_stays_in_a_decision() {
    Summary summary = new ExtractiveSummarizer().summarize(Threads.chat(
        "U1", "Decided: the deploy script moves to ~/bin/deploy and the old one goes.",
        "U2", "agreed"));
    assertThat(summary.decisions()).extracting(Point::text)
        .anySatisfy(d -> assertThat(d).contains("~/bin/deploy"));
  }
}
