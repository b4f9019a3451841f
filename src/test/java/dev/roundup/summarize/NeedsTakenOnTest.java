package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A need for someone said as a statement ("we need someone to be onsite on the 13th") or asked
 * together with more ("wer ist in der Nacht dabei? ich kann, aber nicht allein") is the task of
 * the next voice naming itself ("I can be there", "ich bin dabei"); a reply naming someone else
 * or saying no takes nothing.
 */
class NeedsTakenOnTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "also we need someone to be onsite on the 13th for the ISP install|I can be there|onsite",
      "Für den Umzug brauchen wir noch: wir brauchen jemanden, der am Freitag beim Techniker vor Ort ist|ich bin dabei|Techniker",
      "Pour le déménagement, il faut quelqu'un pour accueillir le technicien le 13 au bureau|je peux, je serai là toute la journée|technicien",
      "Para la mudanza necesitamos a alguien que reciba al técnico el día 13 en la oficina|yo puedo, estaré allí toda la mañana|técnico",
      "Para a mudança precisamos de alguém para receber o técnico no dia 13 no escritório|eu posso, estarei lá de manhã|técnico",
      "13日のISP工事に立ち会ってくれる人が必要です|私が行けます|工事"})
  void a_need_said_as_a_statement_is_the_task_of_the_one_who_names_themselves(String need,
      String reply, String word) {
    assertThat(items("U1", need, "U2", reply))
        .filteredOn(a -> "U2".equals(a.owner()))
        .singleElement().satisfies(a -> assertThat(a.text()).contains(word));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Pour le déménagement, qui sera là pour l'installation de la fibre vendredi ?|moi, je serai là toute la matinée",
      "¿Quién va a estar allí para la instalación de la fibra el viernes?|yo, estaré toda la mañana",
      "Quem estará lá para a instalação da fibra na sexta?|eu, fico lá a manhã toda"})
  void asking_who_will_be_there_is_answered_by_the_one_who_will(String question,
      String reply) {
    assertThat(items("U1", question, "U2", reply)).extracting(ActionItem::owner)
        .containsExactly("U2");
  }

  @Test
  void a_who_question_asked_with_more_is_the_task_of_the_one_who_says_they_are_in() {
    assertThat(items(
        "U1", "Der Umzug der Datenbank ist am Sonntag. Wer ist in der Nacht dabei? ich kann, aber"
            + " nicht allein",
        "U2", "ich bin dabei"))
        .filteredOn(a -> "U2".equals(a.owner()))
        .singleElement().satisfies(a -> assertThat(a.text()).contains("Nacht dabei"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "also we need someone to be onsite on the 13th for the ISP install|<@U3> could do it, she lives next door",
      "also we need someone to be onsite on the 13th for the ISP install|no, I'm out that week",
      "also we need someone to be onsite on the 13th for the ISP install|I can be there? not sure I'm in town"})
  void a_reply_naming_someone_else_or_saying_no_takes_nothing(String need, String reply) {
    assertThat(items("U1", need, "U2", reply)).extracting(ActionItem::owner)
        .doesNotContain("U2");
  }
}
