package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionDetectorTest {

  private static List<Point> decisions(Conversation conversation) {
    return DecisionDetector.detect(new PreparedConversation(conversation)).stream()
        .map(Detection::value).toList();
  }

  @Test
  void explicit_decision_cues_are_decisions_without_their_label() {
    List<Point> found = decisions(Threads.chat(
        "U1", "Decision: we keep Postgres for the audit log.",
        "U2", "We decided to drop the legacy exporter.",
        "U3", "Let's go with the blue theme."));
    assertThat(found).extracting(Point::text).containsExactly(
        "We keep Postgres for the audit log.",
        "We decided to drop the legacy exporter.",
        "Let's go with the blue theme.");
  }

  @Test
  void a_proposal_becomes_a_decision_only_when_someone_else_agrees() {
    List<Point> agreed = decisions(Threads.chat(
        "U1", "We'll move the standup to 10am.",
        "U2", "sounds good"));
    List<Point> ignored = decisions(Threads.chat(
        "U1", "We'll move the standup to 10am.",
        "U2", "Hmm, 10am clashes with the design sync, I don't think that works."));
    assertThat(agreed).singleElement().satisfies(p -> {
      assertThat(p.text()).isEqualTo("We'll move the standup to 10am.");
      assertThat(p.sources()).containsExactly("1700000000.000100", "1700000002.000100");
    });
    assertThat(ignored).isEmpty();
  }

  @Test
  void a_bare_agreed_makes_the_proposal_it_answers_the_decision() {
    List<Point> found = decisions(Threads.chat(
        "U1", "Rotate the keys monthly instead of quarterly.",
        "U2", "Agreed."));
    assertThat(found).singleElement().extracting(Point::text)
        .isEqualTo("Rotate the keys monthly instead of quarterly.");
  }

  @Test
  void questions_and_negations_are_not_decisions() {
    assertThat(decisions(Threads.chat(
        "U1", "Should we go with Redis?",
        "U2", "We haven't decided on the cache yet.",
        "U3", "Nothing is approved until legal signs off? No, it is not approved yet."))).isEmpty();
  }

  @Test
  void decisions_are_found_in_every_domain_thread() {
    assertThat(decisions(Threads.load("incident-checkout-latency.json"))).extracting(Point::text)
        .contains("We revoke BI access to the primary today and point the BI tool at the replica.");
    assertThat(decisions(Threads.load("design-review-pagination.json"))).extracting(Point::text)
        .contains("We should use opaque base64 cursors so clients don't build them by hand.")
        .anyMatch(t -> t.startsWith("Going with cursor pagination"));
    assertThat(decisions(Threads.load("hiring-debrief.json"))).extracting(Point::text)
        .containsExactly("We extend an offer at the senior level.");
    assertThat(decisions(Threads.load("launch-ios-release.json"))).extracting(Point::text)
        .containsExactly(
            "We'll ship 5.0 without the new image picker and keep the old one behind a flag.");
  }

  @Test
  void deferrals_and_musings_are_never_decisions_however_they_are_agreed_to() {
    for (String deferral : List.of("Let's see how the estimate comes out first.",
        "Still open, we'll decide at the next sync.",
        "We will check whether this is a real problem.",
        "Let's say I have a system with four components.",
        "TBD, let's decide later once we see adoption.",
        "We'll see whether people actually write them.",
        "Let's discuss that at the next planning, not today.")) {
      assertThat(decisions(Threads.chat("U1", deferral, "U2", "agreed"))).as(deferral).isEmpty();
    }
  }

  @Test
  void a_decision_the_same_message_takes_back_with_but_and_a_deferral_is_not_one() {
    for (String hedged : List.of(
        "Let's drop the legacy exporter in Q2... but we'll see.",
        "Wir nehmen Postgres für das Reporting. Aber mal sehen.",
        "On part sur Postgres pour le reporting… mais on verra.")) {
      assertThat(decisions(Threads.chat("U1", "Which database for reporting?", "U2", hedged)))
          .as(hedged).isEmpty();
    }
  }

  @Test
  void a_deferral_of_something_else_after_a_decision_leaves_the_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "Which database for reporting?",
        "U2", "Decided: we'll go with Postgres for reporting. The migration date we'll see later.")))
        .extracting(Point::text).singleElement().asString().contains("Postgres");
    assertThat(decisions(Threads.chat(
        "U1", "Wir nehmen Postgres für das Reporting. Den Termin für die Migration sehen wir dann.")))
        .singleElement().extracting(Point::text).asString().contains("Postgres");
  }

  @Test
  void short_settling_phrasings_are_decisions() {
    assertThat(decisions(Threads.chat(
        "U1", "Porto it is.",
        "U2", "OK — decided: URL versioning for v2.",
        "U3", "Done then: async updates Mondays, 30 min sync Thursdays.")))
        .extracting(Point::text).containsExactly("Porto it is.",
            "URL versioning for v2.",
            "Done then: async updates Mondays, 30 min sync Thursdays.");
  }

  @Test
  void a_yes_no_proposal_that_the_next_person_agrees_to_is_a_decision_but_a_request_is_not() {
    assertThat(decisions(Threads.chat(
        "U1", "Then freeze Tuesday noon, release Thursday as planned?",
        "U2", "works for me"))).singleElement()
        .extracting(Point::text).isEqualTo("Then freeze Tuesday noon, release Thursday as planned");
    assertThat(decisions(Threads.chat(
        "U1", "<@U2> can you get a quote for the runner machines?",
        "U2", "yes"))).isEmpty();
    assertThat(decisions(Threads.chat(
        "U1", "Should we roll back or bump the timeout?",
        "U2", "sounds good"))).isEmpty();
  }

  @Test
  void agreement_to_a_proposal_is_not_a_second_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "We should deploy consumers before producers.",
        "U2", "Agreed, let's make that a rule in the deploy pipeline.")))
        .singleElement().satisfies(p -> assertThat(p.sources()).hasSize(2));
  }

  @Test
  void an_answer_that_picks_one_of_the_options_is_decided_when_the_next_person_agrees() {
    assertThat(decisions(Threads.chat(
        "U1", "Status page: Statuspage.io or Instatus?",
        "U2", "Instatus, it's a third of the price and has the same integrations.",
        "U3", "agreed, Instatus")))
        .singleElement().satisfies(p -> {
          assertThat(p.text()).contains("Instatus, it's a third of the price");
          assertThat(p.sources()).hasSize(3);
        });
    assertThat(decisions(Threads.chat(
        "U1", "Für das neue Dashboard: Grafana oder Datadog?",
        "U2", "Grafana, das haben wir schon im Einsatz.",
        "U3", "Sehe ich auch so, Grafana."))).hasSize(1);
  }

  @Test
  void a_pick_nobody_agrees_to_and_an_answer_to_a_question_of_fact_are_not_decisions() {
    assertThat(decisions(Threads.chat(
        "U1", "Status page: Statuspage.io or Instatus?",
        "U2", "Instatus, it's cheaper.",
        "U3", "Statuspage has the better API though."))).isEmpty();
    assertThat(decisions(Threads.chat(
        "U1", "Is the slowness from the cache or the database?",
        "U2", "The database, the cache hit rate is fine.",
        "U3", "yeah, the database it seems"))).isEmpty();
  }

  @Test
  void a_closing_line_that_restates_the_choice_settles_it_in_any_language() {
    assertThat(decisions(Threads.chat(
        "U1", "Demo day on Tuesday or Thursday?",
        "U2", "Thursday works better for the sales team.",
        "U3", "either is fine by me",
        "U1", "Thursday then."))).singleElement().satisfies(p -> {
          assertThat(p.text()).isEqualTo("Demo day on Tuesday or Thursday? Thursday then.");
          assertThat(p.sources()).containsExactly("1700000000.000100", "1700000006.000100");
        });
    assertThat(decisions(Threads.chat(
        "U1", "Onde fazemos o encontro anual: Recife ou Salvador?",
        "U2", "Salvador tem voos diretos de quase todo lugar.",
        "U3", "Para mim tanto faz.",
        "U1", "Então fica Salvador."))).hasSize(1);
  }

  @Test
  void a_closing_word_with_nothing_to_settle_is_not_a_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "The nightly job failed again.",
        "U2", "ok, the disk was full then."))).isEmpty();
  }

  @Test
  void a_yes_or_no_to_can_we_from_someone_else_grants_or_refuses_it() {
    assertThat(decisions(Threads.chat(
        "U1", "Can we skip the review for docs-only pull requests?",
        "U2", "Yes, docs-only changes need no review.")))
        .singleElement().extracting(Point::text).isEqualTo(
            "Can we skip the review for docs-only pull requests — Yes, docs-only changes need no"
                + " review.");
    assertThat(decisions(Threads.chat(
        "U1", "Können wir das Release auf Mittwoch vorziehen?",
        "U2", "Nein, die Abnahme ist erst am Donnerstag fertig."))).hasSize(1);
    assertThat(decisions(Threads.chat(
        "U1", "¿Podemos dar acceso de administrador al cliente?",
        "U2", "No, solo lectura. Es la política para todas las cuentas."))).hasSize(1);
  }

  @Test
  void a_yes_that_takes_the_task_on_or_comes_from_the_asker_is_not_a_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "Can we get the invoice resent to the customer?",
        "U2", "Yes, I'll resend it this afternoon."))).isEmpty();
    assertThat(decisions(Threads.chat(
        "U1", "Can we rebuild the search index without downtime?",
        "U2", "Yes. Rebuilding it in the background now."))).isEmpty();
    assertThat(decisions(Threads.chat(
        "U1", "Can we move the sync to Monday?",
        "U1", "Yes, I think we can."))).isEmpty();
  }

  @Test
  void a_plan_put_to_the_group_stands_when_the_first_reply_raises_no_objection() {
    assertThat(decisions(Threads.chat(
        "U1", "From January the on-call hand-over happens on Mondays at 10. Objections?",
        "U2", "none from me"))).singleElement().extracting(Point::text)
        .isEqualTo("From January the on-call hand-over happens on Mondays at 10.");
    assertThat(decisions(Threads.chat(
        "U1", "La démo pour le client est prévue mardi, mais l'équipe produit ne sera pas là.",
        "U1", "Je propose qu'on la fasse jeudi matin avec toute l'équipe. Ça vous va ?",
        "U2", "Ça me va, jeudi c'est mieux pour nous aussi."))).hasSize(1);
    assertThat(decisions(Threads.chat(
        "U1", "From January the on-call hand-over happens on Mondays at 10. Objections?",
        "U2", "yes, Mondays are when most of us are off after weekend shifts"))).isEmpty();
  }

  @Test
  void a_statement_two_others_agree_to_is_a_decision_but_a_task_is_not() {
    assertThat(decisions(Threads.chat(
        "U1", "Design docs live in the repo from now, not in the wiki.",
        "U2", "+1",
        "U3", "agreed"))).hasSize(1);
    assertThat(decisions(Threads.chat(
        "U1", "I'll move the design docs into the repo.",
        "U2", "+1",
        "U3", "agreed"))).isEmpty();
  }

  @Test
  void leaving_it_to_someone_else_or_to_a_meeting_is_not_a_decision() {
    for (List<String> deferral : List.of(
        List.of("That's for the PM to decide at sprint planning.", "agreed"),
        List.of("Let's bring it up at the retro.", "agreed"),
        List.of("Putting this on hold until the budget is clear.", "agreed"),
        List.of("Sobre el nuevo proveedor de pagos: eso lo vemos el lunes en la reunión de"
            + " producto con todo el equipo.", "Vale, de acuerdo."),
        List.of("Pour le choix du nouveau fournisseur, c'est à la direction de trancher la"
            + " semaine prochaine.", "D'accord, on attend leur réponse.")))  {
      assertThat(decisions(Threads.chat("U1", deferral.get(0), "U2", deferral.get(1))))
          .as(deferral.get(0)).isEmpty();
    }
  }

  @Test
  void a_choice_restated_as_x_it_is_or_go_with_x_is_a_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "For the public API v2, URL versioning or a header?",
        "U2", "URL, easier to debug with curl.",
        "U1", "URL versioning it is then.")))
        .singleElement().extracting(Point::text).asString().contains("URL versioning");
    assertThat(decisions(Threads.chat(
        "U1", "Postgres or MySQL for the new audit service?",
        "U2", "ok, go with Postgres, we already run it.")))
        .singleElement().extracting(Point::text).asString().contains("Postgres");
  }

  @Test
  void a_proposal_labelled_with_its_subject_and_agreed_to_is_a_decision_in_each_language() {
    for (List<String> agreed : List.of(
        List.of("Proposal for the new on-call rotation: weekly shifts, handover Monday 11:00.",
            "+1"),
        List.of("Vorschlag für das Teamevent: Kochkurs am 12. Mai in der Altstadt.", "+1"),
        List.of("Proposition pour la rétro : un format court de trente minutes, avec un tour de"
            + " table et une seule action par personne.", "D'accord, c'est mieux que ce qu'on fait."),
        List.of("Propuesta para las guardias: turnos semanales con relevo el lunes.",
            "De acuerdo."),
        List.of("Proposta para o plantão: turnos semanais com troca na segunda.", "Concordo."),
        List.of("提案：勉強会は隔週で開催します。", "賛成です。"))) {
      assertThat(decisions(Threads.chat("U1", agreed.get(0), "U2", agreed.get(1))))
          .as(agreed.get(0)).hasSize(1);
    }
    assertThat(decisions(Threads.chat(
        "U1", "Proposal for the new on-call rotation: weekly shifts, handover Monday 11:00.",
        "U2", "not sure, Mondays are when half the team is off"))).isEmpty();
  }

  @Test
  void whoever_put_a_choice_closes_it_with_a_thumbs_up_and_the_option_but_a_vote_does_not() {
    List<Point> closed = decisions(Threads.chat(
        "U1", "hackathon dates: June 12-13 or June 19-20?",
        "U2", "19-20, half of my team is at a conference on the 12th",
        "U3", "19-20 works",
        "U1", "👍 19-20."));
    assertThat(closed).singleElement().satisfies(p -> {
      assertThat(p.text()).contains("19-20");
      assertThat(p.sources()).contains("1700000006.000100");
    });
    assertThat(decisions(Threads.chat(
        "U1", "hackathon dates: June 12-13 or June 19-20?",
        "U2", "+1 to 19-20, no idea about the rest of the team"))).isEmpty();
  }

  @Test
  void a_go_ahead_to_someones_offer_settles_nothing_said_before_it() {
    assertThat(decisions(Threads.chat(
        "U1", "what about the all-hands? it's on Fridays",
        "U2", "I can draft the announcement for #general",
        "U3", "go for it"))).isEmpty();
  }

  @Test
  void a_yes_to_what_a_plan_includes_grants_it_but_a_yes_about_what_is_happening_does_not() {
    assertThat(decisions(Threads.chat(
        "U1", "are we mentioning the XML export deprecation in these notes?",
        "U2", "yes, with a link to the migration guide"))).hasSize(1);
    assertThat(decisions(Threads.chat(
        "U1", "No internal meetings on Fridays from next month.",
        "U2", "love it, but customer calls are still fine right?",
        "U1", "yes, customer calls are exempt")))
        .anyMatch(p -> p.text().contains("customer calls are exempt"));
    assertThat(decisions(Threads.chat(
        "U1", "are we seeing the 502s again?",
        "U2", "yes, since 10:05, same pattern as yesterday"))).isEmpty();
  }

  @Test
  void a_yes_to_whether_a_plan_made_before_still_stands_grants_it() {
    assertThat(decisions(Threads.chat(
        "U1", "the venue flooded, we're on the hunt for a new one",
        "U2", "and are we still paying the caterer's deposit?",
        "U1", "yes, they've been great about moving the date"))).hasSize(1);
    assertThat(decisions(Threads.chat(
        "U1", "are we still seeing the 502s?",
        "U2", "yes, every few minutes"))).isEmpty();
    assertThat(decisions(Threads.chat(
        "U1", "are we still sending duplicate welcome emails?",
        "U2", "yes, the fix isn't deployed yet"))).isEmpty();
  }
}
