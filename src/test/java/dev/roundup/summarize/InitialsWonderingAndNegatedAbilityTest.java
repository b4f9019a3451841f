package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Action items that hinge on a small word: an initial in a user name is no first name ("I will
 * raise the order" is not a task for "i.mehta"); wondering aloud is no task ("je me demande si
 * on devrait …"); an ability denied with the object pronoun before the verb ("eso no lo puedo
 * borrar yo") is no commitment; and a plan in the present that goes on with "and" ("und ich bau
 * ihn morgen ein", "y lo instalo mañana") still is one.
 */
class InitialsWonderingAndNegatedAbilityTest {

  private static List<ActionItem> items(Map<String, String> names, String... userTextPairs) {
    return Threads.actionItems(names, userTextPairs);
  }

  private static List<ActionItem> items(String... userTextPairs) {
    return items(Map.of(), userTextPairs);
  }

  @Test
  void an_initial_in_a_user_name_is_not_the_pronoun_i_nor_the_word_e() {
    Map<String, String> names = Map.of("U1", "h.okafor", "U2", "i.mehta", "U3", "e.costa",
        "U4", "rui.souza");
    assertThat(items(names,
        "U1", "The records room stays closed. I will raise the purchase order this morning.",
        "U2", "Agreed."))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(names,
        "U3", "a seguradora cobre a partir dos 16 anos, abaixo disso só com uma apólice extra",
        "U4", "então fica assim: com 14 e 15 anos só com autorização dos pais",
        "U4", "e eu contrato a apólice extra na segunda",
        "U3", "combinado"))
        .extracting(ActionItem::owner).containsExactly("U4");
    // A first name of two letters or more still names its person.
    assertThat(items(names,
        "U1", "rui, can you update the rota by friday?",
        "U4", "ok"))
        .extracting(ActionItem::owner).containsExactly("U4");
  }

  @Test
  void wondering_aloud_is_no_task_in_any_language() {
    assertThat(items(
        "U2", "la migration vers Postgres 16 est prévue pour samedi soir, fenêtre de deux heures",
        "U1", "Je me demande si on devrait pas passer sur Aurora un jour, mais bon",
        "U2", "un jour peut-être")).isEmpty();
    assertThat(items(
        "U1", "I wonder if we should move the wiki to Notion one day",
        "U2", "maybe")).isEmpty();
    assertThat(items(
        "U1", "me pregunto si deberíamos montar un almacén en Tenerife",
        "U2", "algún día")).isEmpty();
    // Near miss: a plan said plainly is the speaker's task.
    assertThat(items(
        "U2", "la migration vers Postgres 16 est prévue pour samedi soir, fenêtre de deux heures",
        "U1", "Je rédige le runbook de la migration d'ici jeudi",
        "U2", "top")).extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "I'll write the migration runbook by thursday",
        "U2", "great")).extracting(ActionItem::owner).containsExactly("U1");
  }

  @Test
  void an_ability_denied_with_the_pronoun_before_the_verb_is_no_commitment() {
    assertThat(items(
        "U1", "hay 6 TB de checkpoints viejos de alguien que ya no está",
        "U2", "eso no lo puedo borrar yo sin permiso de la PI")).isEmpty();
    assertThat(items(
        "U1", "tem 6 TB de checkpoints antigos de alguém que já saiu",
        "U2", "isso não o posso apagar sem autorização da coordenadora")).isEmpty();
    // Near miss: the same ability offered is one.
    assertThat(items(
        "U1", "hay 6 TB de checkpoints viejos de alguien que ya no está",
        "U2", "eso lo puedo borrar yo esta tarde"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "tem 6 TB de checkpoints antigos de alguém que já saiu",
        "U2", "eu posso apagar isso hoje à tarde"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void a_plan_in_the_present_going_on_with_and_is_the_speakers() {
    assertThat(items(
        "U1", "Ersatzsensor ist bestellt, kommt morgen früh",
        "U1", "und ich bau ihn morgen direkt ein sobald er da ist",
        "U2", "gut"))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "el sensor nuevo está pedido, llega mañana",
        "U1", "y lo instalo mañana en cuanto llegue",
        "U2", "genial"))
        .extracting(ActionItem::owner).containsExactly("U1");
    // Near miss: "and" before what is only known is no plan.
    assertThat(items(
        "U1", "Ersatzsensor ist bestellt",
        "U1", "und ich weiß morgen mehr",
        "U2", "gut")).isEmpty();
    assertThat(items(
        "U1", "el sensor nuevo está pedido",
        "U1", "y creo que llega mañana",
        "U2", "genial")).isEmpty();
  }
}
