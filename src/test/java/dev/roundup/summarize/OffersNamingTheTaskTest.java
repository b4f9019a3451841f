package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An offer that names what it takes ("i'm happy to buddy jun", "je veux bien parrainer Jun",
 * "me ofrezco para ser la mentora de Jun") is the speaker's task; being happy to report news
 * takes nothing on.
 */
class OffersNamingTheTaskTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3 new folks start on the 6th, we need laptops, accounts and buddies for them|i'm happy to buddy jun, we're on the same team anyway|jun",
      "Trois nouveaux arrivent le 6, il faut des portables, des comptes et des parrains|je veux bien parrainer Jun, on est dans la même équipe|Jun",
      "Llegan tres personas nuevas el día 6, necesitamos portátiles, cuentas y mentores|me ofrezco para ser la mentora de Jun, estamos en el mismo equipo|Jun",
      "Chegam três pessoas novas no dia 6, precisamos de notebooks, contas e padrinhos|me ofereço pra ser o padrinho do Jun, estamos no mesmo time|Jun"})
  void an_offer_naming_what_it_takes_is_the_speakers_task(String context, String offer,
      String object) {
    assertThat(items("U1", context, "U2", offer))
        .filteredOn(a -> "U2".equals(a.owner()))
        .singleElement().satisfies(a -> assertThat(a.text()).contains(object));
  }

  @Test
  void being_happy_to_report_news_takes_nothing_on() {
    assertThat(items(
        "U1", "how is the backfill of the orders table going?",
        "U2", "I'm happy to report the backfill finished overnight, all 1.9M rows are in"))
        .isEmpty();
  }
}
