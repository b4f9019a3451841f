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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | for speakers I was thinking each team lead gets 5 min. thoughts? | 5 min is tight for platform, we have the migration to explain | fair, platform gets 10, everyone else 5 | works
      en | users get every push twice since 1.14. can we roll back 1.14? | backend yes, the app no. I'd rather hotfix the retry job, it's a one-liner | x | ok go for the hotfix. how long?
      """)
  void an_answer_accepted_by_the_one_it_answered_is_a_decision(String language, String put,
      String objection, String answer, String accepted) {
    List<Point> found = answer.equals("x")
        ? Threads.decisionPoints("UA", put, "UB", objection, "UA", accepted)
        : Threads.decisionPoints("UA", put, "UB", objection, "UA", answer, "UB", accepted);
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
    assertThat(Threads.decisionPoints("UA", put, "UB", objection, "UA", answer, "UB", reply)).isEmpty();
  }

  @Test
  void an_answer_whose_asker_takes_a_task_from_it_is_no_decision() {
    assertThat(Threads.decisionPoints(
        "UR", "Customer says the CSV import skips accented names. Known issue?",
        "US", "not that I know of, we assume UTF-8 everywhere",
        "UR", "can we at least tell them a workaround for now?",
        "US", "save as CSV UTF-8 in Excel, that works",
        "UR", "perfect, I'll send them that today")).isEmpty();
  }

  @Test
  void whoever_started_the_conversation_settles_a_question_about_what_to_do() {
    List<Point> settled = Threads.decisionPoints(
        "UROSA", "interns start monday, the welcome session is on me to organise",
        "UWANDA", "should it still be 2 hours? feedback last year was it dragged",
        "UROSA", "let's cut it to 1h and do the rest as a buddy walk-through");
    assertThat(settled).singleElement().extracting(Point::text)
        .isEqualTo("Let's cut it to 1h and do the rest as a buddy walk-through");
  }

  @Test
  void an_answer_from_someone_else_or_one_put_off_settles_nothing() {
    assertThat(Threads.decisionPoints(
        "UROSA", "interns start monday, the welcome session is on me to organise",
        "UWANDA", "should it still be 2 hours? feedback last year was it dragged",
        "UAHMED", "let's cut it to 1h and do the rest as a buddy walk-through")).isEmpty();
    assertThat(Threads.decisionPoints(
        "UROSA", "interns start monday, the welcome session is on me to organise",
        "UWANDA", "should it still be 2 hours? feedback last year was it dragged",
        "UROSA", "let's cut it to 1h and do the rest as a buddy walk-through",
        "UWANDA", "hmm, let's decide that at the next sync")).isEmpty();
  }

  @Test
  void a_decision_line_with_nothing_of_its_own_settles_the_proposal_before_it() {
    List<Point> found = Threads.decisionPoints(
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
    assertThat(Threads.decisionPoints("UA", asked, "UB", answer)).isEmpty();
  }

  @Test
  void a_way_out_of_an_objection_accepted_by_the_objector_is_a_decision() {
    List<Point> found = Threads.decisionPoints(
        "ULARS", "poll results on moving standup to async: 7 for, 2 against",
        "UMIA", "the 2 against were mostly worried about losing the tuesday demo slot",
        "ULARS", "we can keep tuesdays live and go async mon/wed/thu/fri",
        "UMIA", "that'd work for me");
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.text()).startsWith("We can keep tuesdays live");
      assertThat(p.sources()).hasSize(3);
    });
    assertThat(Threads.decisionPoints(
        "ULARS", "poll results on moving standup to async: 7 for, 2 against",
        "UMIA", "the 2 against were mostly worried about losing the tuesday demo slot",
        "ULARS", "we can keep tuesdays live and go async mon/wed/thu/fri",
        "UMIA", "not sure, we'd lose the demo rhythm anyway")).isEmpty();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      ok proposal for the bride: all 60 pink peonies go in the bouquet and the couple's table, garden roses and ranunculus on the guest tables, 10% off the total | and the 80 white ones? we could mix them in | not white, she said very clearly she didn't want white at the wedding | true, i forgot
      ok Vorschlag für die Braut: alle 60 rosa Pfingstrosen in den Strauß und auf den Brauttisch, Gartenrosen und Ranunkeln auf die Gästetische, 10% Rabatt | und die 80 weißen? die könnte man mischen | nein, sie hat ganz klar gesagt, dass sie kein Weiß auf der Hochzeit will | stimmt, vergessen
      ok proposition pour la mariée : les 60 pivoines roses dans le bouquet et sur la table des mariés, roses de jardin et renoncules sur les tables des invités, 10% de remise | et les 80 blanches ? on pourrait mélanger | blanc non, elle a dit clairement qu'elle ne voulait pas de blanc au mariage | c'est vrai, j'avais oublié
      ok propuesta para la novia: las 60 peonías rosas en el ramo y la mesa de los novios, rosas de jardín y ranúnculos en las mesas de invitados, 10% de descuento | ¿y las 80 blancas? se podrían mezclar | blanco no, dijo muy claro que no quería blanco en la boda | verdad, lo había olvidado
      ok proposta pra noiva: as 60 peônias rosa vão no buquê e na mesa dos noivos, rosa garden + ranúnculo nas mesas dos convidados, 10% de desconto | e as 80 brancas? dava pra misturar | branca não, ela falou com todas as letras que não queria branco no casamento | verdade, tinha esquecido
      花嫁への提案：ピンクの芍薬60本はブーケと新郎新婦の席に、ゲスト席はガーデンローズとラナンキュラス、合計から10%引き | 白の80本は？混ぜられそうですが | 白はなし、結婚式に白は使いたくないとはっきり言っていました | そうでした、忘れてました
      """)
  void a_no_from_whoever_leads_cites_the_answer_and_not_the_proposal_it_turns_down(String opener,
      String proposal, String refusal, String taken) {
    List<Point> found = Threads.decisionPoints("UA", opener, "UB", proposal, "UA", refusal, "UB", taken);
    String proposed = "1700000002.000100";
    assertThat(found).isNotEmpty().noneMatch(p -> p.sources().contains(proposed));
  }

  @Test
  void a_yes_from_whoever_leads_cites_the_proposal_it_takes() {
    assertThat(Threads.decisionPoints("UA", "ok proposal for the bride: all 60 pink peonies go in the bouquet",
        "UB", "and the 80 white ones? we could mix them in",
        "UA", "yes, mix them into the guest tables, she likes white", "UB", "great"))
        .anyMatch(p -> p.sources().contains("1700000002.000100"));
  }

  /**
   * Whoever started the thread answering "do we still have …?" says where something is, and an
   * answer they put off ("… let me think about it") settles nothing; the same exchanges with a
   * plan said outright do.
   */
  @Test
  void a_lead_saying_where_something_is_or_putting_the_answer_off_settles_nothing() {
    String opening = "hail hit the orchard last night, the young block looks bad. adjuster comes thursday";
    assertThat(Threads.decisionPoints(
        "UA", opening,
        "UB", "do we still have the photos from the 2019 hail? adjuster wanted a comparison last time",
        "UA", "office pc, folder \"hail 2019\"")).isEmpty();
    assertThat(Threads.decisionPoints(
        "UA", opening,
        "UB", "do we still spray copper on the young block this week?",
        "UA", "yes, copper on the young block tomorrow morning, before the adjuster comes"))
        .isNotEmpty();
    String album = "the okafors picked their album layout. they want a linen cover, we only have leather samples";
    assertThat(Threads.decisionPoints(
        "UA", album,
        "UB", "do we order a linen sample?",
        "UA", "the lab charges 45 for samples. let me think about it")).isEmpty();
    assertThat(Threads.decisionPoints(
        "UA", album,
        "UB", "do we order a linen sample?",
        "UA", "yes, order one from the lab, 45 is fine")).isNotEmpty();
  }
}
