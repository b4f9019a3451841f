package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "ya llamo yo mañana", "já ligo eu amanhã", "c'est moi qui appelle la mairie demain": the one
 * doing it named after the verb, or with "c'est moi qui", takes a task on without an opener; "creo
 * yo que no", "acho eu que não", "c'est moi qui ai fait le déploiement" take nothing on. A
 * commitment that says no object of its own, after someone else's non-answer to a who-question,
 * takes the question's, even from whoever asked ("who calls the council about the lights?" — "no
 * idea" — "I'll call tomorrow then").
 */
class TakingItOnAfterANonAnswerTest {

  private static List<String> plans(Cues cues, String text) {
    return cues.planInPresent().matcher(text).find() ? List.of(text) : List.of();
  }

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void the_one_doing_it_named_after_the_verb_takes_it_on() {
    assertThat(plans(Cues.SPANISH, "ya llamo yo mañana, tengo el móvil del concejal")).hasSize(1);
    assertThat(plans(Cues.SPANISH, "lo miro yo esta tarde")).hasSize(1);
    assertThat(plans(Cues.PORTUGUESE, "já ligo eu amanhã pra prefeitura")).hasSize(1);
    assertThat(plans(Cues.FRENCH, "bon, c'est moi qui appelle la mairie demain")).hasSize(1);
  }

  @Test
  void what_one_thinks_or_did_is_no_task() {
    assertThat(plans(Cues.SPANISH, "creo yo que no hace falta")).isEmpty();
    assertThat(plans(Cues.SPANISH, "como yo decía, los focos están fundidos")).isEmpty();
    assertThat(plans(Cues.PORTUGUESE, "acho eu que não precisa")).isEmpty();
    assertThat(plans(Cues.FRENCH, "c'est moi qui ai fait le déploiement hier")).isEmpty();
  }

  @Test
  void a_commitment_after_a_non_answer_to_who_takes_the_questions_task() {
    List<ActionItem> en = items(
        "U1", "who calls the council about the north lights?",
        "U2", "no idea who you even call there",
        "U1", "ok I'll call tomorrow then");
    assertThat(en).extracting(ActionItem::owner).containsExactly("U1");
    assertThat(en.get(0).text()).containsIgnoringCase("council");
    List<ActionItem> es = items(
        "U1", "¿quién llama al ayuntamiento por los focos?",
        "U2", "ni idea de a quién hay que llamar ahí",
        "U1", "ya llamo yo mañana");
    assertThat(es).extracting(ActionItem::owner).containsExactly("U1");
  }

  @Test
  void a_question_answered_lends_no_task_to_the_asker() {
    List<ActionItem> en = items(
        "U1", "who calls the council about the north lights?",
        "U2", "Lucia handles the council, she has the number",
        "U1", "ok I'll call tomorrow then");
    assertThat(en).extracting(ActionItem::text).noneMatch(t -> t.contains("council about"));
  }
}
