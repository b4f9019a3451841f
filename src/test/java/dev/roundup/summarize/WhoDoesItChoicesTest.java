package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Who's phoning the patients who complained, me or Jo?" — "Jo please, she knows most of them" —
 * "ok, will do them after lunch": a choice between people for who does something hands out a
 * task and is no decision. A choice between things ("Porto or Lisbon?" — "Porto, flights are
 * cheaper" — "agreed") still is one.
 */
class WhoDoesItChoicesTest {

  @Test
  void picking_who_does_it_is_no_decision() {
    assertThat(decisions(
        "U1", "Who's phoning the patients who complained, me or Jo?",
        "U2", "Jo please, she knows most of them",
        "U3", "ok, will do them after lunch"))
        .isEmpty();
    assertThat(decisions(
        "U1", "¿quién hace las llamadas a los pacientes, Ana o Jorge?",
        "U2", "Jorge, que los conoce a casi todos",
        "U3", "vale, las hago después de comer"))
        .isEmpty();
  }

  @Test
  void picking_between_things_still_decides() {
    assertThat(decisions(
        "U1", "offsite: Porto or Lisbon?",
        "U2", "Porto, flights are cheaper",
        "U3", "agreed"))
        .isNotEmpty();
    assertThat(decisions(
        "U1", "¿el entrenamiento del femenino, el lunes o el martes?",
        "U2", "el lunes, el martes el campo está ocupado",
        "U3", "de acuerdo"))
        .isNotEmpty();
  }
}
