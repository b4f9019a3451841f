package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Questions left open in passing: put off with a date in an aside ("rotation we figure out
 * later", "if the translations arrive in time, yes. we confirm on monday"), answered for the most
 * part with doubt about the rest, taken to another channel; and beside each, the reply that does
 * answer. Also the questions a who-question's reply answers by saying whose job it is, and the
 * tasks these exchanges leave: asking the question elsewhere, passing it on, a need for someone
 * that is only agreed to.
 */
class QuestionsPutOffInPassingTest {

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void a_question_put_off_in_the_present_tense_stays_open_in_every_language() {
    assertThat(open("U1", "who rotates the secrets? manual or lambda rotation?",
        "U2", "rotation we figure out later, not blocking")).hasSize(1);
    assertThat(open("U1", "Und wer kümmert sich eigentlich um die Rotation der Secrets, manuell"
            + " oder mit einer Lambda?",
        "U2", "Die Rotation klären wir später, das ist für die Migration nicht wichtig"))
        .hasSize(1);
    assertThat(open("U1", "Et qui s'occupe de la rotation des secrets, à la main ou avec une"
            + " lambda ?",
        "U2", "La rotation, on verra plus tard, ce n'est pas bloquant pour la migration"))
        .hasSize(1);
    assertThat(open("U1", "¿Y quién se encarga de la rotación de los secretos, a mano o con una"
            + " lambda?",
        "U2", "La rotación lo vemos más adelante, no es necesaria para la migración"))
        .hasSize(1);
    assertThat(open("U1", "E quem cuida da rotação dos segredos, na mão ou com uma lambda?",
        "U2", "A rotação a gente vê depois, não é necessária para a migração")).hasSize(1);
    assertThat(open("U1", "シークレットのローテーションは誰がやりますか？",
        "U2", "ローテーションは後で考えます")).hasSize(1);
  }

  @Test
  void a_plain_answer_after_the_same_words_still_answers() {
    assertThat(open("U1", "who rotates the secrets?",
        "U2", "the platform team rotates them, we figured that out last week")).isEmpty();
    assertThat(open("U1", "¿Y quién se encarga de la rotación de los secretos, a mano o con una"
            + " lambda?",
        "U2", "La rotación la hace el equipo de plataforma con una lambda, está en el runbook"))
        .isEmpty();
  }

  @Test
  void a_yes_on_a_condition_that_goes_on_to_put_it_off_leaves_it_open() {
    assertThat(open("U1", "¿mantenemos el 15 de abril entonces?",
        "U2", "por mi sí",
        "U3", "si la revisión de traducciones llega a tiempo, sí. lo confirmamos el lunes"))
        .singleElement().asString().contains("lo confirmamos el lunes");
    assertThat(open("U1", "do we keep April 15 then?",
        "U2", "if the translations arrive in time, yes. we confirm on monday")).hasSize(1);
    assertThat(open("U1", "Bleibt es dann beim Starttermin am 15. April für die App?",
        "U2", "Wenn die Übersetzungen rechtzeitig kommen, ja. Das bestätigen wir am Montag"))
        .hasSize(1);
    assertThat(open("U1", "On garde donc la date du 15 avril pour le lancement de l'appli ?",
        "U2", "Si les traductions arrivent à temps, oui. On confirme lundi avec l'équipe"))
        .hasSize(1);
    assertThat(open("U1", "Então mantemos a data de 15 de abril para o lançamento do app?",
        "U2", "Se as traduções chegarem a tempo, sim. Confirmamos na segunda com a equipe"))
        .hasSize(1);
  }

  @Test
  void a_yes_on_a_condition_that_stops_there_answers() {
    assertThat(open("U1", "do we keep April 15 then?",
        "U2", "if the translations arrive in time, yes. they're on track")).isEmpty();
    assertThat(open("U1", "¿mantenemos el 15 de abril entonces?",
        "U2", "si la revisión llega a tiempo, sí. va bien encaminada")).isEmpty();
  }

  @Test
  void an_answer_for_the_most_part_with_doubt_about_the_rest_leaves_it_open() {
    assertThat(open("U1", "what about the recording rules, do they translate 1:1?",
        "U2", "mostly. a few use holt_winters and I'm not sure that's supported there"))
        .hasSize(1);
    assertThat(open("U1", "Und die Recording Rules, lassen die sich eigentlich 1:1 übernehmen?",
        "U2", "Größtenteils. Ein paar nutzen holt_winters und da bin ich mir nicht sicher,"
            + " ob das dort geht")).hasSize(1);
    assertThat(open("U1", "Et les règles d'enregistrement, est-ce qu'elles passent telles quelles ?",
        "U2", "En grande partie. Quelques-unes utilisent holt_winters et je ne suis pas sûr que"
            + " ce soit pris en charge")).hasSize(1);
    assertThat(open("U1", "¿Y las reglas de grabación se pueden pasar tal cual al nuevo sistema?",
        "U2", "En su mayoría. Algunas usan holt_winters y no estoy seguro de que eso funcione"
            + " allí")).hasSize(1);
    assertThat(open("U1", "E as regras de gravação, dá para passar do jeito que estão para o novo"
            + " sistema?",
        "U2", "Em grande parte. Algumas usam holt_winters e não tenho certeza se isso funciona"
            + " lá")).hasSize(1);
  }

  @Test
  void an_answer_for_the_most_part_without_doubt_answers() {
    assertThat(open("U1", "what about the recording rules, do they translate 1:1?",
        "U2", "mostly. the few with holt_winters need a rewrite, I'll do those")).isEmpty();
  }

  @Test
  void a_memory_after_the_question_was_put_off_does_not_answer_it() {
    assertThat(open("U1", "and feedback: in-app form or a slack connect channel?",
        "U2", "idk, both have tradeoffs. let's decide at thursday's sync",
        "U3", "i remember we had a feedback form in the 4.0 beta, nobody used it lol"))
        .hasSize(1);
    assertThat(open("U1", "Et pour les retours des testeurs, on prend un formulaire dans l'appli"
            + " ou un canal partagé avec eux ?",
        "U2", "Aucune idée, on en décide à la réunion de jeudi avec l'équipe",
        "U3", "Je me souviens qu'on avait un formulaire dans l'appli pour les retours de la 4.0,"
            + " personne ne l'a utilisé")).hasSize(1);
  }

  @Test
  void a_question_taken_to_another_channel_stays_open_and_asking_it_is_a_task() {
    String[] thread = {
        "U1", "would they get a prorated refund for someone deactivated on day 1?",
        "U2", "hmm good q, no idea how proration works in that case. maybe billing knows",
        "U1", "ok I'll ask in #billing"};
    assertThat(open(thread)).hasSize(1);
    assertThat(items(thread)).singleElement().satisfies(item -> {
      assertThat(item.owner()).isEqualTo("U1");
      assertThat(item.text()).startsWith("Ask in #billing").contains("prorated refund");
    });
  }

  @Test
  void a_bare_promise_to_ask_with_no_question_before_it_is_no_task() {
    assertThat(items("U1", "the export finished overnight",
        "U2", "ok I'll ask in #billing")).isEmpty();
  }

  @Test
  void saying_whose_job_it_is_answers_a_who_question_in_every_language() {
    assertThat(open("U1", "who does the Okta group mapping? we need eng/support/sales groups",
        "U2", "that's on IT, I'll ask them")).isEmpty();
    assertThat(open("U1", "Und wer macht eigentlich die Zuordnung der Gruppen in Okta für die"
            + " Teams?",
        "U2", "Das liegt bei der IT, ich frage sie heute noch")).isEmpty();
    assertThat(open("U1", "Et qui s'occupe de la correspondance des groupes dans Okta pour les"
            + " équipes ?",
        "U2", "Ça, c'est pour l'IT, je leur demande aujourd'hui")).isEmpty();
    assertThat(open("U1", "¿Y quién se encarga de asignar los grupos en Okta para los equipos?",
        "U2", "Eso le toca a IT, les pregunto hoy mismo")).isEmpty();
    assertThat(open("U1", "E quem cuida do mapeamento dos grupos no Okta para as equipes?",
        "U2", "Isso é com a TI, eu pergunto para eles hoje")).isEmpty();
    assertThat(open("U1", "Oktaのグループ設定は誰がやりますか？",
        "U2", "それは情シスの担当です。聞いておきます")).isEmpty();
  }

  @Test
  void whose_job_does_not_answer_a_question_that_is_not_about_who() {
    assertThat(open("U1", "do the Okta groups cover contractors too?",
        "U2", "that's on IT, I'll ask them")).hasSize(1);
  }

  @Test
  void the_one_who_passes_it_on_owns_getting_it_done() {
    assertThat(items("U1", "who does the Okta group mapping? we need eng/support/sales groups",
        "U2", "that's on IT, I'll ask them",
        "U2", "update: IT said they'll create the groups by Thursday",
        "U3", "and Jira?",
        "U2", "TBD, let's look at it once the first three are done"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void a_casual_japanese_request_to_someone_mentioned_is_their_task() {
    assertThat(items("U1", "既存の古い依存、lodash 3系とかはどうする？",
        "U2", "それは別タスクだね。<@U1> 棚卸ししてもらえる？",
        "U1", "了解、来週までにリスト作ります"))
        .extracting(ActionItem::owner).containsExactly("U1");
  }

  @Test
  void a_need_for_someone_only_agreed_to_is_a_task_without_an_owner() {
    assertThat(items("U1", "we'll need someone to handle travel for the speakers",
        "U2", "yeah")).singleElement().satisfies(item -> {
          assertThat(item.owner()).isNull();
          assertThat(item.text()).isEqualTo("Handle travel for the speakers");
        });
    assertThat(items("U1", "il faut quelqu'un pour gérer les voyages des intervenants",
        "U2", "d'accord")).extracting(ActionItem::owner).containsExactly((String) null);
  }

  @Test
  void a_need_someone_takes_is_theirs_and_one_put_off_is_no_task() {
    assertThat(items("U1", "we'll need someone to handle travel for the speakers",
        "U2", "I can be there, I'll handle it")).extracting(ActionItem::owner)
        .containsExactly("U2");
    assertThat(items("U1", "we'll need someone to handle travel for the speakers",
        "U2", "not sure we do, let's see after the budget review")).isEmpty();
  }
}
