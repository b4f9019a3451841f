package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task the speaker takes on by saying they do it, subject first ("Ich schreib das
 * Cleanup-Skript"), or by offering help with a part of someone's task ("ich helf dir beim Teil in
 * der Pipeline", "te ayudo con la parte del pipeline"), in each language.
 */
class TasksTakenForAPartTest {

  private static List<String> owners(String... userTextPairs) {
    return Threads.actionItems(userTextPairs).stream().map(ActionItem::owner).toList();
  }

  private static final String ASKED_DE = "Die Preview-Umgebungen gemergter PRs stehen oft wochenlang rum";

  @Test
  void a_german_task_said_subject_first_is_the_speakers() {
    assertThat(owners("U1", ASKED_DE,
        "U2", "Ich schreib das Cleanup-Skript für die gemergten PRs")).containsExactly("U2");
    assertThat(owners("U1", ASKED_DE,
        "U2", "Ich kenne das Problem von der alten Pipeline")).isEmpty();
    assertThat(owners("U1", ASKED_DE,
        "U2", "Ich hatte das gleiche Problem im letzten Projekt")).isEmpty();
  }

  @Test
  void help_offered_for_a_part_is_a_task_in_each_language() {
    assertThat(owners("U1", ASKED_DE,
        "U1", "Ich schreib das Cleanup-Skript für die gemergten PRs",
        "U2", "Ich helf dir beim Teil in der Pipeline, wenn du magst, bin da eh gerade drin"))
        .containsExactly("U1", "U2");
    assertThat(owners("U1", "il faut un script de nettoyage pour les environnements de preview",
        "U2", "je t'aide pour la partie pipeline si tu veux")).containsExactly("U2");
    assertThat(owners("U1", "hace falta un script de limpieza para los entornos de preview",
        "U2", "te ayudo con la parte del pipeline si quieres")).containsExactly("U2");
    assertThat(owners("U1", "precisamos de um script de limpeza para os ambientes de preview",
        "U2", "te ajudo com a parte do pipeline se quiser")).containsExactly("U2");
    assertThat(owners("U1", "プレビュー環境の削除スクリプトが必要です",
        "U2", "パイプラインの部分を手伝います")).containsExactly("U2");
  }

  @Test
  void help_that_was_given_or_is_only_thanked_for_is_no_task() {
    assertThat(owners("U1", "hace falta un script de limpieza para los entornos de preview",
        "U2", "gracias por la ayuda con la parte del pipeline")).isEmpty();
  }
}
