package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "boa pergunta, vou ver se a universidade libera a van": a check put to someone else is the
 * speaker's task, after an aside of its own or not. "vou ver se dá", "vou ver se tem vaga" only
 * hope.
 */
class ChecksPutToSomeoneTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "e a volta dos voluntários? o último ônibus sai meia-noite"
          + "|boa pergunta, vou ver se a universidade libera a van|universidade libera a van",
      "o barco do IO tá reservado pra outro projeto na quinta?"
          + "|tá sim, vou ver se eles trocam com a gente|eles trocam"})
  void a_check_put_to_someone_else_is_the_speakers_task(String asked, String reply, String task) {
    assertThat(Threads.actionItems("U1", asked, "U2", reply))
        .filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase(task));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "o limite de anexo é 25MB?|é sim, ficou assim desde a migração. vou ver se dá pra subir",
      "a gente consegue o desconto de grupo?|vou ver se tem vaga ainda"})
  void a_hope_or_a_forecast_is_no_task(String asked, String reply) {
    assertThat(Threads.actionItems("U1", asked, "U2", reply))
        .filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }
}
