package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An approval given in the first person ("aprovo reembolso proporcional …", "I approve the
 * exception") decides, while one reported as news does not; and options named as such without a
 * question mark ("date candidates May 20 or June 3") are a choice that a closing line ("May 20
 * then") settles.
 */
class ApprovalsAndListedOptionsTest {

  @Test
  void an_approval_given_in_the_first_person_is_recognised_in_every_language() {
    assertThat(Cues.ENGLISH.approvalGiven().matcher("I approve the partial refund").find())
        .isTrue();
    assertThat(Cues.GERMAN.approvalGiven().matcher("ich genehmige die Ausnahme").find()).isTrue();
    assertThat(Cues.FRENCH.approvalGiven().matcher("j'approuve le remboursement").find())
        .isTrue();
    assertThat(Cues.SPANISH.approvalGiven().matcher("apruebo el reembolso").find()).isTrue();
    assertThat(Cues.PORTUGUESE.approvalGiven()
        .matcher("aprovo reembolso proporcional dos 10 meses restantes").find()).isTrue();
    assertThat(Cues.JAPANESE.approvalGiven().matcher("返金を許可します。").find()).isTrue();
  }

  @Test
  void an_approval_asked_for_reported_or_of_a_person_is_not_given() {
    assertThat(Cues.ENGLISH.approvalGiven().matcher("I approve of the new office").find())
        .isFalse();
    assertThat(Cues.ENGLISH.approvalGiven().matcher("can you approve the refund").find())
        .isFalse();
    assertThat(Cues.PORTUGUESE.approvalGiven().matcher("o financeiro já aprovou").find())
        .isFalse();
    assertThat(Cues.SPANISH.approvalGiven().matcher("¿quién aprueba esto?").find()).isFalse();
    assertThat(Cues.JAPANESE.approvalGiven().matcher("承認しますか？").find()).isFalse();
  }

  @Test
  void an_exception_approved_by_whoever_decides_them_is_a_decision() {
    assertThat(decisions(
        "U1", "se o produto não entregou o que vendemos dá pra abrir exceção. <@U2> decide"
            + " exceções",
        "U2", "vi os tickets, o problema era nosso mesmo. aprovo reembolso proporcional dos 10"
            + " meses restantes"))
        .singleElement().asString().contains("Aprovo reembolso proporcional");
  }

  @Test
  void options_named_without_a_question_mark_are_settled_by_a_closing_line() {
    assertThat(decisions(
        "U1", "customer summit planning kickoff: date candidates May 20 or June 3. budget is 60k",
        "U2", "June 3 clashes with the big industry conference",
        "U1", "good point. May 20 then"))
        .singleElement().asString().contains("May 20");
  }

  @Test
  void a_list_without_options_named_settles_nothing() {
    assertThat(decisions(
        "U1", "we have two dashboards, grafana or kibana, both a bit stale",
        "U2", "kibana is older",
        "U1", "good point. grafana then"))
        .isEmpty();
  }
}
