package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whoever leads the thread answering a question about what to do settles it ({@link
 * AcceptedReplies}), but an answer that says only what one could do ("we could limit it to 2
 * trucks", "wir könnten es auf 2 Wagen begrenzen", "on pourrait limiter à 2", "podríamos
 * limitarlo a 2", "a gente podia limitar a 2", "2台に限定することもできます") floats an option and
 * settles nothing; "we limit it to 2 trucks" does.
 */
class OptionsFloatedInAnswersTest {

  @Test
  void an_option_floated_by_the_lead_settles_nothing() {
    assertThat(decisions(
        "UAARON", "The food truck association wants weekend permits for the boathouse lot,"
            + " May to September.",
        "UJESS", "what about parking? how many trucks do we allow in the boathouse lot?",
        "UAARON", "we could limit it to 2 trucks"))
        .noneMatch(d -> d.contains("2 trucks"));
    assertThat(decisions(
        "UAARON", "Der Imbisswagenverband will Wochenendgenehmigungen für den Parkplatz am"
            + " Bootshaus, Mai bis September.",
        "UJESS", "und das Parken? wie viele Wagen lassen wir auf den Parkplatz?",
        "UAARON", "wir könnten es auf 2 Wagen begrenzen"))
        .noneMatch(d -> d.contains("2 Wagen"));
    assertThat(AcceptedReplies.floatsAnOption("on pourrait limiter à 2 camions")).isTrue();
    assertThat(AcceptedReplies.floatsAnOption("podríamos limitarlo a 2 camiones")).isTrue();
    assertThat(AcceptedReplies.floatsAnOption("a gente podia limitar a 2 caminhões")).isTrue();
    assertThat(AcceptedReplies.floatsAnOption("2台に限定することもできます")).isTrue();
  }

  @Test
  void the_same_answer_said_as_what_happens_settles_it() {
    assertThat(decisions(
        "UAARON", "The food truck association wants weekend permits for the boathouse lot,"
            + " May to September.",
        "UJESS", "what about parking? how many trucks do we allow in the boathouse lot?",
        "UAARON", "we limit it to 2 trucks"))
        .anyMatch(d -> d.contains("2 trucks"));
    assertThat(AcceptedReplies.floatsAnOption("on limite à 2 camions")).isFalse();
    assertThat(AcceptedReplies.floatsAnOption("lo limitamos a 2 camiones")).isFalse();
  }
}
