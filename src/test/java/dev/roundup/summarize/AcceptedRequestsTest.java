package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcceptedRequestsTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Sofia", "U2", "Tariq",
      "U3", "Andres", "U4", "Hugo", "U5", "Pablo", "U6", "Felix");

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(NAMES, userTextPairs);
  }

  @Test
  void a_request_to_someone_named_without_a_comma_is_theirs_once_they_take_it() {
    assertThat(items(
        "U1", "alright, candidates pick the format and we use the same rubric for both.",
        "U1", "tariq can you adapt the rubric?",
        "U2", "yep, draft by monday"))
        .extracting(ActionItem::owner, ActionItem::text)
        .containsExactly(tuple("U2", "Adapt the rubric"));
  }

  @Test
  void a_mention_joined_to_its_task_by_and_is_a_request_when_taken_on() {
    assertThat(items(
        "U1", "billing confirmed the credit for the stuck seats on the account.",
        "U1", "<@U6> and let the customer know about the credit once billing confirms it",
        "U6", "will do"))
        .extracting(ActionItem::owner).containsExactly("U6");
  }

  @Test
  void requests_in_other_languages_are_taken_on_by_the_one_named() {
    assertThat(items(
        "U1", "Die Filialen laufen über LTE-Backup, bis die Leitung wieder steht.",
        "U1", "<@U6> und bitte mit dem Provider eine Gutschrift für die Ausfallzeit klären",
        "U6", "ok, nehm ich mit"))
        .extracting(ActionItem::owner).containsExactly("U6");
    assertThat(items(
        "U1", "oui, on en profite : le message d'erreur indiquera la ligne et la colonne.",
        "U1", "Hugo tu t'en charges dans le même ticket ?",
        "U4", "ça marche"))
        .extracting(ActionItem::owner).containsExactly("U4");
    assertThat(items(
        "U1", "entonces lo tratamos como incidente de seguridad, severidad alta.",
        "U1", "Andrés, ¿puedes tener el parche de permisos hoy?",
        "U3", "sí, antes de las 18h"))
        .extracting(ActionItem::owner).containsExactly("U3");
  }

  @Test
  void a_request_left_untaken_or_turned_down_is_no_task_of_theirs() {
    assertThat(items(
        "U1", "billing confirmed the credit for the stuck seats on the account.",
        "U1", "<@U6> and let the customer know about the credit once billing confirms it",
        "U2", "I wonder whether they will even notice the credit"))
        .extracting(ActionItem::owner).doesNotContain("U6");
    assertThat(items(
        "U1", "alright, candidates pick the format and we use the same rubric for both.",
        "U1", "tariq can you adapt the rubric?",
        "U2", "no, not this week, I'm out"))
        .extracting(ActionItem::owner).doesNotContain("U2");
    assertThat(items(
        "U1", "<@U2> can you adapt the rubric?",
        "U2", "no, not this week, I'm out"))
        .extracting(ActionItem::owner).doesNotContain("U2");
    // A yes that opens with "no", and a yes with a reservation, still take it on.
    assertThat(items(
        "U1", "<@U2> can you adapt the rubric?",
        "U2", "no problem, on it"))
        .extracting(ActionItem::owner).contains("U2");
    assertThat(items(
        "U1", "<@U2> can you freeze the UI by Feb 10 so felix can screenshot?",
        "U2", "Feb 10 is tight but ok, freeze on the 10th"))
        .extracting(ActionItem::owner).contains("U2");
  }

  @Test
  void asking_someone_for_an_approval_or_a_fact_gives_them_nothing_to_do() {
    assertThat(items(
        "U1", "la rotación de guardias arranca en junio para todo el equipo backend.",
        "U1", "pablo, ¿eso lo apruebas tú?",
        "U5", "sí, aprobado, lo tengo en presupuesto"))
        .extracting(ActionItem::owner).doesNotContain("U5");
    assertThat(items(
        "U1", "the report_tz flag fixes the timezone for the Brightwell reports.",
        "U1", "<@U6> is the flag safe to enable for every workspace?",
        "U6", "yes, it only changes the report header"))
        .extracting(ActionItem::owner).doesNotContain("U6");
  }

  @Test
  void a_request_for_it_names_what_was_said_just_before() {
    assertThat(items(
        "U1", "lag back to zero, all pods healthy again.",
        "U1", "postmortem thursday? <@U2> can you write it up",
        "U2", "sure, draft by wed evening"))
        .singleElement().satisfies(a -> {
          assertThat(a.owner()).isEqualTo("U2");
          assertThat(a.text()).startsWith("Postmortem thursday — Write it up");
        });
    assertThat(items(
        "U1", "registration page — <@U2> can you build it this week?",
        "U2", "yep, draft by thursday"))
        .singleElement().satisfies(a -> assertThat(a.text()).startsWith("Registration page — "));
  }

  @Test
  void done_with_a_deadline_promises_the_task_rather_than_reports_it() {
    assertThat(items(
        "U1", "leads approved the new on-call pay, it starts Jan 1.",
        "U1", "<@U2> can you update the on-call page in the handbook?",
        "U2", "done by friday"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "leads approved the new on-call pay, it starts Jan 1.",
        "U1", "<@U2> can you update the on-call page in the handbook?",
        "U2", "done, the page is updated"))
        .isEmpty();
  }

  @Test
  void whoever_answers_a_who_question_after_a_lead_in_or_without_its_mark_takes_it() {
    assertThat(items(
        "U1", "late to this — who's cutting the 3.x branch?",
        "U5", "me, tomorrow morning"))
        .extracting(ActionItem::owner).containsExactly("U5");
    assertThat(items(
        "U1", "who sets up the PagerDuty schedule",
        "U2", "I can"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "the pager schedule is set up now",
        "U2", "I can"))
        .isEmpty();
  }

  @Test
  void a_question_put_to_someone_named_after_its_subject_or_at_its_end_is_theirs_once_taken() {
    assertThat(items(
        "U1", "docs PR #901 is up, <@U2> review pls?",
        "U2", "will look after lunch"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U2", "should we cache the geocoding results so the bill stops growing?",
        "U1", "yes pls, can you take it tariq?",
        "U2", "sure, next sprint"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void someone_named_later_in_a_statement_or_asked_to_agree_is_given_nothing() {
    assertThat(items(
        "U1", "I talked to support, <@U2> said the customer is fine with it",
        "U2", "yep"))
        .isEmpty();
    assertThat(items(
        "U1", "so three levels and anyone on call declares.",
        "U1", "<@U6> you good with this?",
        "U6", "yes. ship it"))
        .isEmpty();
  }

  @Test
  void a_bare_mention_after_what_is_left_asks_them_to_take_it() {
    assertThat(items(
        "U1", "ok. il reste l'accueil l'après-midi pour la journée portes ouvertes. <@U4> ?",
        "U4", "ok pour l'aprem, je suis là de toute façon"))
        .singleElement().satisfies(a -> {
          assertThat(a.owner()).isEqualTo("U4");
          assertThat(a.text()).contains("accueil");
        });
    assertThat(items(
        "U1", "what do we do about the 3pm slot? <@U2> ?",
        "U2", "ok"))
        .isEmpty();
  }

  @Test
  void a_bare_yes_to_a_statement_about_someone_confirms_it_and_takes_nothing_on() {
    assertThat(items(
        "U1", "<@U6> deployed the hotfix to every region this morning",
        "U6", "yes"))
        .isEmpty();
    assertThat(items(
        "U1", "<@U6> and let the customer know about the credit once billing confirms it",
        "U6", "sure, will do"))
        .extracting(ActionItem::owner).containsExactly("U6");
  }

  @Test
  void a_question_about_what_someone_knows_is_answered_by_their_yes_not_taken_on() {
    assertThat(items(
        "U1", "the customer wants the archived projects in their export.",
        "U1", "<@U6> do you know whether the export includes archived projects?",
        "U6", "yes, it does since 4.2"))
        .isEmpty();
    assertThat(items(
        "U1", "the db failover scenario still needs someone for game day.",
        "U1", "<@U6> do you want to own the db failover scenario?",
        "U6", "yep"))
        .extracting(ActionItem::owner).containsExactly("U6");
  }
}
