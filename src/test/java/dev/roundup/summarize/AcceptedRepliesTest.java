package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions reached in an exchange: an answer accepted by the one it answered, a question about
 * what to do settled by whoever started the conversation, and a decision line with nothing of
 * its own that settles the proposal before it. Beside each, the replies that settle nothing.
 */
class AcceptedRepliesTest {

  private static List<Point> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)))
        .stream().map(Detection::value).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | for speakers I was thinking each team lead gets 5 min. thoughts? | 5 min is tight for platform, we have the migration to explain | fair, platform gets 10, everyone else 5 | works
      en | users get every push twice since 1.14. can we roll back 1.14? | backend yes, the app no. I'd rather hotfix the retry job, it's a one-liner | x | ok go for the hotfix. how long?
      """)
  void an_answer_accepted_by_the_one_it_answered_is_a_decision(String language, String put,
      String objection, String answer, String accepted) {
    List<Point> found = answer.equals("x")
        ? decisions("UA", put, "UB", objection, "UA", accepted)
        : decisions("UA", put, "UB", objection, "UA", answer, "UB", accepted);
    assertThat(found).singleElement().satisfies(p -> assertThat(p.sources()).hasSizeGreaterThan(1));
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      for speakers I was thinking each team lead gets 5 min. thoughts? | 5 min is tight for platform, we have the migration to explain | fair, platform gets 10, everyone else 5 | no, 10 is too much for everyone
      for speakers I was thinking each team lead gets 5 min. thoughts? | 5 min is tight for platform, we have the migration to explain | fair, platform gets 10, everyone else 5 | let's see how many teams sign up first
      for speakers I was thinking each team lead gets 5 min. thoughts? | 5 min is tight for platform, we have the migration to explain | fair, platform gets 10, everyone else 5 | does platform really need 10?
      """)
  void an_answer_refused_put_off_or_questioned_is_no_decision(String put, String objection,
      String answer, String reply) {
    assertThat(decisions("UA", put, "UB", objection, "UA", answer, "UB", reply)).isEmpty();
  }

  @Test
  void an_answer_whose_asker_takes_a_task_from_it_is_no_decision() {
    assertThat(decisions(
        "UR", "Customer says the CSV import skips accented names. Known issue?",
        "US", "not that I know of, we assume UTF-8 everywhere",
        "UR", "can we at least tell them a workaround for now?",
        "US", "save as CSV UTF-8 in Excel, that works",
        "UR", "perfect, I'll send them that today")).isEmpty();
  }

  @Test
  void whoever_started_the_conversation_settles_a_question_about_what_to_do() {
    List<Point> settled = decisions(
        "UROSA", "interns start monday, the welcome session is on me to organise",
        "UWANDA", "should it still be 2 hours? feedback last year was it dragged",
        "UROSA", "let's cut it to 1h and do the rest as a buddy walk-through");
    assertThat(settled).singleElement().extracting(Point::text)
        .isEqualTo("Let's cut it to 1h and do the rest as a buddy walk-through");
  }

  @Test
  void an_answer_from_someone_else_or_one_put_off_settles_nothing() {
    assertThat(decisions(
        "UROSA", "interns start monday, the welcome session is on me to organise",
        "UWANDA", "should it still be 2 hours? feedback last year was it dragged",
        "UAHMED", "let's cut it to 1h and do the rest as a buddy walk-through")).isEmpty();
    assertThat(decisions(
        "UROSA", "interns start monday, the welcome session is on me to organise",
        "UWANDA", "should it still be 2 hours? feedback last year was it dragged",
        "UROSA", "let's cut it to 1h and do the rest as a buddy walk-through",
        "UWANDA", "hmm, let's decide that at the next sync")).isEmpty();
  }

  @Test
  void a_decision_line_with_nothing_of_its_own_settles_the_proposal_before_it() {
    List<Point> found = decisions(
        "UANJA", "Wir müssen klären, ob wir zwischen den Jahren überhaupt deployen.",
        "UTOBI", "Ich wäre für einen kompletten Freeze vom 22.12. bis 2.1., nur Hotfixes.",
        "USVEN", "Klingt vernünftig, die Kunden sind eh im Urlaub.",
        "UANJA", "Gut, dann machen wir das so.");
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.text()).startsWith("Ich wäre für einen kompletten Freeze");
      assertThat(p.sources()).hasSize(2);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      es | La app devuelve 502 desde hace diez minutos. ¿Desplegamos algo? | No, pero el certificado interno entre el balanceador y los nodos caducó a las 10:00.
      en | the app returns 502 since ten minutes ago. did we deploy something? | no, but the internal certificate between the balancer and the nodes expired at 10:00
      """)
  void a_no_that_goes_on_to_explain_grants_and_refuses_nothing(String language, String asked,
      String answer) {
    assertThat(decisions("UA", asked, "UB", answer)).isEmpty();
  }

  @Test
  void a_way_out_of_an_objection_accepted_by_the_objector_is_a_decision() {
    List<Point> found = decisions(
        "ULARS", "poll results on moving standup to async: 7 for, 2 against",
        "UMIA", "the 2 against were mostly worried about losing the tuesday demo slot",
        "ULARS", "we can keep tuesdays live and go async mon/wed/thu/fri",
        "UMIA", "that'd work for me");
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.text()).startsWith("We can keep tuesdays live");
      assertThat(p.sources()).hasSize(3);
    });
    assertThat(decisions(
        "ULARS", "poll results on moving standup to async: 7 for, 2 against",
        "UMIA", "the 2 against were mostly worried about losing the tuesday demo slot",
        "ULARS", "we can keep tuesdays live and go async mon/wed/thu/fri",
        "UMIA", "not sure, we'd lose the demo rhythm anyway")).isEmpty();
  }
}
