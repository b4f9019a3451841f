package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassingRemarksTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void a_bare_look_on_first_hearing_of_a_problem_is_no_task_in_any_language() {
    assertThat(items(
        "U1", "Client Maison Véran : l'import CSV de 4 000 contacts plante à 62 % avec une erreur.",
        "U2", "je regarde.",
        "U2", "ligne 2 481 : un champ téléphone avec un retour à la ligne dedans")).isEmpty();
    assertThat(items(
        "U1", "プッシュ通知が一部のAndroid端末に届いていないようです。",
        "U2", "確認します")).isEmpty();
    assertThat(items(
        "U1", "Im Lager druckt seit heute morgen kein einziges Versandetikett mehr.",
        "U2", "ich schau mal")).isEmpty();
  }

  @Test
  void a_look_at_something_named_stays_a_task() {
    assertThat(items(
        "U1", "他のお客様にも影響がありますか？",
        "U2", "わかりません。経理チームに確認します。"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "le parseur coupe la ligne en deux sur les champs entre guillemets.",
        "U2", "je regarde le parseur CSV cet après-midi"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void a_proposal_in_the_first_person_is_for_the_group_to_decide() {
    assertThat(items(
        "U1", "On doit quitter Confluence avant fin mars. Je propose qu'on migre vers Outline,"
            + " auto-hébergé. Des avis ?")).isEmpty();
    assertThat(items(
        "U1", "We have to leave the old wiki by March. I propose we migrate to Outline.")).isEmpty();
  }

  @Test
  void a_proposal_of_what_to_do_in_the_first_person_is_for_the_group_to_decide() {
    assertThat(items(
        "U1", "hay q decidir menú. yo propongo bajar a 4 platos, nada de burritos")).isEmpty();
    assertThat(items(
        "U1", "we need a menu for the fair. I suggest cutting it to 4 dishes")).isEmpty();
    assertThat(items(
        "U1", "precisamos fechar o cardápio. eu proponho tirar o burrito")).isEmpty();
    assertThat(items(
        "U1", "メニューを決めないと。4品に減らすことを提案します")).isEmpty();
    // Near miss: what the speaker will do stays a task.
    assertThat(items(
        "U1", "メニューを決めないと。メニュー表は私が明日作ります"))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "hay q decidir menú. yo preparo la lista de platos mañana"))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "we need a menu for the fair. I'll draft the 4 dishes tomorrow"))
        .extracting(ActionItem::owner).containsExactly("U1");
  }

  @Test
  void saying_when_one_is_free_is_no_task_and_a_deed_on_that_day_is() {
    assertThat(items(
        "U1", "turnos para el festival?",
        "U2", "turnos: yo puedo el sábado entero, el domingo solo hasta las 18")).isEmpty();
    assertThat(items(
        "U1", "shifts for the fair?",
        "U2", "I can do saturday, sunday only till 6")).isEmpty();
    assertThat(items(
        "U1", "des dispos pour le salon ?",
        "U2", "je peux samedi, dimanche seulement le matin")).isEmpty();
    assertThat(items(
        "U1", "フェアのシフトどうしますか？",
        "U2", "土曜なら行けます")).isEmpty();
    // Near misses: a deed named, on that day or before.
    assertThat(items(
        "U1", "turnos para el festival?",
        "U2", "puedo recoger el generador el sábado"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "the hotfix needs QA sign-off",
        "U2", "I can do it tomorrow morning"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void a_check_made_first_before_answering_keeps_the_question_open_instead() {
    assertThat(items(
        "U1", "also, should the take-home be paid? some companies pay $200",
        "U2", "not deciding that today, I need to check with finance first")).isEmpty();
    assertThat(items(
        "U1", "Welches Datum für das Teamevent? 12. oder 19. Juni?",
        "U2", "Weiß ich noch nicht, ich frage erst nach den Urlaubsplänen.")).isEmpty();
  }

  @Test
  void a_check_promised_without_first_or_not_in_answer_stays_a_task() {
    assertThat(items(
        "U1", "also, should the take-home be paid? some companies pay $200",
        "U2", "I'll check with finance this week"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "the vendor contract renews in March and the price went up again.",
        "U2", "I'll check with finance first thing tomorrow"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void what_the_speaker_did_before_is_no_task_and_what_they_take_on_next_is() {
    assertThat(items(
        "U1", "qui s'occupe de la commande ? faut passer par le portail achats",
        "U2", "moi, je l'avais déjà faite l'an dernier. je la passe avant le 15"))
        .singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("Je la passe avant le 15"));
    assertThat(items(
        "U1", "who can run the interviewer training this quarter?",
        "U2", "I already did the training sessions at my last job, happy to help"))
        .extracting(ActionItem::text).noneMatch(t -> t.contains("already"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "they also want his API tokens revoked right away|they can do that in admin > tokens. if they struggle I'll do it",
      "sie wollen auch, dass seine API-Tokens sofort gesperrt werden|das können sie unter Admin > Tokens selbst machen. Falls sie nicht klarkommen, mach ich das",
      "ils veulent aussi que ses jetons d'API soient révoqués tout de suite|ils peuvent le faire dans admin > jetons. S'ils galèrent, je le fais",
      "también quieren que se revoquen sus tokens de API ya mismo|lo pueden hacer ellos en admin > tokens. Si no pueden, lo hago yo",
      "eles também querem que os tokens de API dele sejam revogados agora|eles mesmos podem fazer isso em admin > tokens. Se eles não conseguirem, eu faço",
      "APIトークンもすぐに無効化してほしいそうです|管理画面のトークンから自分でできます。難しければ私がやります"})
  void an_offer_to_step_in_should_someone_else_fail_is_not_the_speakers_task(String ask,
      String offer) {
    assertThat(items("U1", ask, "U2", offer)).extracting(ActionItem::owner)
        .doesNotContain("U2");
  }

  @Test
  void a_task_on_a_condition_of_the_work_itself_stays_a_task() {
    assertThat(items(
        "U1", "the vendor says the patch is ready for review",
        "U2", "if the vendor confirms the fix works, I'll ship it to prod on Friday"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "On en parle depuis des semaines : les PR attendent en moyenne 2 jours avant une première revue. Il faut trancher quelque chose|je propose un SLA : première revue sous 24h ouvrées|24h ok, mais qui fait la revue ? aujourd'hui c'est toujours les mêmes 3 personnes",
      "We keep talking about it: PRs wait two days on average before a first review. We need to settle something|I propose a rule: first review within one working day|one day is ok, but who does the reviews? today it's always the same 3 people",
      "Wir reden seit Wochen darüber: PRs warten im Schnitt zwei Tage auf das erste Review. Wir müssen etwas entscheiden|ich schlage eine Regel vor: erstes Review innerhalb eines Arbeitstags|ein Tag ist ok, aber wer macht die Reviews? heute sind es immer dieselben drei",
      "Llevamos semanas hablando de esto: los PR esperan dos días de media hasta la primera revisión. Hay que decidir algo|propongo un SLA: primera revisión en 24 horas laborables|24 horas vale, pero ¿quién hace las revisiones? hoy siempre son las mismas 3 personas",
      "Estamos falando disso há semanas: os PRs esperam dois dias em média pela primeira revisão. Precisamos decidir algo|proponho um SLA: primeira revisão em 24 horas úteis|24 horas ok, mas quem faz as revisões? hoje são sempre as mesmas 3 pessoas"})
  void a_thing_proposed_with_a_colon_is_for_the_group_to_decide(String context,
      String proposal, String reply) {
    assertThat(items("U1", context, "U2", proposal, "U3", reply))
        .extracting(ActionItem::owner).doesNotContain("U2");
  }

  @Test
  void proposing_something_to_someone_else_stays_a_task() {
    assertThat(items(
        "U1", "the client wants faster reviews on their tickets",
        "U2", "I'll propose the new SLA to the client: draft by Friday"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void a_leaning_or_what_one_would_do_is_an_opinion_not_a_task() {
    assertThat(items(
        "U1", "Blanchon ou Morel pour le linge ? il faut trancher cette semaine",
        "U2", "Je penche pour morel, ils livrent aussi le dimanche")).isEmpty();
    assertThat(items(
        "U1", "¿Cómo hacemos con los catálogos para la feria?",
        "U2", "Yo lo que haría es encuadernar aquí y mandarlo directo a la feria, pero bueno, es una idea"))
        .isEmpty();
    // Near misses: the same speakers taking the work on.
    assertThat(items(
        "U1", "Blanchon ou Morel pour le linge ? il faut trancher cette semaine",
        "U2", "je vais appeler Morel demain pour le devis"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "¿Cómo hacemos con los catálogos para la feria?",
        "U2", "me encargo yo de mandar los catálogos a la feria mañana"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void ones_own_task_for_someday_or_past_this_term_is_no_task_in_every_language() {
    assertThat(items("U1", "side note, that error message is terrible. maybe I'll poke at it someday"))
        .isEmpty();
    assertThat(items("U1", "could we warn customers before their cert expires?",
        "U2", "Not this quarter, the roadmap is locked. I'll look at it in Q2 planning.")).isEmpty();
    assertThat(items("U1", "das Fehlerbild ist seltsam. irgendwann schau ich mir das mal an"))
        .isEmpty();
    assertThat(items("U1", "je regarderai ça un de ces jours")).isEmpty();
    assertThat(items("U1", "lo miro algún día")).isEmpty();
    assertThat(items("U1", "vou dar uma olhada se as quadras têm o mesmo problema, alguma hora"))
        .isEmpty();
    assertThat(items("U1", "そのうち見ておきます")).isEmpty();
    // Near misses: a day named, a task for the next sprint, work for today after the refusal.
    assertThat(items("U1", "I'll look at the error message on Monday"))
        .extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items("U1", "how many are on static xml?", "U2", "~30. i can do it but not this sprint"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items("U1", "could we warn customers before their cert expires?",
        "U2", "Not this quarter. I'll file it in the backlog today."))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void what_one_would_do_in_the_others_place_is_no_task_in_every_language() {
    String[][] said = {
        {"rain thursday and friday, the north plot is at 13.5", "I'd harvest it before the rain, wet grapes rot in the crates"},
        {"Regen am Donnerstag und Freitag, die Nordparzelle hat 13,5", "an deiner Stelle würde ich vor dem Regen lesen"},
        {"pluie jeudi et vendredi, la parcelle nord est à 13,5", "je le vendangerais avant la pluie, sinon ça pourrit"},
        {"lluvia jueves y viernes, la parcela norte está a 13,5", "yo lo vendimiaría antes de la lluvia, si se moja se nos pudre en las cajas"},
        {"chuva quinta e sexta, a parcela norte está a 13,5", "eu colheria antes da chuva, senão apodrece nas caixas"},
        {"木曜と金曜は雨、北の区画は13.5度", "私なら雨の前に収穫します"}};
    for (String[] pair : said) {
      assertThat(items("U1", pair[0], "U2", pair[1])).as(pair[1]).isEmpty();
    }
    // Near misses: an offer and a task taken on.
    assertThat(items("U1", "rain thursday and friday, the north plot is at 13.5",
        "U2", "I'll harvest the north plot on monday"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items("U1", "lluvia jueves y viernes, la parcela norte está a 13,5",
        "U2", "yo vendimio la norte el lunes"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void an_offer_to_ask_that_doubts_it_will_help_is_no_task_in_every_language() {
    String[][] said = {
        {"could we borrow the partner's van?", "I can ask, but they always charge for the fuel"},
        {"können wir den Bus vom Partnerverein leihen?", "ich kann fragen, aber die wollen immer Spritgeld"},
        {"on peut emprunter le camion de l'asso partenaire ?", "je peux demander, mais ils font toujours payer l'essence"},
        {"¿podemos pedir la furgoneta a la asociación?", "puedo preguntar, pero siempre cobran la gasolina"},
        {"dá pra pedir a van da Patinhas, a ONG parceira?", "posso perguntar, mas eles sempre cobram a gasolina"},
        {"提携団体のバンを借りられますか？", "聞いてみてもいいですけど、いつもガソリン代を請求されます"}};
    for (String[] pair : said) {
      assertThat(items("U1", pair[0], "U2", pair[1])).as(pair[1]).isEmpty();
    }
    // Near miss: an offer to ask without a doubt is taken on.
    assertThat(items("U1", "could we borrow the partner's van?", "U2", "I can ask them today"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }
}
