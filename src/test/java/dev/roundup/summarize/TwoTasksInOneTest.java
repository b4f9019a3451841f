package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoTasksInOneTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void two_tasks_after_a_comma_and_and_are_two_items_each_with_its_own_date() {
    List<ActionItem> found = items(
        "U1", "disconnects are back to baseline after the annotation change",
        "U2", "I'll write the postmortem, and reply to the 6 tickets today");
    assertThat(found).extracting(ActionItem::text)
        .containsExactly("Write the postmortem", "Reply to the 6 tickets today");
    assertThat(found).extracting(ActionItem::owner).containsOnly("U2");
    assertThat(found).extracting(ActionItem::due).containsExactly(null, "today");
  }

  @Test
  void two_verbs_joined_without_a_comma_stay_one_task() {
    assertThat(items(
        "U1", "the CSV parser chokes on quoted newlines",
        "U2", "I'll fix the parser and add a test for quoted newlines"))
        .extracting(ActionItem::text)
        .containsExactly("Fix the parser and add a test for quoted newlines");
  }

  @Test
  void what_follows_the_and_that_is_no_task_of_the_speakers_stays_with_the_first() {
    assertThat(items(
        "U1", "the CSV parser chokes on quoted newlines",
        "U2", "I'll fix the parser tomorrow, and then we'll see what support says")).hasSize(1);
    assertThat(items(
        "U1", "precisamos decidir a ferramenta de suporte",
        "U2", "beleza, fico com o Zendesk por mais um ano, e reavaliamos no fim de 2027"))
        .hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void keeping_a_thing_in_mind_after_the_and_is_how_the_task_is_done_not_a_second_task() {
    assertThat(items(
        "U1", "Piet, lighting plan to me by next Wednesday, and remember the 50 lux limit for textiles.",
        "U2", "on it"))
        .singleElement().extracting(ActionItem::text).asString().contains("lighting plan");
    assertThat(items(
        "U1", "ich schicke dir den Lichtplan bis Mittwoch, und denk an die Grenze von 50 Lux"))
        .hasSize(1);
    assertThat(items(
        "U1", "yo preparo el plan de iluminación para el miércoles, y recuerda el límite de 50 lux"))
        .hasSize(1);
    // Near miss: remembering to do something is a task of its own.
    assertThat(items(
        "U1", "I'll send the lighting plan by wednesday, and remember to book the lift for the install"))
        .hasSize(2);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      <@UJO> pregunta al teatro si tienen proyector de préstamo, y si no llama a los de alquiler | vale, lo hago ahora
      <@UJO> demande au théâtre un projecteur en prêt, et sinon appelle le loueur | ok je m'en occupe
      <@UJO> frag beim Theater nach einem Leihbeamer, und falls nicht ruf den Verleih an | ok mach ich
      <@UJO> pergunta ao teatro por um projetor emprestado, e senão liga pra locadora | beleza, faço agora
      """)
  void what_to_do_if_the_first_fails_is_the_same_task(String asked, String answer) {
    assertThat(items("UCLARA", asked, "UJO", answer)).hasSize(1);
  }

  @Test
  void a_second_task_with_its_own_verb_after_the_and_is_still_split() {
    assertThat(items("UCLARA", "<@UJO> ask the venue for a loan projector, and book the van for friday",
        "UJO", "on it")).hasSize(2);
  }
}
