package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A schedule or a scope put as a labelled line ("dates: …", "deadline for managers: …",
 * "agenda: …") and a rule given with its exception ("…, sauf code généré"), each beside the
 * wording that only looks like it.
 */
class SchedulesAndExceptionsTest {

  @Test
  void a_labelled_schedule_agreed_to_is_a_decision() {
    assertThat(decisions(
        "U1", "kicking off the status page revamp, this thread is for scope and dates",
        "U2", "dates: internal soft launch Jan 5, public Jan 12",
        "U3", "works for me"))
        .containsExactly("Dates: internal soft launch Jan 5, public Jan 12");
    assertThat(decisions(
        "U1", "Wir planen den Umzug der Datenbank.",
        "U2", "Termine: Probelauf am Mittwoch, Umzug am Sonntag",
        "U3", "einverstanden")).hasSize(1);
  }

  @Test
  void a_labelled_schedule_from_whoever_plans_the_thread_stands_unless_someone_objects() {
    assertThat(decisions(
        "U1", "Q4 access review is due Dec 15 for the audit.",
        "U2", "I can chase the managers for sign-off",
        "U1", "thank you! deadline for managers: Dec 10, so we have buffer"))
        .singleElement().asString().isEqualTo("Deadline for managers: Dec 10, so we have buffer");
    assertThat(decisions(
        "U1", "Q4 access review is due Dec 15 for the audit.",
        "U1", "deadline for managers: Dec 10",
        "U2", "no, that's too early, half of them are out that week")).isEmpty();
  }

  @Test
  void a_labelled_schedule_someone_else_floats_needs_an_agreement() {
    assertThat(decisions(
        "U1", "We need to plan the customer training day.",
        "U2", "agenda: admin in the morning, reporting in the afternoon",
        "U3", "who is presenting reporting?")).isEmpty();
  }

  @Test
  void a_rule_agreed_with_its_exception_is_a_decision_in_each_language() {
    assertThat(decisions(
        "U1", "Il faut trancher sur la taille des PR.",
        "U2", "et les PR de plus de 400 lignes ? personne ne veut les relire",
        "U1", "d'accord, au-delà de 400 lignes on découpe, sauf code généré"))
        .singleElement().asString().contains("sauf code généré");
    assertThat(decisions(
        "U1", "Tema guardias de fin de semana: hay que decidirlo esta semana.",
        "U2", "yo votaría por meter a todo el equipo backend en la rotación",
        "U1", "me parece bien: todo backend, menos quien lleve menos de 3 meses"))
        .anySatisfy(d -> assertThat(d).contains("menos quien lleve"));
    assertThat(decisions(
        "U1", "laptop refresh policy: every 3 years",
        "U2", "can people choose mac vs linux?",
        "U1", "yes, mac or linux. windows only on request, for finance"))
        .anySatisfy(d -> assertThat(d).isEqualTo("Windows only on request, for finance"));
  }

  @Test
  void an_exception_in_a_status_report_or_a_question_is_no_decision() {
    assertThat(decisions(
        "U1", "is the outage over?",
        "U2", "everything is back except search, still reindexing")).isEmpty();
    assertThat(decisions(
        "U1", "PRs over 400 lines get split.",
        "U2", "yes, but except generated code?")).isEmpty();
    assertThat(decisions(
        "U1", "Il faut trancher sur la taille des PR.",
        "U2", "je pense qu'on découpe tout, sauf code généré, mais je ne suis pas sûr")).isEmpty();
  }
}
