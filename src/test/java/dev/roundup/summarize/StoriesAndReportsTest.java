package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What happened is not what the thread decides: an agreement that goes on as a story, a story
 * told in passing, an approval reported as news. Beside each, the wording that does decide. And a
 * rule with no decision word that a reply, or its own aside, names a rule.
 */
class StoriesAndReportsTest {

  private static List<String> texts(String... userTextPairs) {
    return Threads.decisionPoints(userTextPairs).stream().map(Point::text).toList();
  }

  @Test
  void an_agreement_that_goes_on_as_a_story_does_not_settle_the_proposal() {
    assertThat(Threads.decisionPoints(
        "U1", "Proposal: turn on branch protection for main in all service repos. Thoughts?",
        "U2", "yes please. last week someone force-pushed over a release tag")).isEmpty();
    assertThat(Threads.decisionPoints(
        "U1", "Wir sollten Branch-Schutz für main einschalten.",
        "U2", "ja bitte. letzte Woche hat jemand ein Release-Tag überschrieben")).isEmpty();
    assertThat(Threads.decisionPoints(
        "U1", "Je propose d'activer la protection de branche sur main.",
        "U2", "oui. la semaine dernière quelqu'un a écrasé un tag de release")).isEmpty();
    assertThat(Threads.decisionPoints(
        "U1", "mainにブランチ保護を入れましょう。",
        "U2", "賛成です。先週誰かがタグを上書きしました")).isEmpty();
  }

  @Test
  void an_agreement_that_gives_a_reason_for_what_comes_next_still_settles_it() {
    assertThat(texts(
        "U1", "Proposal: turn on branch protection for main in all service repos.",
        "U2", "yes please, nobody should force-push to main"))
        .containsExactly("Proposal: turn on branch protection for main in all service repos.");
    assertThat(texts(
        "U1", "Wir sollten Branch-Schutz für main einschalten.",
        "U2", "ja bitte")).containsExactly("Wir sollten Branch-Schutz für main einschalten.");
    assertThat(texts(
        "U1", "Je propose d'activer la protection de branche sur main.",
        "U2", "oui, d'accord"))
        .containsExactly("Je propose d'activer la protection de branche sur main.");
    assertThat(texts(
        "U1", "mainにブランチ保護を入れましょう。",
        "U2", "賛成です。")).containsExactly("mainにブランチ保護を入れましょう。");
  }

  @Test
  void a_story_told_in_passing_is_no_decision() {
    assertThat(Threads.decisionPoints(
        "U1", "we'll roll out SSO with Okta next month",
        "U2", "Fwiw I tried the Jira SAML plugin last year and it was a pain",
        "U3", "agreed")).extracting(Point::text).doesNotContain(
            "Fwiw I tried the Jira SAML plugin last year and it was a pain");
    assertThat(texts(
        "U1", "hace dos años probamos ese plugin y fue un desastre",
        "U2", "+1",
        "U3", "de acuerdo")).isEmpty();
  }

  @Test
  void a_decision_with_a_past_reason_after_the_comma_is_still_a_decision() {
    assertThat(texts(
        "U1", "on commence par quoi ? la revue des accès ou les politiques ?",
        "U2", "revue des accès d'abord, c'est là qu'on a eu des remarques l'an dernier",
        "U1", "ok"))
        .singleElement().asString().startsWith("Revue des accès d'abord");
  }

  @Test
  void an_approval_reported_as_news_is_no_decision() {
    assertThat(texts(
        "U1", "fyi finance already approved the budget line for this, ~€90k/yr")).isEmpty();
    assertThat(texts(
        "U1", "Budget was approved last month, vendor shortlist is here.")).isEmpty();
    assertThat(texts(
        "U1", "Das Budget wurde letzten Monat schon genehmigt, die Liste ist im Wiki.")).isEmpty();
    assertThat(texts(
        "U1", "o orçamento já foi aprovado no mês passado, a lista está no wiki.")).isEmpty();
    assertThat(texts("U1", "経理はもう承認済みです。")).isEmpty();
  }

  @Test
  void an_approval_given_in_the_thread_still_decides() {
    assertThat(texts(
        "U1", "so: 3-year refresh, 32/16GB by role. <@U2> ok?",
        "U2", "approved")).isNotEmpty();
    assertThat(texts(
        "U1", "Decision: the budget line is approved for next year.")).isNotEmpty();
  }

  @Test
  void an_approval_from_ones_side_joins_the_decision_it_answers() {
    List<Point> found = Threads.decisionPoints(
        "U1", "ok: Unleash self-hosted, wen owns it.",
        "U2", "👍 approved from my side");
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.text()).startsWith("Ok: Unleash self-hosted");
      assertThat(p.sources()).hasSize(2);
    });
    assertThat(Threads.decisionPoints("U2", "👍 approved from my side")).isEmpty();
  }

  @Test
  void a_statement_a_reply_names_the_rule_is_a_decision() {
    assertThat(texts(
        "U1", "one more: every new flag gets an owner and an expiry date when it's created",
        "U2", "yes, that's the rule from day one"))
        .singleElement().asString().contains("every new flag gets an owner");
    assertThat(texts(
        "U1", "jede neue Flag bekommt einen Owner und ein Ablaufdatum",
        "U2", "ja, das ist die Regel")).hasSize(1);
    assertThat(texts(
        "U1", "cada flag nuevo lleva un responsable y una fecha de caducidad",
        "U2", "sí, es la norma")).hasSize(1);
  }

  @Test
  void a_rule_named_policy_in_its_own_aside_is_a_decision() {
    assertThat(texts(
        "U1", "so who runs the ownership transfer?",
        "U2", "I can, need a written request from an account owner though, that's policy"))
        .singleElement().asString().contains("written request from an account owner");
  }

  @Test
  void a_reply_that_doubts_the_rule_or_only_asks_names_nothing() {
    assertThat(texts(
        "U1", "every new flag gets an owner and an expiry date when it's created",
        "U2", "hmm, is that the rule?")).isEmpty();
    assertThat(texts(
        "U1", "every new flag gets an owner and an expiry date when it's created",
        "U2", "no, that's not the rule anymore")).isEmpty();
    assertThat(texts("U2", "yes, that's the rule")).isEmpty();
  }
}
