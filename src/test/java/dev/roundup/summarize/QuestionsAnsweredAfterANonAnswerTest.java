package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A question whose first reply does not know is answered when someone who set out to find out
 * comes back with what they found, however far on ("no idea" — "I'll call them tomorrow" — …
 * "called them, it's an add-on"); or when the one a reply pointed to takes it on ("<@okonkwo>
 * came last year, maybe ask her" — "yes count me in"). A promise nobody comes back on leaves it
 * open. "No idea either, ask <@lena>?" sends a question on; it is no question of its own.
 */
class QuestionsAnsweredAfterANonAnswerTest {

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  @Test
  void whoever_set_out_to_find_out_answers_when_they_come_back_with_it() {
    assertThat(open(
        "U1", "does resdiary even support card holds on our plan?",
        "U2", "no idea, I think it's an add-on",
        "U1", "I'll call them tomorrow",
        "U3", "unrelated but can we talk about the new fish supplier at some point",
        "U4", "next ops meeting, not here",
        "U1", "called resdiary, it's an add-on, £40/month per site",
        "U4", "fine, go ahead and add it")).isEmpty();
    assertThat(open(
        "U1", "o seguro cobre menor de idade?",
        "U2", "vou confirmar com a seguradora",
        "U2", "a seguradora diz que cobre a partir dos 16 anos",
        "U3", "perfeito")).isEmpty();
    assertThat(open(
        "U1", "Zahlt die Versicherung den Schaden am Container?",
        "U2", "keine Ahnung, ich frag bei der Versicherung nach",
        "U2", "Versicherung sagt, der Schaden ist gedeckt, abzüglich 500 € Selbstbehalt",
        "U1", "super")).isEmpty();
  }

  @Test
  void a_promise_to_find_out_that_nobody_comes_back_on_leaves_it_open() {
    assertThat(open(
        "U1", "does resdiary even support card holds on our plan?",
        "U2", "no idea, I think it's an add-on",
        "U1", "I'll call them tomorrow",
        "U3", "unrelated but can we talk about the new fish supplier at some point",
        "U4", "next ops meeting, not here")).hasSize(1);
    assertThat(open(
        "U1", "o seguro cobre menor de idade?",
        "U2", "vou confirmar com a seguradora",
        "U3", "enquanto isso eu preparo o termo de autorização")).hasSize(1);
  }

  @Test
  void the_one_a_reply_points_to_answers_by_taking_it_on() {
    assertThat(open(
        "U1", "staffing: need 6 staff for 58 kids. me, cole, fitz, who else?",
        "U2", "<@U3> came last year, maybe ask her",
        "U3", "yes count me in")).isEmpty();
    assertThat(open(
        "U1", "¿quién más puede venir a la excursión?",
        "U2", "<@U3> vino el año pasado, pregúntale",
        "U3", "sí, cuenta conmigo")).isEmpty();
    // Near miss: someone else's "ok" does not answer for the one pointed to.
    assertThat(open(
        "U1", "staffing: need 6 staff for 58 kids. me, cole, fitz, who else?",
        "U2", "<@U3> came last year, maybe ask her",
        "U4", "ok")).hasSize(1);
  }

  @Test
  void not_knowing_and_sending_on_with_a_question_mark_asks_nothing() {
    assertThat(open(
        "U1", "do we also need to tell the payment processor? no idea who our contact is",
        "U2", "no idea either, ask <@U3>?"))
        .hasSize(1).allMatch(q -> q.startsWith("Do we also need"));
    assertThat(open(
        "U1", "los cobros duplicados ya están devueltos y el cron está parado hasta el lunes",
        "U1", "¿hay que avisar también al procesador de pagos? no sé quién es el contacto",
        "U2", "ni idea, ¿pregúntale a <@U3>?"))
        .hasSize(1).allMatch(q -> q.contains("procesador de pagos"));
    // Near miss: not knowing, then asking the room, is a question of its own.
    assertThat(open(
        "U1", "the export broke again",
        "U2", "no idea why, who changed the cron last?")).hasSize(1);
  }
}
