package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decisions said in a reply without a decision word: a plain answer taken by whoever leads the
 * thread, a date or a revised proposal agreed by naming it, a plan in steps, a rule laid down
 * from now on, a "no, for now"; and a bare "Decidido" joining what it settles. Each beside the
 * wordings that only look like them: preferences, hedges, tasks of one's own, questions and
 * deferrals.
 */
class RulesAndPlansInRepliesTest {

  private static List<Detection<Point>> found(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)));
  }

  private static List<String> decisions(String... userTextPairs) {
    return found(userTextPairs).stream().map(d -> d.value().text()).toList();
  }

  @Test
  void a_plain_answer_taken_by_whoever_leads_the_thread_is_a_decision() {
    assertThat(decisions(
        "U1", "we need to settle the API error format before the v2 docs freeze.",
        "U2", "what about validation errors with multiple fields?",
        "U3", "an errors array extension with field and message per entry",
        "U1", "yep"))
        .singleElement().asString().startsWith("An errors array extension");
    assertThat(decisions(
        "U1", "Il faut fixer le format des erreurs de l'API avant le gel de la doc.",
        "U2", "et pour les erreurs de validation ?",
        "U3", "un tableau errors avec field et message par entrée",
        "U1", "ok"))
        .singleElement().asString().startsWith("Un tableau errors");
  }

  @Test
  void a_preference_voiced_in_answer_is_no_decision_in_any_language() {
    assertThat(decisions(
        "U1", "we need to settle the API error format before the v2 docs freeze.",
        "U2", "RFC 9457 problem details? type, title, status, detail",
        "U1", "that's my preference too",
        "U3", "our SDKs parse error.message today, switching breaks every client"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Il faut choisir le format des erreurs de l'API avant le gel de la doc.",
        "U2", "et pour le format, RFC 9457 ?",
        "U1", "je préfère aussi RFC 9457",
        "U3", "nos SDK lisent error.message aujourd'hui"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Hay que elegir el formato de errores de la API antes de congelar la documentación.",
        "U2", "¿y para el formato, RFC 9457?",
        "U1", "prefiero RFC 9457 también",
        "U3", "los SDK leen error.message hoy"))
        .isEmpty();
  }

  @Test
  void a_bare_decision_word_joins_what_it_settles_and_never_stands_alone() {
    List<Detection<Point>> found = found(
        "U1", "os pagamentos via Pix voltaram.",
        "U2", "daqui pra frente os certificados entram no monitor de expiração, alerta 30 dias"
            + " antes. decidido?",
        "U1", "decidido");
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.value().text()).startsWith("Daqui pra frente os certificados");
      assertThat(d.value().sources()).hasSize(2);
    });
    assertThat(decisions(
        "U1", "o relatório das 9h falhou de novo, disco cheio no runner.",
        "U2", "decidido"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Ortega wants their sandbox reseeded, could you do it by friday?",
        "U2", "friday's tight for me, thursday works better. thursday it is"))
        .anyMatch(d -> d.contains("hursday it is"));
  }

  @Test
  void a_date_or_a_revised_proposal_agreed_by_naming_it_is_a_decision() {
    assertThat(decisions(
        "U1", "La fenêtre de maintenance passe au premier dimanche du mois, de 6h à 10h.",
        "U2", "Première fenêtre le 7 février alors ?",
        "U1", "Oui, 7 février"))
        .singleElement().asString().startsWith("Première fenêtre le 7 février");
    assertThat(decisions(
        "U1", "we need a plan for moving the last 140 customers off the legacy cluster.",
        "U2", "swap them then: enterprise in wave 2 with more time, mid-size in wave 3?",
        "U1", "yes thats better"))
        .singleElement().asString().startsWith("Swap them then: enterprise in wave 2");
  }

  @Test
  void an_agreement_that_adds_a_task_or_a_condition_agrees_to_no_proposal() {
    assertThat(decisions(
        "U1", "La fenêtre de maintenance passe au premier dimanche du mois.",
        "U2", "Tu prépares le mail aux clients pour le 7 février ?",
        "U1", "Oui, je m'en occupe"))
        .isEmpty();
    assertThat(decisions(
        "U1", "we need a plan for moving the last customers off the legacy cluster.",
        "U2", "enterprise in wave 2?",
        "U1", "yes, but not before the contract review"))
        .isEmpty();
  }

  @Test
  void a_plan_in_steps_from_whoever_leads_the_thread_is_a_decision_in_every_language() {
    assertThat(decisions(
        "U1", "We keep promising beta access ad hoc. Proposal: one beta program, opt-in form.",
        "U2", "admin panel is 2 sprints of work",
        "U1", "Airtable now, admin panel later if it sticks"))
        .anyMatch(d -> d.startsWith("Airtable now, admin panel later"));
    assertThat(decisions(
        "U1", "Design reviews for every UI change bigger than a bugfix, starting Jan 6.",
        "U2", "what about the mobile teams, they're on a different repo setup",
        "U1", "mobile joins later, web first"))
        .anyMatch(d -> d.startsWith("Mobile joins later, web first"));
    assertThat(decisions(
        "U1", "Wir stellen die Filialen auf das neue Kassensystem um.",
        "U2", "alle auf einmal ist riskant",
        "U1", "zuerst die drei Filialen in Köln, die anderen später im Frühjahr"))
        .anyMatch(d -> d.startsWith("Zuerst die drei Filialen"));
    assertThat(decisions(
        "U1", "Migramos los clientes al nuevo plan de facturación.",
        "U2", "los grandes tienen contratos especiales",
        "U1", "primero las cuentas pequeñas, las grandes después del cierre"))
        .anyMatch(d -> d.startsWith("Primero las cuentas pequeñas"));
  }

  @Test
  void steps_hedged_taken_on_or_put_by_someone_not_leading_decide_nothing() {
    assertThat(decisions(
        "U1", "We keep promising beta access ad hoc. Proposal: one beta program, opt-in form.",
        "U2", "admin panel is 2 sprints of work",
        "U1", "maybe Airtable first, admin panel later?"))
        .isEmpty();
    assertThat(decisions(
        "U1", "We keep promising beta access ad hoc. Proposal: one beta program, opt-in form.",
        "U2", "admin panel is 2 sprints of work",
        "U1", "I'll set up Airtable first and look at the admin panel later"))
        .isEmpty();
    assertThat(decisions(
        "U1", "We keep promising beta access ad hoc. Proposal: one beta program, opt-in form.",
        "U2", "admin panel is 2 sprints of work",
        "U3", "Airtable now, admin panel later if it sticks",
        "U2", "not sure sales will like that"))
        .isEmpty();
  }

  @Test
  void a_rule_laid_down_from_now_on_is_a_decision_whoever_states_it() {
    assertThat(decisions(
        "U1", "heads up: the bank rejected today's payroll file, 3 bad IBANs.",
        "U2", "file regenerated and uploaded, bank portal says accepted",
        "U3", "great. for the future: IBANs get validated at entry, checksum, no exceptions."))
        .singleElement().asString().startsWith("For the future: IBANs get validated");
    assertThat(decisions(
        "U1", "La banque a rejeté le fichier de paie, trois IBAN invalides.",
        "U2", "fichier régénéré et accepté",
        "U3", "désormais les IBAN sont validés à la saisie, sans exception"))
        .singleElement().asString().startsWith("Désormais les IBAN sont validés");
    assertThat(decisions(
        "U1", "os pagamentos via Pix voltaram, o certificado venceu.",
        "U2", "certificado novo instalado",
        "U3", "daqui pra frente os certificados entram no monitor de expiração"))
        .singleElement().asString().startsWith("Daqui pra frente os certificados");
  }

  @Test
  void a_rule_hedged_asked_or_taken_on_from_now_on_is_no_decision() {
    assertThat(decisions(
        "U1", "heads up: the bank rejected today's payroll file, 3 bad IBANs.",
        "U2", "file regenerated and uploaded, bank portal says accepted",
        "U3", "going forward we should probably validate IBANs at entry"))
        .isEmpty();
    assertThat(decisions(
        "U1", "heads up: the bank rejected today's payroll file, 3 bad IBANs.",
        "U2", "file regenerated and uploaded, bank portal says accepted",
        "U3", "from now on I'll double-check the file before upload"))
        .isEmpty();
    assertThat(decisions(
        "U1", "heads up: the bank rejected today's payroll file, 3 bad IBANs.",
        "U2", "file regenerated and uploaded, bank portal says accepted",
        "U3", "do we validate IBANs at entry from now on?"))
        .isEmpty();
  }

  @Test
  void a_no_for_now_answers_whether_we_keep_something() {
    assertThat(decisions(
        "U1", "Il faut fixer la fenêtre de maintenance mensuelle pour 2027.",
        "U2", "Et on garde une fenêtre d'urgence en semaine ?",
        "U1", "On verra au besoin, pour l'instant non"))
        .singleElement().asString().startsWith("On verra au besoin, pour l'instant non");
    assertThat(decisions(
        "U1", "Proposal: we move web and backend to trunk-based development in January.",
        "U2", "do we keep the develop branch?",
        "U1", "no, for now"))
        .containsExactly("No, for now");
  }

  @Test
  void a_put_off_that_only_mentions_now_leaves_the_question_open() {
    assertThat(decisions(
        "U1", "Proposal: we move web and backend to trunk-based development in January.",
        "U2", "do we keep the develop branch?",
        "U1", "not now, let's talk about it next week"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Il faut fixer la fenêtre de maintenance mensuelle pour 2027.",
        "U2", "Et on garde une fenêtre d'urgence en semaine ?",
        "U1", "On verra au besoin, je ne sais pas pour l'instant"))
        .isEmpty();
  }
}
