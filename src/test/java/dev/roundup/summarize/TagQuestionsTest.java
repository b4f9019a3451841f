package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A statement put to the others with a short question after it ("… fine?", "ok from you?",
 * "passt das?", "¿vale?") is a proposal: decided when someone else agrees, in any language, and
 * not when nobody does or someone objects. And a plain no that says what the rule is ("no
 * discounts for betas") answers a rule question as a yes does, unlike a reply weighing one thing
 * against another.
 */
class TagQuestionsTest {

  @Test
  void a_statement_put_with_a_tag_question_and_agreed_to_is_a_decision() {
    assertThat(decisions(
        "U1", "Weekend support: paid rotation for enterprise accounts.",
        "U2", "non-enterprise customers on weekends: email-only, answered on Monday. fine?",
        "U3", "fine"))
        .anyMatch(d -> d.startsWith("Non-enterprise customers on weekends"));
    assertThat(decisions(
        "U1", "Take-home or pairing session for the interviews?",
        "U2", "alright, candidates pick, same rubric. <@U3> ok from you?",
        "U3", "👍 go"))
        .anyMatch(d -> d.startsWith("Alright, candidates pick") || d.startsWith("Candidates pick"));
    assertThat(decisions(
        "U1", "Wir müssen den Jahresend-Freeze festlegen.",
        "U2", "Kompletter Freeze über die Feiertage, nur Hotfixes. Passt das?",
        "U3", "passt"))
        .anyMatch(d -> d.startsWith("Kompletter Freeze über die Feiertage"));
  }

  @Test
  void a_tag_question_left_unanswered_or_objected_to_decides_nothing() {
    assertThat(decisions(
        "U1", "Weekend support: paid rotation for enterprise accounts.",
        "U2", "non-enterprise customers on weekends: email-only, answered on Monday. fine?",
        "U3", "not really, they'll churn"))
        .noneMatch(d -> d.startsWith("Non-enterprise"));
    assertThat(decisions(
        "U1", "Weekend support: paid rotation for enterprise accounts.",
        "U2", "non-enterprise customers on weekends: email-only, answered on Monday. fine?"))
        .noneMatch(d -> d.startsWith("Non-enterprise"));
  }

  @Test
  void a_plain_no_stating_the_rule_answers_a_rule_question() {
    assertThat(decisions(
        "U1", "Proposal: one beta program, opt-in through a form, max 50 accounts.",
        "U2", "do beta customers get a discount?",
        "U1", "no discounts for betas"))
        .singleElement().asString().startsWith("No discounts for betas");
    assertThat(decisions(
        "U1", "We received a GDPR deletion request for a user with open invoices. Do we delete them?",
        "U2", "We have to keep invoices for 10 years by law, so we anonymise the user but keep them."))
        .isEmpty();
  }
}
