package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An arrangement that holds until something happens, or a step that waits for a condition, is a
 * decision when said as the plan ("yes do it, UK/IE go through Vonage until Twilio confirms a
 * fix", "also pausing the 9am export until this is fixed", "2.4 geht erst wieder raus, wenn …"),
 * in every language; a system's behaviour described, something still open, a deferral ("until we
 * know") and one's own task are not. A thing named as the question ("cost cap?") and answered
 * by whoever leads the thread is settled by the answer, unless the answer reports what was
 * already done.
 */
class InterimArrangementsTest {

  @Test
  void an_arrangement_until_something_happens_is_a_decision() {
    assertThat(decisions(
        "U1", "SMS login codes failing since 09:40, UK and IE only.",
        "U2", "we have the Vonage fallback behind a flag. flip it for GB/IE?",
        "U1", "yes do it, UK/IE go through Vonage until Twilio confirms a fix"))
        .anyMatch(d -> d.contains("go through Vonage until Twilio confirms a fix"));
    assertThat(decisions(
        "U1", "the daily rollup double counts refunds since the migration",
        "U2", "fix is a one-liner, PR in 10",
        "U3", "also pausing the 9am export to finance until this is fixed"))
        .singleElement().asString().startsWith("Also pausing the 9am export");
  }

  @Test
  void conditions_and_interim_arrangements_are_read_in_every_language() {
    assertThat(decisions(
        "U1", "Der Etikettendruck hängt seit dem Update auf 2.4, wir sind auf 2.3 zurück.",
        "U2", "Läuft wieder.",
        "U3", "gut. Und 2.4 geht erst wieder raus, wenn sie im Staging getestet ist"))
        .anyMatch(d -> d.contains("2.4 geht erst wieder raus, wenn"));
    assertThat(decisions(
        "U1", "El proveedor de SMS falla en el Reino Unido desde las 9.",
        "U2", "el proveedor alternativo está configurado",
        "U3", "pasamos el tráfico al alternativo hasta que confirmen el arreglo"))
        .anyMatch(d -> d.contains("hasta que confirmen"));
    assertThat(decisions(
        "U1", "O provedor de SMS está falhando no Reino Unido desde as 9h.",
        "U2", "o provedor reserva já está configurado",
        "U3", "mantemos o provedor reserva até o provedor confirmar a correção"))
        .anyMatch(d -> d.contains("até o provedor confirmar"));
  }

  @Test
  void described_behaviour_open_items_deferrals_and_own_tasks_are_no_arrangement() {
    assertThat(decisions(
        "U1", "notes vanish after a sync conflict on Android",
        "U2", "the local db keeps them in pending_ops until the app restarts."))
        .isEmpty();
    assertThat(decisions(
        "U1", "¿el ticket del calendario está cerrado?",
        "U2", "ojo, sigue abierto hasta que confirmen"))
        .isEmpty();
    assertThat(decisions(
        "U1", "the daily rollup double counts refunds since the migration",
        "U2", "ok, we keep the export running until we know more"))
        .isEmpty();
    assertThat(decisions(
        "U1", "the daily rollup double counts refunds since the migration",
        "U2", "I'll keep the export paused until the fix is in"))
        .isEmpty();
  }

  @Test
  void a_thing_named_as_the_question_is_settled_by_the_thread_lead_unless_already_done() {
    assertThat(decisions(
        "U1", "Preview envs per PR: our own k8s namespace per PR, backend only.",
        "U2", "cost cap? namespaces add up",
        "U1", "max 15 live previews at a time, oldest gets evicted"))
        .singleElement().asString().startsWith("Max 15 live previews");
    assertThat(decisions(
        "U1", "CAB meeting #3 is Jan 22 in Lisbon, need to nail the agenda.",
        "U2", "dinner venue?",
        "U1", "I booked Taberna do Largo for the evening of the 22nd already"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Poll results on moving standup to async: 7 for, 2 against.",
        "U2", "starting when?",
        "U1", "next monday"))
        .isEmpty();
  }
}
