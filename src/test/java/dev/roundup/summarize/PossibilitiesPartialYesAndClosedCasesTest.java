package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What reads like a settled line and settles nothing: a summing-up that still weighs two
 * possibilities ("ok so either she used it in york or the card was cloned"), a date that suits one
 * speaker for one place with a "but" for the other ("le 11 ça me va pour Vincennes, mais …"), and
 * a customer letting the ticket be closed ("valeu pessoal, podem fechar o chamado" — "fechado").
 * Beside each, the same shape that does decide.
 */
class PossibilitiesPartialYesAndClosedCasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      customer at the till says her gift card shows 40 on the website but 12.50 at the till, what do i do? | can you check the transaction list on the till please? | shows a redemption on 28 nov at the york branch for 27.50 | ok so either she used it in york or the card was cloned.
      Kundin an der Kasse sagt, ihre Geschenkkarte zeigt online 40 Euro, an der Kasse aber nur 12,50. Was mache ich? | Kannst du bitte die Buchungen der Karte an der Kasse prüfen? | Da steht eine Einlösung am 28. November in der Filiale York über 27,50 | ok, also entweder hat sie die Karte in York benutzt oder sie wurde geklont.
      une cliente dit que sa carte cadeau affiche 40 euros sur le site mais seulement 12,50 en caisse. je fais quoi ? | tu peux regarder l'historique de la carte sur la caisse stp ? | il y a une utilisation le 28 novembre à la boutique de York pour 27,50 | ok donc soit elle l'a utilisée à York, soit la carte a été clonée.
      una clienta dice que su tarjeta regalo tiene 40 euros en la web, pero en la caja solo aparecen 12,50. ¿qué hago con ella? | ¿puedes mirar el historial de la tarjeta en la caja, por favor? | aparece un canje el 28 de noviembre en la tienda de York por 27,50 | vale, entonces o la usó ella en York o alguien clonó la tarjeta.
      """)
  void a_summing_up_that_weighs_two_possibilities_decides_nothing(String asked, String check,
      String found, String reasoning) {
    assertThat(decisions("U1", asked, "U2", check, "U1", found, "U2", reasoning)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      customer at the till says her gift card shows 40 on the website but 12.50 at the till, what do i do? | can you check the transaction list on the till please? | shows a redemption on 28 nov at the york branch for 27.50 | ok so we refund her the 12.50 today and close it.
      una clienta dice que su tarjeta regalo tiene 40 euros en la web, pero en la caja solo aparecen 12,50. ¿qué hago con ella? | ¿puedes mirar el historial de la tarjeta en la caja, por favor? | aparece un canje el 28 de noviembre en la tienda de York por 27,50 | vale, entonces le devolvemos hoy los 12,50 y cerramos el caso.
      """)
  void a_summing_up_that_names_one_course_still_decides(String asked, String check, String found,
      String conclusion) {
    assertThat(decisions("U1", asked, "U2", check, "U1", found, "U2", conclusion)).hasSize(1);
  }

  @Test
  void a_date_that_suits_one_speaker_for_one_place_is_no_decision() {
    assertThat(decisions(
        "U1", "Bonjour à tous, il faut caler l'inventaire annuel des trois boutiques. Je propose "
            + "le lundi 11 janvier, jour de fermeture",
        "U2", "le 11 ça me va pour Vincennes, mais à Montreuil on reçoit la livraison de farine "
            + "ce jour-là")).isEmpty();
    assertThat(decisions(
        "U1", "Hola a todos, hay que fijar el inventario anual de las tres tiendas. Propongo el "
            + "lunes 11 de enero, que cerramos",
        "U2", "el 11 me va bien para Vincennes, pero en Montreuil nos llega la harina ese día"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Bonjour à tous, il faut caler l'inventaire annuel des trois boutiques. Je propose "
            + "le lundi 11 janvier, jour de fermeture",
        "U2", "va pour le 11, je préviens les boutiques")).hasSize(1);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the SDK times out behind the proxy, any idea? | set chunked=True in the client, that fixes it | thanks all, you can close the ticket | closed
      o SDK dá timeout atrás do proxy, alguma ideia? | usa chunked=True no cliente que resolve | valeu pessoal, podem fechar o chamado | fechado
      el SDK da timeout detrás del proxy, ¿alguna idea? | pon chunked=True en el cliente, con eso se arregla | gracias a todos, podéis cerrar el ticket | cerrado
      """)
  void letting_the_ticket_be_closed_is_no_decision(String asked, String answer, String thanks,
      String closed) {
    assertThat(decisions("U1", asked, "U2", answer, "U1", thanks, "U2", closed))
        .noneMatch(d -> d.toLowerCase().contains("close") || d.toLowerCase().contains("fechar")
            || d.toLowerCase().contains("cerrar"));
  }

  @Test
  void closing_something_else_than_the_ticket_still_decides() {
    assertThat(decisions(
        "U1", "the old support inbox still gets mail, should we keep it?",
        "U2", "we close the old inbox on friday and forward it to the new one",
        "U1", "agreed")).hasSize(1);
  }
}
