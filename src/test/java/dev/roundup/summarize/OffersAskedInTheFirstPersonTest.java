package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An offer asked with the speaker's own verb and no "want me to" ("¿pongo un aviso en la app?",
 * "ligo pro técnico?", 「文面作りましょうか？」), said yes to, is the speaker's task; a question that
 * only opens with a word in -o ("¿todo bien?") offers nothing. The offerer's word on it right
 * after the yes ("llamo ahora") is the same task, not a second one.
 */
class OffersAskedInTheFirstPersonTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "se ha caído el lector de tarjetas en Sants|pongo un aviso en la app para los clientes?|sí porfa|aviso",
      "el vendedor de la parada 12 tiene una multa pendiente, no sé si se le puede renovar el permiso|le pregunto a marta de la concejalía?|sí porfa|marta",
      "a máquina de cartão da loja 2 parou de novo|ligo pro técnico da máquina?|sim, por favor|técnico",
      "a máquina de cartão da loja 2 parou de novo|mando um aviso pros clientes no app?|pode|aviso",
      "ロゴの件、社長の反応がまだ読めないです|過去3案をムードボードにまとめましょうか？|お願いします！|ムードボード"})
  void an_offer_in_the_first_person_said_yes_to_is_the_offerers_task(String context,
      String offer, String yes, String object) {
    List<ActionItem> items = Threads.actionItems("U1", context, "U2", offer, "U1", yes);
    assertThat(items).filteredOn(a -> "U2".equals(a.owner()))
        .singleElement().satisfies(a -> assertThat(a.text()).contains(object));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "¿todo bien con el pedido de ayer?|sí",
      "¿cuánto cuesta el envío urgente?|sí, unos 12 euros",
      "tudo certo com o pedido de ontem?|sim",
      "quanto custa o frete expresso?|sim, uns 12 reais"})
  void a_question_opening_with_a_word_in_o_offers_nothing(String question, String answer) {
    assertThat(Threads.actionItems("U2", question, "U1", answer))
        .filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }

  @Test
  void the_offerers_word_right_after_the_yes_is_the_same_task() {
    Conversation chat = Threads.chat(
        "U1", "las etiquetas de Leganés y Fuenlabrada también están cruzadas",
        "U2", "¿les llamo yo antes de que abran las cajas?",
        "U1", "sí porfa",
        "U2", "llamo ahora");
    List<ActionItem> items = Threads.actionItems(chat);
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> {
          assertThat(a.text()).contains("cajas");
          assertThat(a.sources()).containsExactly(chat.messages().get(1).ts(),
              chat.messages().get(2).ts(), chat.messages().get(3).ts());
        });
  }

  @Test
  void the_offerers_answer_to_something_asked_in_between_is_a_task_of_its_own() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "se ha caído el lector de tarjetas en Sants",
        "U2", "pongo un aviso en la app para los clientes?",
        "U1", "sí porfa",
        "U3", "y las devoluciones? una señora dice que ayer le cobraron dos veces",
        "U2", "eso es otro tema, pásame la foto del extracto y reviso el doble cobro hoy");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).hasSize(2)
        .anySatisfy(a -> assertThat(a.text()).contains("aviso"))
        .anySatisfy(a -> assertThat(a.text()).contains("cobro"));
  }
}
