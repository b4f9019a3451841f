package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three ways a task is said: the speaker's own verb asked as a question offers it ("¿lo
 * arreglo?", "eu resolvo?", "je le corrige ?", "fix ich das?"), and a yes gives it to them; a
 * commitment after a request its owner has already taken on is a task of its own ("ok, mach ich
 * bis morgen" — "ich exportier die Loggerdaten als PDF"); and being somewhere to do something is
 * a task ("I'll be at harbor st from 2 to let him in", "voy a estar allí a las 2 para abrirle",
 * "vou estar lá às 2 pra abrir pra ele"), where being out or away is not.
 */
class OffersTasksOfTheirOwnAndBeingThereTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void the_speakers_own_verb_asked_offers_it_and_a_yes_gives_it_to_them() {
    assertThat(items(
        "U1", "el bug de fondo es que no mandamos la clave de idempotencia en el cobro. ¿lo arreglo?",
        "U2", "sí, prioridad alta. para el viernes"))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "o problema de fundo é que não mandamos a chave de idempotência na cobrança. eu resolvo?",
        "U2", "sim, prioridade alta. até sexta"))
        .extracting(ActionItem::owner).containsExactly("U1");
    // Near misses: the same verb asked about the world, and an offer turned down.
    assertThat(items(
        "U1", "el bug de fondo es que no mandamos la clave de idempotencia en el cobro. ¿lo sabemos seguro?",
        "U2", "sí, está en los logs")).isEmpty();
    assertThat(items(
        "U1", "o problema de fundo é que não mandamos a chave de idempotência na cobrança. eu resolvo?",
        "U2", "não, deixa que o time de pagamentos resolve")).isEmpty();
  }

  @Test
  void a_commitment_after_a_request_already_taken_on_is_a_task_of_its_own() {
    assertThat(items(
        "U1", "Ab sofort gilt: Umladen nur zu zweit. <@U2> bitte in die Schichtanweisung aufnehmen.",
        "U2", "ok, mach ich bis morgen",
        "U3", "QA-Termin für die Freigabe ist morgen 8:00",
        "U2", "ich exportier die Loggerdaten von KC-14 als PDF für sie"))
        .filteredOn(i -> "U2".equals(i.owner())).hasSize(2);
    assertThat(items(
        "U1", "From now on unloading is done in pairs. <@U2> please add it to the shift instructions.",
        "U2", "ok, will do by tomorrow",
        "U3", "QA inspection is tomorrow at 8",
        "U2", "I'll export the logger data from KC-14 as a PDF for them"))
        .filteredOn(i -> "U2".equals(i.owner())).hasSize(2);
    // Near miss: the acceptance itself, right after the request, is the same task.
    assertThat(items(
        "U1", "From now on unloading is done in pairs. <@U2> please add it to the shift instructions.",
        "U2", "ok, I'll add it to the shift instructions by tomorrow"))
        .filteredOn(i -> "U2".equals(i.owner())).hasSize(1);
  }

  @Test
  void being_somewhere_to_do_something_is_a_task_being_away_is_not() {
    assertThat(items(
        "U1", "frostline tech coming between 2 and 4 today. I'll be at harbor st from 2 to let him in"))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "el técnico de frío viene entre las 2 y las 4. voy a estar allí a las 2 para abrirle la puerta"))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "o técnico da refrigeração vem entre 2 e 4 hoje. vou estar lá às 2 pra abrir a porta pra ele"))
        .extracting(ActionItem::owner).containsExactly("U1");
    // Near misses: being away, or somewhere, with nothing to do there.
    assertThat(items(
        "U1", "heads up, I'll be out tomorrow, back on monday")).isEmpty();
    assertThat(items(
        "U1", "el técnico de frío viene mañana. yo voy a estar fuera toda la semana")).isEmpty();
    assertThat(items(
        "U1", "a visita da refrigeração ficou para quinta. vou estar de férias a semana toda"))
        .isEmpty();
  }
}
