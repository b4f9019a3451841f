package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commitments made by answering: the one who answers "who will do it?" owns it, and the one whose
 * offer is granted owns it. Each language's case sits beside the replies that take nothing on: a
 * no, a question back, a reply about the past, a hypothetical or postponed one.
 */
class RepliesTakingItOnTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | interns start monday, the laptops are ready. who's doing the welcome session? | I did it last year, happy to do it again
      es | Vamos a mover los certificados a cert-manager. ¿Quién se encarga de la migración? | Yo, la semana que viene.
      de | Die Ankündigung für das Team muss raus. Wer übernimmt die Ankündigung für das Team? | Ich, bis Freitag.
      pt | O offsite vai ser no Porto em março. Quem cuida das reservas do hotel? | Eu, até o fim do mês.
      fr | La release part jeudi soir comme prévu. Qui s'occupe des notes de version? | Moi, je les écris demain.
      """)
  void whoever_answers_who_will_do_it_owns_the_task(String language, String asked,
      String answer) {
    assertThat(items("UASK", asked, "UANS", answer)).singleElement()
        .satisfies(item -> assertThat(item.owner()).isEqualTo("UANS"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | interns start monday, the laptops are ready. who's doing the welcome session? | no idea, nobody yet
      en | interns start monday, the laptops are ready. who's doing the welcome session? | Mia did it last year, I think
      en | interns start monday, the laptops are ready. who's doing the welcome session? | does it have to be an engineer?
      es | Vamos a mover los certificados a cert-manager. ¿Quién se encarga de la migración? | No sé, lo vemos en el postmortem.
      de | Die Ankündigung für das Team muss raus. Wer übernimmt die Ankündigung für das Team? | Keine Ahnung, vielleicht Petra.
      pt | O offsite vai ser no Porto em março. Quem cuida das reservas do hotel? | Não sei ainda, depende do orçamento.
      """)
  void an_answer_that_takes_nothing_on_makes_no_task(String language, String asked,
      String answer) {
    assertThat(items("UASK", asked, "UANS", answer)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      anyone able to update the payments runbook? | on it
      does anyone have time to update the payments runbook? | I'll do it
      any volunteers to update the payments runbook? | mine
      """)
  void a_task_put_to_whoever_is_free_is_taken_by_the_one_who_answers(String asked,
      String answer) {
    assertThat(items("UASK", "the payments runbook is a year out of date", "UASK", asked,
        "UANS", answer)).singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UANS");
          assertThat(item.text()).isEqualToIgnoringCase("update the payments runbook");
        });
    // asked, and nobody takes it: still listed, with no owner
    assertThat(items("UASK", "the payments runbook is a year out of date", "UASK", asked,
        "UANS", "good idea")).extracting(ActionItem::owner).containsExactly((String) null);
  }

  @org.junit.jupiter.api.Test
  void me_too_to_who_will_do_it_takes_nothing_on() {
    String asked = "interns start monday, the laptops are ready. who's doing the welcome session?";
    assertThat(items("UASK", asked, "UANS", "me")).singleElement()
        .satisfies(item -> assertThat(item.owner()).isEqualTo("UANS"));
    assertThat(items("UASK", asked, "UANS", "me too")).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      who's updating the runbook? | I'll do it | updating the runbook
      who takes the pager this week? | I'll do it | take the pager this week
      """)
  void a_who_question_answered_with_i_will_do_it_names_the_task_in_its_words(String asked,
      String answer, String task) {
    assertThat(items("UASK", "two things left before the audit", "UASK", asked, "UANS", answer))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UANS");
          assertThat(item.text()).containsIgnoringCase(task).doesNotStartWith("who");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      who can process it? I don't have Stripe access | I can, send me the account id | process it
      who signs off the callout? it's out of hours rate | i will, send me the PO when you have it | sign off the callout
      """)
  void taking_it_on_and_asking_back_for_what_it_needs_is_the_task_asked(String asked,
      String answer, String task) {
    assertThat(items("UASK", "refund approved, the double charge was ours", "UASK", asked,
        "UANS", answer)).singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UANS");
          assertThat(item.text()).isEqualToIgnoringCase(task);
        });
  }

  @org.junit.jupiter.api.Test
  void owning_up_to_what_was_done_takes_nothing_on() {
    assertThat(items("USEC", "a deploy token leaked in a public gist, revoked now",
        "USEC", "who made the gist? not blaming, just need to know what else was in it",
        "UDEV", "me, sorry, I pasted my whole .env")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_who_question_after_a_word_of_lead_in_is_still_answered() {
    assertThat(items("UASK", "two things left before the audit", "UASK",
        "ok, so who drafts the DPA?", "UANS", "I'll do it")).singleElement()
        .satisfies(item -> assertThat(item.owner()).isEqualTo("UANS"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      pt | Fechado então, Porto. | Quer que eu faça as reservas do hotel? | Sim, por favor. Até o fim do mês.
      en | ok, Porto it is then. | want me to book the hotel rooms? | yes please, before prices go up
      es | Vale, Oporto entonces. | ¿Quieres que yo haga las reservas del hotel? | Sí, por favor, antes de fin de mes.
      ja | 会場は本社の会議室にしましょう。 | 会議室の予約をしておきましょうか？ | はい、お願いします。
      """)
  void an_offer_granted_is_owned_by_whoever_offered(String language, String before,
      String offer, String granted) {
    assertThat(items("UORG", before, "UOFF", offer, "UORG", granted)).singleElement()
        .satisfies(item -> assertThat(item.owner()).isEqualTo("UOFF"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      pt | Fechado então, Porto. | Quer que eu faça as reservas do hotel? | Não, a Julia já reservou ontem.
      en | ok, Porto it is then. | want me to book the hotel rooms? | no need, Julia booked them yesterday
      en | ok, Porto it is then. | want me to book the hotel rooms? | maybe, let's see what the budget says first
      es | Vale, Oporto entonces. | ¿Quieres que yo haga las reservas del hotel? | ¿Cuánto cuesta?
      """)
  void an_offer_refused_questioned_or_put_off_is_no_task(String language, String before,
      String offer, String reply) {
    assertThat(items("UORG", before, "UOFF", offer, "UORG", reply)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      de | Gut, dann machen wir das so. Tobi, schreibst du die Ankündigung für das Team? | Jep, bis Freitag. | true
      en | ok, that's settled then. Tobi, will you write the announcement for the team? | yes, by friday | true
      de | Gut, dann machen wir das so. Tobi, schreibst du die Ankündigung für das Team? | Nein, diese Woche schaffe ich das nicht. | false
      de | Gut, dann machen wir das so. Tobi, schreibst du die Ankündigung für das Team? | Bis wann denn? | false
      en | ok, that's settled then. Tobi, will you write the announcement for the team? | yes, it's done, posted it this morning | false
      de | Gut, dann machen wir das so. Tobi, schreibst du die Ankündigung für das Team? | Vielleicht, mal sehen, wie die Woche läuft. | false
      """)
  void a_question_put_to_someone_by_name_and_answered_yes_is_their_task(String language,
      String asked, String reply, boolean taken) {
    Conversation named = new Conversation("C1", List.of(
        new Message("1700000000.000100", null, "UANJA", asked, 0),
        new Message("1700000001.000100", null, "UTOBI", reply, 0)),
        java.util.Map.of("UANJA", "Anja", "UTOBI", "Tobi"));
    List<ActionItem> found = Threads.actionItems(named).stream()
        .filter(i -> "UTOBI".equals(i.owner())).toList();
    assertThat(found).hasSize(taken ? 1 : 0);
  }
}
