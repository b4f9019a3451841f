package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One commitment is one item ({@link SameCommitment}): work asked of nobody ("can someone update
 * the macro?") and then handed to someone by naming only its thing ("<@yusuf> can you take the
 * macro?", "kannst du das Makro übernehmen?", "pode pegar a macro?") is one task, theirs, in the
 * words that said what the work is; and a request taken on by a pronoun or a time alone ("sure,
 * i'll get it done first thing tomorrow") keeps the request's words. A request for other work on the same thing is a task of its own.
 */
class WorkHandedOnByNamingItTest {

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | can someone update the macro? it still says name changes are not possible | <@UY> can you take the macro? | Update the macro
      de | kann jemand das Makro aktualisieren? da steht noch, Namensänderung nicht möglich | <@UY> kannst du das Makro übernehmen? | Das Makro aktualisieren
      fr | quelqu'un peut mettre à jour la macro ? elle dit encore changement impossible | <@UY> tu peux prendre la macro ? | Mettre à jour la macro
      es | ¿alguien puede actualizar la plantilla? todavía dice que no se puede | <@UY> ¿puedes encargarte de la plantilla? | Actualizar la plantilla
      pt | alguém pode atualizar a macro? ainda diz que não é possível | <@UY> pode pegar a macro? | Atualizar a macro
      """)
  void work_asked_of_nobody_and_handed_on_by_its_thing_is_one_task(String language,
      String asked, String handed, String wording) {
    List<ActionItem> items = Threads.actionItems(
        "UG", "the customer pays the airline's fee, we waive ours", "UT", asked, "UG", handed);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).owner()).isEqualTo("UY");
    assertThat(items.get(0).text()).isEqualTo(wording);
    assertThat(items.get(0).sources()).hasSize(2);
  }

  @Test
  void japanese_work_handed_on_by_its_thing_is_one_task() {
    List<ActionItem> items = Threads.actionItems("UG", "航空会社の手数料はお客様負担です",
        "UT", "誰かマクロを更新してもらえますか？まだ古い文面です", "UG", "<@UY> マクロの件お願いできますか？",
        "UY", "はい、明日の朝やります");
    assertThat(items).extracting(ActionItem::owner).containsExactly("UY");
    // The request asked of nobody is the same task: cited with the one handing it on.
    assertThat(items.get(0).sources()).hasSize(3);
  }

  @Test
  void other_work_on_the_same_thing_is_a_task_of_its_own() {
    List<ActionItem> items = Threads.actionItems(
        "UG", "the customer pays the airline's fee, we waive ours",
        "UT", "can someone update the macro? it still says name changes are not possible",
        "UG", "<@UY> can you test the macro?");
    assertThat(items).hasSize(2);
  }

  @Test
  void a_request_taken_on_by_a_pronoun_keeps_its_words() {
    List<ActionItem> items = Threads.actionItems(
        "UT", "<@UY> can you update the macro?",
        "UY", "sure, i'll get it done first thing tomorrow");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).owner()).isEqualTo("UY");
    assertThat(items.get(0).text()).isEqualTo("Update the macro");
  }

  @Test
  void an_acceptance_that_says_what_it_does_keeps_its_own_words() {
    List<ActionItem> items = Threads.actionItems(
        "UT", "<@UL> can you take the refunds?",
        "UL", "yes, I'll run the refunds in one batch tomorrow morning from tom's sheet");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).text()).contains("one batch");
  }
}
