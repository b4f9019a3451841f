package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ways of taking something on beyond "I'll …": an obligation ("I have to ask Jorge", "tengo que
 * preguntarle a Jorge"), the present tense with a time ("Je préviens les RH cette semaine",
 * "Desligo agora"), and a task reported finished a few messages on; each beside the wordings that
 * only look like them (negations, hypotheticals, questions, past tense, musings).
 */
class CommitmentWordingsTest {

  private static List<ActionItem> items(Conversation conversation) {
    return Threads.actionItems(conversation);
  }

  private static List<String> owners(String... userTextPairs) {
    return items(Threads.chat(userTextPairs)).stream().map(ActionItem::owner).toList();
  }

  private static List<String> open(Conversation conversation) {
    return OpenQuestionDetector.detect(new PreparedConversation(conversation), Set.of()).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void an_obligation_the_speaker_takes_on_is_their_action_item_in_every_language() {
    assertThat(owners(
        "U1", "Who runs the backup before the migration, the vendor or us?",
        "U2", "No idea, I have to ask Jorge about the backup window.")).containsExactly("U2");
    assertThat(owners(
        "U1", "¿La copia de seguridad la hace el proveedor o nosotros?",
        "U2", "Ni idea, tengo que preguntarle a Jorge por la ventana de mantenimiento."))
        .containsExactly("U2");
    assertThat(owners(
        "U1", "Quem faz o backup antes da migração, o fornecedor ou nós?",
        "U2", "Não sei, tenho que perguntar ao Jorge sobre a janela de manutenção."))
        .containsExactly("U2");
    assertThat(owners(
        "U1", "Qui s'occupe de la sauvegarde avant la migration, le prestataire ou nous ?",
        "U2", "Aucune idée, je dois demander à Jorge pour la fenêtre de maintenance."))
        .containsExactly("U2");
    assertThat(owners(
        "U1", "Wer macht das Backup vor der Migration, der Dienstleister oder wir?",
        "U2", "Keine Ahnung, ich muss noch Jorge nach dem Wartungsfenster fragen."))
        .containsExactly("U2");
  }

  @Test
  void it_in_a_commitment_is_not_another_persons_dated_task_said_just_before() {
    List<ActionItem> items = items(Threads.chat(
        "U1", "Let's go with the 3-step checklist: invite your team, connect a channel, try a summary.",
        "U1", "I'll write the copy for the three steps by Wednesday.",
        "U2", "I will build it behind a flag and have it on staging on Thursday."));
    assertThat(items).extracting(ActionItem::owner).containsExactly("U1", "U2");
    assertThat(items.get(1).text()).contains("3-step checklist", "Build it behind a flag")
        .doesNotContain("write the copy");
    // near miss: a task with no date of its own is what "it" is
    List<ActionItem> hotfix = items(Threads.chat(
        "U1", "I'll ship a 4.12.2 hotfix that compares server revisions instead of timestamps",
        "U2", "I can QA it tomorrow morning"));
    assertThat(hotfix).extracting(ActionItem::owner).containsExactly("U1", "U2");
    assertThat(hotfix.get(1).text()).contains("4.12.2 hotfix");
  }

  @Test
  void an_obligation_denied_supposed_or_past_is_no_action_item() {
    assertThat(owners(
        "U1", "I have to say the new dashboard looks great.",
        "U2", "If I have to restart the workers again tonight I'll scream.",
        "U3", "I had to restart the workers twice yesterday.",
        "U4", "I don't have to sign anything for the vendor.")).isEmpty();
    assertThat(owners(
        "U1", "No tengo que firmar nada para el proveedor, ya está aprobado.",
        "U2", "Ayer tuve que reiniciar los servidores dos veces.")).isEmpty();
    assertThat(owners(
        "U1", "Não tenho que assinar nada para o fornecedor, já foi aprovado.",
        "U2", "Ontem tive que reiniciar os servidores duas vezes.")).isEmpty();
    assertThat(owners(
        "U1", "Je ne dois rien signer pour le prestataire, c'est déjà approuvé.",
        "U2", "Si je dois redémarrer les serveurs encore une fois, je démissionne.")).isEmpty();
    assertThat(owners(
        "U1", "Ich muss nichts für den Dienstleister unterschreiben, das ist schon freigegeben.",
        "U2", "Ich muss sagen, das neue Dashboard sieht gut aus.")).isEmpty();
  }

  @Test
  void the_present_tense_with_a_time_is_a_plan_in_french_spanish_and_portuguese() {
    assertThat(owners(
        "U1", "Le télétravail passe à trois jours par semaine à partir de janvier.",
        "U2", "Je préviens les RH cette semaine pour mettre à jour le règlement."))
        .containsExactly("U2");
    assertThat(owners(
        "U1", "El informe de ventas sigue saliendo con los importes duplicados.",
        "U2", "Vale, lo miro mañana con el equipo de datos.")).containsExactly("U2");
    assertThat(items(Threads.chat(
        "U1", "Então desliga o cron do relatório até amanhã, por favor.",
        "U2", "Beleza, desligo agora o cron do relatório.")))
        .extracting(ActionItem::owner).contains("U2");
  }

  @Test
  void the_present_tense_without_a_time_or_about_oneself_is_no_plan() {
    assertThat(owners(
        "U1", "Je crois que le correctif part jeudi avec la release.",
        "U2", "Je pars en vacances demain, bon courage à tous.")).isEmpty();
    assertThat(owners(
        "U1", "Creo que el arreglo sale mañana con la versión nueva.",
        "U2", "Eso mañana lo vemos en la reunión del equipo.")).isEmpty();
    assertThat(owners(
        "U1", "Acho que a correção sai amanhã com a nova versão.",
        "U2", "Isso agora não é prioridade para o time.")).isEmpty();
  }

  @Test
  void a_task_taken_and_reported_done_a_few_messages_on_is_not_listed() {
    assertThat(items(Threads.chat(
        "U1", "Can someone book the big room for the review?",
        "U2", "got it, booking now",
        "U1", "thanks. are we demoing the new flow?",
        "U3", "yes, rough is fine for an internal review",
        "U4", "I'll bring the projector adapter.",
        "U2", "room's booked")))
        .extracting(ActionItem::owner, ActionItem::text)
        .containsExactly(tuple("U4", "Bring the projector adapter"));
    assertThat(owners(
        "U1", "Le client attend une réponse sur son export PDF depuis ce matin.",
        "U2", "Je lui réponds tout de suite avec le contournement.",
        "U2", "C'est envoyé.")).isEmpty();
  }

  @Test
  void a_task_asked_about_rather_than_reported_done_stays_listed() {
    assertThat(owners(
        "U1", "Can someone book the big room for the review?",
        "U2", "got it",
        "U1", "is the room booked?")).containsExactly("U2");
  }

  @Test
  void a_guessed_yes_that_defers_or_redirects_leaves_the_question_open() {
    assertThat(open(Threads.chat(
        "U1", "Should we alert on the webhook error rate?",
        "U2", "probably, let's bring it to the postmortem")))
        .hasSize(1);
    assertThat(open(Threads.chat(
        "U1", "Do we need sign-off from the platform leads for this?",
        "U2", "probably, Mateo would know")))
        .hasSize(1);
  }

  @Test
  void a_guessed_yes_that_stands_on_its_own_answers() {
    assertThat(open(Threads.chat(
        "U1", "Should we alert on the webhook error rate?",
        "U2", "probably, a 5% threshold over ten minutes is a good start")))
        .isEmpty();
    assertThat(open(Threads.chat(
        "U1", "Is the fix going out with Thursday's release?",
        "U2", "probably yes, it's already merged")))
        .isEmpty();
  }
  @Test
  void an_obligation_given_as_the_reason_for_a_question_is_not_the_askers_task() {
    assertThat(owners(
        "U1", "Who has the Figma admin seat now? I need to add a contractor.",
        "U2", "It's me. I'll add your contractor today, send me their email."))
        .containsExactly("U2");
  }

  @Test
  void a_conclusion_in_the_askers_words_that_others_agree_to_is_a_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "Our Sentry contract renews in three weeks. Stay, or move to GlitchTip?",
        "U2", "GlitchTip was flaky with source maps.",
        "U1", "ok so we renew Sentry for one more year, and look again next spring",
        "U2", "👍",
        "U3", "fine with that")))
        .hasSize(1);
  }

  @Test
  void a_so_we_that_waits_or_needs_something_is_no_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "Our Sentry contract renews in three weeks. Stay, or move to GlitchTip?",
        "U1", "ok so we need to decide by Friday",
        "U2", "👍",
        "U1", "so we'll see what the quote says",
        "U3", "fine with that")))
        .isEmpty();
  }

  private static List<Point> decisions(Conversation conversation) {
    return DecisionDetector.detect(new PreparedConversation(conversation)).stream()
        .map(Detection::value).toList();
  }

  @Test
  void the_past_with_an_object_pronoun_is_told_not_taken_on() {
    assertThat(owners(
        "U1", "Donc on a travaillé avec le mauvais glossaire ?",
        "U2", "la v3 était dans un mail du 12, pas sur le drive. je l'ai vue trop tard")).isEmpty();
    assertThat(owners(
        "U1", "Et les bons de commande ?",
        "U2", "je les ai envoyés hier")).isEmpty();
    assertThat(owners(
        "U1", "¿Y la versión 3 del glosario?",
        "U2", "estaba en un correo del 12. yo la vi demasiado tarde")).isEmpty();
    // Near miss: the pronoun before a verb still to be done is a task.
    assertThat(owners(
        "U1", "Donc on a travaillé avec le mauvais glossaire ?",
        "U2", "oui, je la mets sur le drive aujourd'hui")).containsExactly("U2");
    assertThat(owners(
        "U1", "¿Y la versión 3 del glosario?",
        "U2", "yo la subo al drive hoy")).containsExactly("U2");
  }
}
