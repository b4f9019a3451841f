package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An arrangement put with its condition first ("for now: until the new gasket is in, the night
 * tech checks the door seal on every round", "bis die neue Dichtung drin ist, prüft die
 * Nachtschicht …", "hasta que cambien la junta, …") holds until then, and "stays on hold until
 * two readings are under 50" is such an arrangement, not a deferral: said by whoever runs the
 * situation (who opened the thread, or hands out work that is taken on), it is a decision, with
 * its condition in its words; said by someone who runs nothing it stays a remark. An agenda line
 * ("Second item, install schedule.", "Zweiter Punkt: Zeitplan") names what comes next and decides
 * nothing, a thing and what was done to it ("Leitung getauscht, testlauf läuft.") reports, and a
 * choice between the states of a thing named first ("¿el led del sensor está verde o naranja?")
 * asks what is, so its answer picks no option.
 */
class ArrangementsUntilAndAgendaLinesTest {

  @Test
  void an_arrangement_with_its_condition_first_holds_until_then_in_every_language() {
    assertThat(Cues.ENGLISH.holdsUntil("For now: until the new gasket is in, the night tech"
        + " checks the door seal on every round and signs the sheet.")).isTrue();
    assertThat(Cues.GERMAN.holdsUntil("Bis die neue Dichtung drin ist, prüft die Nachtschicht"
        + " bei jeder Runde die Tür.")).isTrue();
    assertThat(Cues.FRENCH.holdsUntil("En attendant : jusqu'à ce que le joint soit changé, le"
        + " technicien de nuit vérifie la porte à chaque ronde.")).isTrue();
    assertThat(Cues.SPANISH.holdsUntil("Mientras tanto: hasta que cambien la junta, el técnico"
        + " de noche revisa la puerta en cada ronda.")).isTrue();
    assertThat(Cues.PORTUGUESE.holdsUntil("Por enquanto: até trocarem a borracha, o técnico da"
        + " noite confere a porta a cada ronda.")).isTrue();
    assertThat(Cues.JAPANESE.holdsUntil("パッキンが交換されるまでは、夜勤が巡回ごとにドアを確認する。"))
        .isTrue();
    // Near misses: a wait for news, and a date that is only a deadline.
    assertThat(Cues.ENGLISH.holdsUntil("until we know more, nothing to add")).isFalse();
    assertThat(Cues.PORTUGUESE.holdsUntil("Até o fim do mês, antes de subir o preço.")).isFalse();
  }

  @Test
  void staying_on_hold_until_something_happens_is_no_deferral() {
    assertThat(Cues.ENGLISH.isDeferral(
        "eagle stays on hold until 2 consecutive readings under 50 km/h at the top")).isFalse();
    assertThat(Cues.ENGLISH.holdsUntil(
        "eagle stays on hold until 2 consecutive readings under 50 km/h at the top")).isTrue();
    // Near miss: on hold with nothing it waits for puts the matter off.
    assertThat(Cues.ENGLISH.isDeferral("the loyalty card idea is on hold")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("Putting this on hold until the budget is clear."))
        .isTrue();
  }

  @Test
  void the_arrangement_is_decided_when_whoever_hands_out_the_work_says_it() {
    assertThat(decisions(
        "UPRIYA", "Vaccine fridge 2 alarmed at 02:40, the door was ajar. Back at 4.6C now.",
        "UHANA", "<@UMARCUS> can you swap the door gasket this week?",
        "UMARCUS", "yep, i'll put a work order in today",
        "UHANA", "For now: until the new gasket is in, the night tech checks the door seal on"
            + " every round and signs the sheet."))
        .anyMatch(d -> d.contains("until the new gasket is in"));
    assertThat(decisions(
        "UJENS", "Der Kühlschrank 2 hat um 02:40 Alarm gegeben, die Tür stand die ganze Nacht"
            + " offen und die Temperatur ist auf 9 Grad gestiegen.",
        "UPETRA", "Die Dichtung wird getauscht. <@UOLE> kannst du den Techniker organisieren?",
        "UOLE", "mach ich",
        "UPETRA", "Bis die neue Dichtung drin ist, prüft die Nachtschicht bei jeder Runde die"
            + " Tür und zeichnet ab."))
        .anyMatch(d -> d.contains("Dichtung drin ist"));
    // Near miss: the same words from someone who hands out nothing and did not open the thread.
    assertThat(decisions(
        "UPRIYA", "Vaccine fridge 2 alarmed at 02:40, the door was ajar. Back at 4.6C now.",
        "UTOM", "ugh, that door has been sticking for weeks",
        "UHANA", "For now: until the new gasket is in, the night tech checks the door seal on"
            + " every round and signs the sheet."))
        .noneMatch(d -> d.contains("gasket"));
  }

  @Test
  void an_agenda_line_decides_nothing() {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "URUTH", "Second item, install schedule.",
        "URUTH", "Zweiter Punkt: Zeitplan.",
        "URUTH", "Segundo punto, el calendario.",
        "URUTH", "Second item goes to the north crew in April."));
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(0).get(0))).isTrue();
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(1).get(0))).isTrue();
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(2).get(0))).isTrue();
    // Near miss: what happens to the item is said.
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(3).get(0))).isFalse();
  }

  @Test
  void a_thing_and_what_was_done_to_it_reports() {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "UMAREK", "Leitung getauscht, testlauf läuft.",
        "UMAREK", "line swapped, test run going.",
        "UMAREK", "cable cambiado, prueba en marcha.",
        "UINGRID", "Get it repaired, the orchestra pays.",
        "UINGRID", "standup moved to 10 from monday."));
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(0).get(0))).isTrue();
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(1).get(0))).isTrue();
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(2).get(0))).isTrue();
    // Near misses: having it done, and where something goes.
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(3).get(0))).isFalse();
    assertThat(PlansWithWorkHandedOut.reports(c, c.sentencesOf(4).get(0))).isFalse();
  }

  @Test
  void a_choice_between_the_states_of_a_thing_asks_what_is() {
    assertThat(Cues.SPANISH.choices().factual()
        .matcher("¿el led del sensor está verde o naranja?").find()).isTrue();
    assertThat(Cues.ENGLISH.choices().factual()
        .matcher("the led on the sensor is green or orange?").find()).isTrue();
    assertThat(Cues.PORTUGUESE.choices().factual()
        .matcher("o led do sensor está verde ou laranja?").find()).isTrue();
    assertThat(decisions(
        "UCARLOS", "¿sale algún mensaje? ¿el led del sensor está verde o naranja?",
        "ULUCIA", "naranja. y en el programa pone \"dispositivo no encontrado\""))
        .noneMatch(d -> d.contains("naranja"));
    // Near misses: a choice of what to do.
    assertThat(Cues.SPANISH.choices().factual()
        .matcher("¿la reunión la hacemos el lunes o el martes?").find()).isFalse();
    assertThat(Cues.ENGLISH.choices().factual()
        .matcher("the launch is going ahead friday or monday?").find()).isFalse();
  }

  @Test
  void an_arrangement_kept_until_what_must_happen_first_holds_in_every_language() {
    assertThat(Cues.ENGLISH.holdsUntil("it stays paused at 20% until the fix is out")).isTrue();
    assertThat(Cues.GERMAN.holdsUntil("bleibt bei 20% pausiert, bis der Fix draußen ist")).isTrue();
    assertThat(Cues.FRENCH.holdsUntil("le déploiement reste à 20% jusqu'à ce que le correctif sorte"))
        .isTrue();
    assertThat(Cues.SPANISH.holdsUntil("queda pausado en 20% hasta tener el parche")).isTrue();
    assertThat(Cues.SPANISH.holdsUntil("la vía 14 queda cerrada hasta nuevo aviso")).isTrue();
    assertThat(Cues.PORTUGUESE.holdsUntil("fica parado em 20% até sair a correção")).isTrue();
    assertThat(Cues.PORTUGUESE.holdsUntil("a linha 3 fica parada até segunda ordem")).isTrue();
    assertThat(Cues.JAPANESE.holdsUntil("修正が出るまで20%で止めたままにします")).isTrue();
    assertThat(decisions("felipe", "crash rate do android subiu pra 3,2% desde a 5.8.0",
        "bruna", "stack trace aponta pro CameraX",
        "thiago", "pausa o rollout? tá em 20%",
        "felipe", "pausa sim. fica parado em 20% até sair a correção",
        "thiago", "pausado")).anyMatch(d -> d.contains("até sair a correção"));
    assertThat(Cues.FRENCH.holdsUntil("il reste en pause à 20% jusqu'à ce que le correctif sorte"))
        .isTrue();
    assertThat(decisions("felipe", "le taux de crash android est monté à 3,2% depuis la 5.8.0",
        "bruna", "la stack trace pointe vers CameraX",
        "thiago", "on arrête le déploiement ? il est à 20%",
        "felipe", "oui on arrête. il reste en pause à 20% jusqu'à ce que le correctif sorte",
        "thiago", "ok")).anyMatch(d -> d.contains("jusqu'à ce que le correctif sorte"));
    // Near misses: a date that ends nothing, and one's own task until then.
    assertThat(Cues.PORTUGUESE.holdsUntil("fica para segunda, até amanhã")).isFalse();
    assertThat(Cues.PORTUGUESE.holdsUntil("eu fico com isso até terminar")).isFalse();
    assertThat(Cues.SPANISH.holdsUntil("hasta mañana, queda en mis manos")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("le projet reste en pause")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on met le tournoi en pause jusqu'au comité du 14")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("le sujet est en pause")).isTrue();
  }
}
