package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "je confirme, player ouvert, 0 son": vouching for a fact is no task, nor is "ok je note"; "je
 * confirme avec le pasteur ce soir" is one.
 */
class FactsVouchedForTest {

  private static final String ASKED = "le stream de la matinale est muet depuis 7h ?";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "je confirme, player ouvert, 0 son. et le compteur affiche 340 auditeurs",
      "je confirme c'est une voie engin, il faut 3,50 m libres",
      "on peut pas recoudre sur cette reliure. je confirme",
      "ok je note",
      "je note bien",
      "je confirme le bug, même chose chez moi",
      "je note mon désaccord mais ok"})
  void a_fact_vouched_for_is_no_task(String said) {
    assertThat(Threads.actionItems("U1", ASKED, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "je confirme avec le pasteur ce soir|pasteur",
      "je confirme à l'EFS demain|EFS"})
  void a_confirmation_still_to_make_is_a_task(String said, String task) {
    assertThat(Threads.actionItems("U1", ASKED, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).contains(task));
  }
}
