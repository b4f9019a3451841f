package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemDetectorTest {

  private static List<ActionItem> items(Conversation conversation) {
    return Threads.actionItems(conversation);
  }

  @Test
  void a_first_person_commitment_is_owned_by_the_speaker() {
    assertThat(items(Threads.chat(
        "U1", "I'll write the postmortem by Friday.",
        "U2", "I can take the comms update.",
        "U3", "I'm going to restart the workers tomorrow.")))
        .extracting(ActionItem::owner, ActionItem::text, ActionItem::due)
        .containsExactly(
            tuple("U1", "Write the postmortem by Friday", "by Friday"),
            tuple("U2", "Take the comms update", null),
            tuple("U3", "Restart the workers tomorrow", "tomorrow"));
  }

  @Test
  void a_request_to_a_mentioned_person_is_owned_by_that_person() {
    assertThat(items(Threads.chat(
        "U1", "<@U2> can you rotate the credentials by EOD?",
        "U1", "<@U3> please update the runbook.",
        "U4", "Could you check the dashboards <@U5>?",
        "U1", "<@U6> needs to sign the contract by 12/5.")))
        .extracting(ActionItem::owner, ActionItem::text, ActionItem::due)
        .containsExactly(
            tuple("U2", "Rotate the credentials by EOD", "by EOD"),
            tuple("U3", "Update the runbook", null),
            tuple("U5", "Check the dashboards", null),
            tuple("U6", "Sign the contract by 12/5", "by 12/5"));
  }

  @Test
  void labelled_items_name_their_owner_or_none() {
    assertThat(items(Threads.chat(
        "U1", "TODO: <@U2> to add a CHF invoice to the checklist",
        "U1", "Action item: rename the staging bucket",
        "U3", "AI: I will file the vendor ticket")))
        .extracting(ActionItem::owner, ActionItem::text)
        .containsExactly(
            tuple("U2", "Add a CHF invoice to the checklist"),
            tuple(null, "Rename the staging bucket"),
            tuple("U3", "I will file the vendor ticket"));
  }

  @Test
  void a_plain_request_in_a_thread_does_not_fall_to_the_parent_author() {
    List<Message> thread = List.of(
        new Message("1700000000.000100", "1700000000.000100", "UPARENT", "Deploy is stuck.", 2),
        new Message("1700000001.000100", "1700000000.000100", "UASKER",
            "Can you share the deploy logs?", 0),
        new Message("1700000002.000100", "1700000000.000100", "UPARENT",
            "Which pipeline?", 0));
    assertThat(items(new Conversation("C1", thread))).singleElement()
        .satisfies(item -> assertThat(item.owner()).isNull());
  }

  @Test
  void whoever_answers_a_plain_request_with_on_it_owns_it() {
    assertThat(items(Threads.chat(
        "U1", "Could someone bump the TLS certificate before it expires?",
        "U2", "on it")))
        .singleElement().extracting(ActionItem::owner).isEqualTo("U2");
  }

  @Test
  void statements_about_oneself_that_are_not_tasks_are_ignored() {
    assertThat(items(Threads.chat(
        "U1", "I'll be out on Friday.",
        "U2", "If I will need access, I'll ask.",
        "U3", "Will you be at the offsite?",
        "U4", "I'll do it."))).isEmpty();
  }

  @Test
  void a_request_and_its_acceptance_are_one_item_owned_by_who_accepted() {
    assertThat(items(Threads.chat(
        "U1", "<@U2> can you update the runbook by Thursday?",
        "U2", "sure, I'll have the runbook updated Thursday",
        "U3", "Could someone rotate the staging keys?",
        "U4", "I can rotate the staging keys tomorrow.")))
        .extracting(ActionItem::owner, ActionItem::text, ActionItem::due, a -> a.sources().size())
        .containsExactly(
            tuple("U2", "Update the runbook by Thursday", "by Thursday", 2),
            tuple("U4", "Rotate the staging keys tomorrow", "tomorrow", 2));
  }

  @Test
  void two_wordings_of_one_follow_up_by_one_owner_are_one_item() {
    assertThat(items(Threads.chat(
        "U1", "I'll send the migration notice to customers.",
        "U2", "Great.",
        "U1", "I'll send customers the migration notice by Friday.")))
        .singleElement()
        .satisfies(a -> assertThat(a.sources()).hasSize(2))
        .extracting(ActionItem::due).isEqualTo("by Friday");
  }

  @Test
  void casual_and_conditional_remarks_and_objectless_verbs_are_not_tasks() {
    assertThat(items(Threads.chat(
        "U1", "I'll let you know in a few months if I find anything.",
        "U2", "I'll remember what the package was called eventually.",
        "U3", "I'll test.",
        "U4", "I can see the logs now.",
        "U5", "I'd rather not touch the billing code."))).isEmpty();
  }

  @Test
  void a_request_answered_on_the_spot_is_done_not_open() {
    assertThat(items(Threads.chat(
        "U1", "Can someone give me a workaround I can send them today?",
        "U2", "Filter by month and export each month separately, that stays under the limit.")))
        .isEmpty();
  }

  @Test
  void a_task_its_owner_reports_done_is_left_out() {
    assertThat(items(Threads.chat(
        "U1", "<@U2> please restart the ingest workers.",
        "U2", "Restart done, lag is back to zero."))).isEmpty();
  }

  @Test
  void who_will_do_it_answered_with_a_bare_commitment_keeps_the_object() {
    assertThat(items(Threads.chat(
        "U1", "Who applies for the DocSearch program?",
        "U2", "I'll apply today.")))
        .singleElement()
        .extracting(ActionItem::owner, ActionItem::text)
        .containsExactly("U2", "Apply today — Who applies for the DocSearch program?");
  }

  @Test
  void owners_and_dues_are_right_in_the_domain_threads() {
    // "Can you kill query 88231 now?" is answered "Done, killed it": nothing left to do.
    assertThat(items(Threads.load("incident-checkout-latency.json")))
        .extracting(ActionItem::owner, ActionItem::due)
        .containsExactly(
            tuple("U04DEE04", "by Friday"),
            tuple("U02BEN02", "by EOD"),
            tuple("U03CHO03", null));
    assertThat(items(Threads.load("hiring-debrief.json")))
        .filteredOn(a -> a.owner() != null)
        .extracting(ActionItem::owner, ActionItem::due)
        .containsExactly(tuple("U09IDA09", "by Monday"));
    assertThat(items(Threads.load("launch-ios-release.json")))
        .extracting(ActionItem::owner, ActionItem::due)
        .contains(tuple("U0BLIA11", "by 11/14"), tuple("U0CMOO12", "today"));
  }

  @Test
  void a_task_given_to_someone_by_name_or_mention_is_theirs() {
    java.util.Map<String, String> names =
        java.util.Map.of("U1", "Nadia", "U2", "Priya", "U3", "Tom", "U4", "Lucas");
    Conversation english = new Conversation("C1", Threads.chat(
        "U1", "Priya will draft the customer announcement.",
        "U1", "<@U3> will update the status page.").messages(), names);
    Conversation german = new Conversation("C1", Threads.chat(
        "U1", "Die alten Tickets müssen bis Ende des Monats ins neue System.",
        "U2", "Lucas übernimmt die Migration der alten Tickets, er kennt beide Systeme.")
        .messages(), names);
    assertThat(items(english)).extracting(ActionItem::owner, ActionItem::text).containsExactly(
        tuple("U2", "Draft the customer announcement"), tuple("U3", "Update the status page"));
    assertThat(items(german)).extracting(ActionItem::owner).containsExactly("U4");
  }

  @Test
  void an_it_takes_its_object_from_the_proposal_it_answers() {
    assertThat(items(Threads.chat(
        "U1", "We should rate-limit the login endpoint per IP.",
        "U2", "good idea",
        "U3", "I'll look into it, maybe next sprint.")))
        .singleElement().satisfies(a -> {
          assertThat(a.owner()).isEqualTo("U3");
          assertThat(a.text()).contains("rate-limit the login endpoint");
        });
  }

  @Test
  void a_task_reported_done_in_the_middle_of_a_sentence_is_not_left_open() {
    assertThat(items(Threads.chat(
        "U1", "I'll restart the stuck workers.",
        "U2", "thanks",
        "U1", "ok, workers are back and the queue is draining."))).isEmpty();
  }

  @Test
  void commitments_are_found_the_way_each_language_words_them() {
    assertThat(items(Threads.chat(
        "U1", "Los precios nuevos entran en vigor el lunes y el equipo de ventas todavía no lo"
            + " sabe. ¿Quién avisa al equipo de ventas?",
        "U2", "Yo se lo digo a Marta mañana en la reunión de ventas, ella lo comunica al resto.")))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(Threads.chat(
        "U1", "Il faut renvoyer le devis corrigé au client avant vendredi.",
        "U2", "Je l'envoie ce soir avec la nouvelle remise.")))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(Threads.chat(
        "U1", "テスト環境でまたタイムアウトが出ています。",
        "U2", "来週までにリトライ処理を追加します。")))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void a_commitment_to_them_takes_its_object_from_what_was_said_before() {
    assertThat(items(Threads.chat(
        "U1", "is the migration guide published?",
        "U2", "not yet, it's in review with the docs team. I'll chase them today")))
        .singleElement().satisfies(a -> {
          assertThat(a.owner()).isEqualTo("U2");
          assertThat(a.text()).contains("docs team").contains("hase them today");
          assertThat(a.due()).isEqualTo("today");
        });
  }

  @Test
  void a_bare_acceptance_of_a_request_to_anyone_is_one_item_owned_by_who_took_it() {
    for (String taking : List.of("I'll ping them", "leave it with me", "on it", "will do",
        "I can take that", "ok, I'll do it")) {
      assertThat(items(Threads.chat(
          "U1", "can someone tell the SDK team about the URL versioning?",
          "U2", taking)))
          .as(taking).singleElement().satisfies(a -> {
            assertThat(a.owner()).isEqualTo("U2");
            assertThat(a.text()).contains("SDK team");
            assertThat(a.sources()).hasSize(2);
          });
    }
  }

  @Test
  void a_bare_will_do_with_no_request_before_it_is_no_item() {
    assertThat(items(Threads.chat(
        "U1", "The release went out at 10:00, all green.",
        "U2", "will do"))).isEmpty();
  }

  @Test
  void offers_and_casual_first_person_futures_are_commitments_in_each_language() {
    for (List<String> taken : List.of(
        List.of("Die Agenda für den Workshop fehlt noch komplett.",
            "Ich kann die Agenda bis Freitag vorbereiten."),
        List.of("Die Rechnung vom März ist immer noch nicht bezahlt worden.",
            "Ich frag mal bei der Buchhaltung nach."),
        List.of("L'annonce sur le site carrière parle encore de l'ancien poste.",
            "Je peux mettre à jour l'annonce cet après-midi."),
        List.of("Le client attend toujours le devis corrigé pour la licence.",
            "Je m'en charge demain matin."),
        List.of("La demo para el cliente todavía no está lista para el jueves.",
            "Puedo preparar la demo mañana por la tarde."),
        List.of("No sabemos si la sala grande está libre el viernes por la tarde.",
            "Le pregunto a Marta en la reunión de mañana."),
        List.of("A página de preços ainda mostra os valores antigos, e não é a primeira vez que"
            + " isso acontece com o plano anual.", "Posso atualizar a página de preços hoje à tarde."),
        List.of("Ninguém mandou o convite da reunião de planejamento ainda.",
            "Vou mandar o convite amanhã cedo."),
        List.of("録画するかどうかはまだ決めていません。", "参加者に聞いてみます。"),
        List.of("明日の会議の資料がまだ共有されていません。", "資料を送っておきます。"))) {
      assertThat(items(Threads.chat("U1", taken.get(0), "U2", taken.get(1))))
          .as(taken.get(1)).extracting(ActionItem::owner).containsExactly("U2");
    }
  }

  @Test
  void refused_hypothetical_and_finished_offers_are_not_commitments_in_any_language() {
    for (List<String> notTaken : List.of(
        List.of("Die Agenda für den Workshop fehlt noch komplett.",
            "Ich kann das nicht übernehmen, ich bin die ganze Woche im Urlaub."),
        List.of("Die Migration ist wichtiger als das neue Dashboard.",
            "Ich kann verstehen, warum das wichtig ist."),
        List.of("L'annonce sur le site carrière parle encore de l'ancien poste.",
            "Je ne peux pas m'occuper de ça cette semaine."),
        List.of("La demo para el cliente todavía no está lista para el jueves.",
            "No puedo preparar la demo esta semana, estoy de viaje."),
        List.of("A página de preços ainda mostra os valores antigos, e não é a primeira vez que"
            + " isso acontece com o plano anual.", "Não posso atualizar a página hoje, estou sem acesso."),
        List.of("録画するかどうかはまだ決めていません。", "参加者に聞いてみました。"))) {
      assertThat(items(Threads.chat("U1", notTaken.get(0), "U2", notTaken.get(1))))
          .as(notTaken.get(1)).isEmpty();
    }
  }
}
