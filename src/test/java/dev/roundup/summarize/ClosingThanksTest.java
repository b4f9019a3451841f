package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "That's settled then, thank you all.": a line that closes the thread with thanks and a bare
 * decision word settles nothing of its own. After a story ("fwiw last february we …") it is no
 * decision at all; a closing line that names what it settles ("Settled: Type IV on the first
 * wave, thanks all") still is one.
 */
class ClosingThanksTest {

  @Test
  void settled_with_thanks_after_a_story_is_no_decision() {
    assertThat(decisions(
        "U1", "might be worth getting a second rig at some point",
        "U2", "fwiw last february we had three delays over an hour. not fun",
        "U3", "Noted. That's settled then, thank you all."))
        .isEmpty();
    assertThat(decisions(
        "U1", "vielleicht brauchen wir irgendwann einen zweiten Trockner",
        "U2", "letzten Winter hatten wir drei Ausfälle, war nicht lustig",
        "U3", "Das ist entschieden, danke"))
        .isEmpty();
  }

  @Test
  void a_closing_line_naming_what_it_settles_is_a_decision() {
    assertThat(decisions(
        "U1", "fwiw last february we had three delays over an hour. not fun",
        "U3", "Decision: Type IV on the first wave, thank you all."))
        .hasSize(1);
    assertThat(decisions(
        "U1", "letzten Winter hatten wir drei Ausfälle, war nicht lustig",
        "U3", "Entschieden: zweiter Trockner im Frühjahr, danke"))
        .hasSize(1);
  }
}
