package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways of deciding that a decision word never names: a directive taken on by the one who will
 * carry it out, permission asked of the person who may give it, a rule stated as the answer; and
 * the wordings that only look like them (an offer granted, a request accepted, a question about
 * what is, a hedge, a bare concession), each beside its refusals.
 */
class DecisionWordingsTest {

  private static List<Detection<Point>> found(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)));
  }

  private static List<String> decisions(String... userTextPairs) {
    return found(userTextPairs).stream().map(d -> d.value().text()).toList();
  }

  @Test
  void a_fallback_agreed_to_is_shown_with_the_plan_it_backs_up() {
    assertThat(decisions(
        "U1", "the bottling line is down till thursday and the market is saturday",
        "U2", "what do we bring then? we have lager and the ipa ready",
        "U1", "lager stays in bottles, we have 300 done. the ipa we can put in kegs if it comes to that",
        "U2", "ok"))
        .singleElement().asString()
        .isEqualTo("Lager stays in bottles, we have 300 done. The ipa we can put in kegs if it comes "
            + "to that");
    assertThat(decisions(
        "U1", "Die Abfüllanlage steht bis Donnerstag, der Markt ist am Samstag.",
        "U2", "Was nehmen wir mit?",
        "U1", "Das Helle bleibt in Flaschen. Das IPA können wir notfalls ins Fass füllen.",
        "U2", "ok"))
        .singleElement().asString().startsWith("Das Helle bleibt in Flaschen.");
    assertThat(decisions(
        "U1", "La ligne d'embouteillage est en panne jusqu'à jeudi.",
        "U2", "On emmène quoi au marché ?",
        "U1", "La blonde reste en bouteilles. Je propose de mettre l'IPA en fût au pire.",
        "U2", "ok, ça marche"))
        .singleElement().asString().startsWith("La blonde reste en bouteilles.");
    // A condition is no fallback, and a proposal that backs nothing up is not joined to a plan
    // as its fallback: the lead's statement agreed to is shown as its message says it
    // (StatementsAgreedAsSaidTest).
    assertThat(decisions(
        "U1", "the build queue is slow again",
        "U2", "what do we do?",
        "U1", "the queue is at 30 builds. we can add a second runner if we need to scale past 40",
        "U2", "ok"))
        .singleElement().asString().startsWith("We can add a second runner");
    assertThat(decisions(
        "U1", "the bottling line is down till thursday and the market is saturday",
        "U2", "what do we bring then?",
        "U1", "we have 300 lager done. we can put the ipa in kegs",
        "U2", "ok"))
        .singleElement().asString().isEqualTo("We have 300 lager done. we can put the ipa in kegs");
  }

  @Test
  void a_directive_taken_on_by_the_one_who_carries_it_out_is_a_decision_in_every_language() {
    assertThat(decisions(
        "U1", "db-replica-2 disk is at 97%, the WAL archive job has been failing since Tuesday.",
        "U2", "do both: bump the volume now so we're safe tonight, fix the creds tomorrow morning",
        "U1", "ok, I'll bump it now"))
        .singleElement().asString().startsWith("Do both: bump the volume now");
    assertThat(decisions(
        "U1", "O app está muito lento desde as 14h, é uma query de relatório no banco de leitura.",
        "U2", "Então desliga o cron do relatório até amanhã, ninguém usa isso à tarde.",
        "U3", "Beleza, desligo agora."))
        .singleElement().asString().contains("desliga o cron");
    assertThat(decisions(
        "U1", "13:20頃から画像アップロードが失敗しています。問い合わせが5件あります。",
        "U2", "とりあえず切り戻しましょう。原因の話は後で",
        "U3", "切り戻します"))
        .singleElement().asString().contains("切り戻しましょう");
  }

  @Test
  void a_directive_after_an_ok_taken_on_by_its_verb_under_way_is_a_decision() {
    assertThat(decisions(
        "U1", "hollis says we're hammering their webhook endpoint, about 900 req/s",
        "U2", "ok, first thing: pause deliveries to hollis completely, right now",
        "U1", "pausing"))
        .singleElement().asString().contains("pause deliveries to hollis");
    assertThat(decisions(
        "U1", "the ingest queue is at 40k and climbing, node 3's workers look stuck",
        "U2", "restart the ingest workers on node 3",
        "U3", "restarting them now"))
        .singleElement().asString().contains("estart the ingest workers");
  }

  @Test
  void a_verb_under_way_that_is_not_the_directive_s_or_says_more_takes_nothing() {
    assertThat(decisions(
        "U1", "hollis says we're hammering their webhook endpoint",
        "U2", "pause deliveries to hollis now",
        "U1", "checking the queue first")).isEmpty();
    assertThat(decisions(
        "U1", "hollis says we're hammering their webhook endpoint",
        "U2", "pause deliveries to hollis now",
        "U1", "pausing sounds drastic, could we throttle them to 10 a second instead?")).isEmpty();
  }

  @Test
  void a_reply_that_only_shares_a_word_hedges_or_asks_back_takes_no_directive() {
    assertThat(decisions(
        "U1", "the logs from last night are in the shared bucket",
        "U2", "ok, I'll check the logs after lunch")).isEmpty();
    assertThat(decisions(
        "U1", "bump the volume now so we're safe tonight",
        "U2", "maybe, I'll bump it if the alert fires again")).isEmpty();
    assertThat(decisions(
        "U1", "bump the volume now so we're safe tonight",
        "U2", "bump it to what size?")).isEmpty();
    assertThat(decisions(
        "U1", "Então desliga o cron do relatório até amanhã.",
        "U2", "Não sei, desligo se ninguém reclamar.")).isEmpty();
  }

  @Test
  void permission_asked_of_the_one_who_may_give_it_and_granted_is_a_decision() {
    assertThat(found(
        "U1", "the customer wants the report in their own timezone",
        "U2", "<@U3> ok to enable report_tz for Brightwell?",
        "U3", "yes"))
        .singleElement().satisfies(d -> assertThat(d.value().sources())
            .containsExactly("1700000002.000100", "1700000004.000100"));
    // Asked to do it, not whether it may be done: a request, whoever says yes.
    assertThat(decisions(
        "U2", "<@U3> can you enable report_tz for Brightwell?",
        "U3", "yes")).isEmpty();
  }

  @Test
  void a_rule_stated_as_the_answer_settles_what_was_asked() {
    assertThat(decisions(
        "U1", "Acme wants to go from 120 to 80 seats mid-contract. do we allow mid-term downgrades?",
        "U2", "policy is no mid-term downgrades on annual plans. they can reduce at renewal"))
        .singleElement().asString().contains("policy is no mid-term downgrades");
    assertThat(decisions(
        "U1", "ah. can we resend the new secret to their current admin?",
        "U2", "not over email, policy says they regenerate it in the dashboard themselves"))
        .hasSize(1);
    assertThat(decisions(
        "U1", "Un cliente quiere bajar de plan Pro a Básico a mitad de mes. ¿se le devuelve la "
            + "diferencia?",
        "U2", "no hacemos reembolsos parciales, el cambio se aplica en la siguiente factura"))
        .hasSize(1);
  }

  @Test
  void a_question_about_what_is_or_an_answer_that_does_not_know_settles_nothing() {
    assertThat(decisions(
        "U1", "do we actually have a way to freeze seats in the product or is that just a promise?",
        "U2", "just a promise rn. there was a seat-lock feature on the roadmap last year",
        "U1", "ok.")).isEmpty();
    assertThat(decisions(
        "U1", "do we allow mid-term downgrades?",
        "U2", "no idea, ask finance")).isEmpty();
    assertThat(decisions(
        "U1", "do we know why the job failed?",
        "U2", "we never found out, the logs were rotated")).isEmpty();
  }

  @Test
  void an_offer_granted_is_the_offerers_task_not_a_decision() {
    assertThat(decisions(
        "U1", "der Firewall-Cluster zeigt Knoten 2 als aktiv, eigentlich sollte das Knoten 1 sein",
        "U2", "soll ich auf Knoten 1 zurückschwenken?",
        "U1", "ja mach")).isEmpty();
    assertThat(decisions(
        "U1", "the renderer is still on the broken image",
        "U2", "shall I pin the renderer to the old digest?",
        "U1", "yes please")).isEmpty();
  }

  @Test
  void one_agreement_settles_one_decision_per_message() {
    assertThat(decisions(
        "U1", "1,900 orders are queued without labels, do we re-run them or let the retry job "
            + "pick them up?",
        "U2", "the retry job gives up after 6h so some are already dead. we should re-run them "
            + "manually",
        "U1", "ok manual it is. I'll kick off the backfill script")).hasSize(1);
    assertThat(decisions(
        "U1", "ok let's audit whatever is live on March 3rd. rebrand or not, the checkout "
            + "structure wont change much",
        "U2", "fine by me",
        "U3", "+1")).singleElement().asString().startsWith("Ok let's audit");
  }

  @Test
  void a_sure_that_takes_on_the_request_agrees_to_nothing_the_message_proposed() {
    assertThat(decisions(
        "U1", "we should also get the carrier notices off ops@. <@U2> can you change the contact "
            + "email in the carrier portal?",
        "U2", "sure, will do today")).isEmpty();
    // Agreeing to the proposal itself still takes it.
    assertThat(decisions(
        "U1", "we should also get the carrier notices off ops@ before next year",
        "U2", "sure, makes sense")).hasSize(1);
  }

  @Test
  void a_bare_concession_is_never_the_proposal_an_approval_settles() {
    assertThat(decisions(
        "U1", "Go pra script de ops é exagero na minha opinião, e metade do time não sabe Go",
        "U2", "justo",
        "U1", "isso. <@U3> pode aprovar?",
        "U3", "aprovado")).noneMatch(t -> t.equalsIgnoreCase("justo"));
  }

  @Test
  void a_summing_up_an_option_taken_after_agreeing_and_a_rule_for_a_part_are_decisions() {
    assertThat(decisions(
        "U1", "Severity levels: going from five to three.",
        "U2", "who can declare a SEV1?",
        "U1", "great, so: 3 levels, anyone on call declares, SEV1+2 page 24/7 for a trial."))
        .anyMatch(d -> d.contains("so: 3 levels"));
    assertThat(decisions(
        "U1", "v1 API shuts down in June, we need a comms plan.",
        "U2", "first email 90 days out, then 30, then 7. plus a banner in the dashboard",
        "U1", "sounds right, go with 90/30/7 and the banner"))
        .anyMatch(d -> d.contains("go with 90/30/7"));
    assertThat(decisions(
        "U1", "Proposal: trunk-based development for all teams from Jan 5.",
        "U2", "mobile can't ship from main every day though, store review",
        "U1", "mobile keeps release branches for now. web + backend go trunk"))
        .anyMatch(d -> d.startsWith("Mobile keeps release branches for now"));
    assertThat(decisions(
        "U1", "thinking about a chaos game day before the freeze.",
        "U2", "what about prod? are we brave enough",
        "U1", "lol no. staging only this time"))
        .isNotEmpty();
  }

  @Test
  void a_status_a_guess_or_a_habit_worded_like_those_decides_nothing() {
    assertThat(decisions(
        "U1", "Proposal: trunk-based development for all teams from Jan 5.",
        "U2", "the build keeps failing on main",
        "U1", "the build keeps failing for now because of the flaky e2e suite"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Customer says the usage report shows yesterday's numbers under today's date.",
        "U2", "report job labels rows by server date. known issue I think?",
        "U1", "known to who lol, there's no ticket"))
        .isEmpty();
    assertThat(decisions(
        "U1", "v1 API shuts down in June, we need a comms plan.",
        "U2", "first email 90 days out, then 30, then 7",
        "U1", "sounds right, but let's not go with 7, too late"))
        .noneMatch(d -> d.contains("go with"));
  }

  @Test
  void an_option_picked_by_its_letter_and_taken_on_is_a_decision_but_a_comment_on_one_is_not() {
    assertThat(decisions(
        "U1", "Android 5.12 users are stuck in a login loop. options?",
        "U2", "a) hotfix the app (store review, 1-2 days) or b) let the gateway pass the header through",
        "U3", "b now, and a properly in 5.13. the gateway change is low risk",
        "U2", "ok doing the gateway rule"))
        .anyMatch(d -> d.contains("b now, and a properly in 5.13")
            || d.contains("B now, and a properly in 5.13"));
    assertThat(decisions(
        "U1", "Weekend support options: (a) paid rotation, (b) a BPO, (c) email-only",
        "U2", "(c) gets us killed by the enterprise accounts, they have a 4h SLA"))
        .isEmpty();
  }

  @Test
  void an_acknowledgement_before_a_named_choice_leaves_it_named_and_thanks_after_a_bare_one_do_not() {
    String[] options = {
        "U1", "offsite venue: Lisbon (cheaper flights) or Krakow (cheaper hotels). need to book by the 15th",
        "U2", "Lisbon gets my vote, half the team flies from the UK anyway",
        "U3", "krakow is fine too but lisbon is easier for the US folks"};
    assertThat(decisions(with(options, "U1", "ok, Lisbon it is.")))
        .singleElement().asString().contains("Lisbon it is");
    assertThat(decisions(with(options, "U1", "Lisbon it is.")))
        .singleElement().asString().contains("Lisbon it is");
    // A bare decision word with thanks after it names nothing of its own: no decision of its own.
    assertThat(decisions(with(options, "U1", "ok, decided, thanks all"))).isEmpty();
  }

  private static String[] with(String[] before, String user, String text) {
    String[] all = java.util.Arrays.copyOf(before, before.length + 2);
    all[before.length] = user;
    all[before.length + 1] = text;
    return all;
  }
}
