package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlansInThePresentTest {

  private static List<String> owners(String... userTextPairs) {
    return Threads.actionItems(userTextPairs).stream().map(ActionItem::owner).toList();
  }

  @Test
  void a_german_plan_with_the_object_first_and_a_time_is_the_speakers() {
    assertThat(owners(
        "U1", "DHL holt um 19 Uhr statt um 17 Uhr ab, das passt für den Versand heute.",
        "U2", "Postmortem schreib ich bis Freitag")).containsExactly("U2");
    assertThat(owners(
        "U1", "DHL holt um 19 Uhr statt um 17 Uhr ab, das passt für den Versand heute.",
        "U2", "Das glaube ich bis Freitag nicht mehr")).isEmpty();
    assertThat(owners(
        "U1", "DHL holt um 19 Uhr statt um 17 Uhr ab, das passt für den Versand heute.",
        "U2", "Den Fehler im Druckdienst sehen wir uns gemeinsam an")).isEmpty();
  }

  @Test
  void a_spanish_or_portuguese_plan_after_an_acceptance_is_the_speakers() {
    assertThat(owners(
        "U1", "sí, política de transparencia: les avisamos hoy por escrito, sin detalles técnicos.",
        "U2", "vale, redacto el correo y te lo paso antes de enviarlo")).containsExactly("U2");
    assertThat(owners(
        "U1", "la opción de claves de API por usuario les evitaría el bloqueo.",
        "U2", "genial, se lo propongo al cliente")).containsExactly("U2");
    assertThat(owners(
        "U1", "¿podemos arrancar la nueva rotación de guardias en junio?",
        "U2", "sí, claro, el equipo está de acuerdo")).isEmpty();
    assertThat(owners(
        "U1", "O Zendesk pode dar desconto num contrato de 2 anos, vale perguntar.",
        "U2", "beleza, falo com o account manager deles essa semana")).containsExactly("U2");
    assertThat(owners(
        "U1", "O Zendesk pode dar desconto num contrato de 2 anos, vale perguntar.",
        "U2", "sim, acho o desconto pouco provável")).isEmpty();
  }

  @Test
  void a_french_plan_after_an_acceptance_is_the_speakers() {
    assertThat(owners(
        "U1", "le client a besoin du fichier corrigé avant demain midi pour son import.",
        "U2", "ok, je lui envoie le fichier corrigé")).containsExactly("U2");
    assertThat(owners(
        "U1", "le client a besoin du fichier corrigé avant demain midi pour son import.",
        "U2", "ok, je pense que le fichier est bon")).isEmpty();
  }

  @Test
  void an_english_plan_in_the_ing_form_after_an_acceptance_is_the_speakers() {
    assertThat(owners(
        "U1", "we could ask aws support if they keep anything longer on their side. long shot",
        "U2", "pls do",
        "U1", "ok, opening a case")).containsExactly("U1");
    assertThat(owners(
        "U1", "Can we still deploy the marketing site? It's static.",
        "U2", "Yes, marketing site is exempt.")).isEmpty();
    assertThat(owners(
        "U1", "I think enterprise has a policy for that but nobody has checked.",
        "U2", "ok, leaving that for now")).isEmpty();
  }

  @Test
  void an_english_plan_in_the_ing_form_with_a_time_to_come_is_the_speakers() {
    String asked = "we still need to send the invoice to acme and call their finance lead";
    assertThat(owners("U1", asked, "U2", "calling their finance lead tomorrow morning"))
        .containsExactly("U2");
    assertThat(owners("U1", asked, "U2", "i'm sending the invoice friday")).containsExactly("U2");
    // away, a noun, or what happens to a thing: no plan
    assertThat(owners("U1", asked, "U2", "flying to berlin tomorrow, back thursday")).isEmpty();
    assertThat(owners("U1", asked, "U2", "reading room closed today and tomorrow")).isEmpty();
    assertThat(owners("U1", asked, "U2", "glazing finishes tonight")).isEmpty();
    assertThat(owners("U1", asked, "U2", "signing got pushed to tomorrow")).isEmpty();
  }

  @Test
  void a_french_plan_in_the_present_with_a_time_to_come_is_the_speakers() {
    String asked = "il faut encore envoyer la facture à Acme et appeler leur comptable";
    assertThat(owners("U1", asked, "U2", "j'envoie la facture à Acme vendredi"))
        .containsExactly("U2");
    assertThat(owners("U1", asked, "U2", "j'appelle leur comptable demain matin"))
        .containsExactly("U2");
    // away, a thought, or a wish: no plan
    assertThat(owners("U1", asked, "U2", "je suis en congé demain")).isEmpty();
    assertThat(owners("U1", asked, "U2", "je pense que demain ça ira")).isEmpty();
    assertThat(owners("U1", asked, "U2", "j'aimerais qu'on boucle tout ici d'ici vendredi"))
        .isEmpty();
  }

  @Test
  void a_japanese_task_the_speaker_says_comes_from_them_is_theirs() {
    assertThat(owners(
        "U1", "画像アップロードが復旧しました。",
        "U2", "ありがとうございます。問い合わせの5件には私から復旧の連絡をします")).containsExactly("U2");
    assertThat(owners(
        "U1", "画像アップロードが復旧しました。",
        "U2", "私からは以上です")).isEmpty();
  }
}
