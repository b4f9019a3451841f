package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What its speaker took back ("actually scratch that") is no action item, decision, open question
 * or highlight ({@link WithdrawnStatements}); each case is also summarized without the
 * retraction, where the point is listed.
 */
class WithdrawnStatementsTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Ana", "U2", "Ben", "U3", "Cleo");

  private static Summary summarize(String... userTextPairs) {
    return summarize(new ExtractiveSummarizer(), userTextPairs);
  }

  private static Summary summarize(ExtractiveSummarizer summarizer, String... userTextPairs) {
    return summarizer.summarize(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES),
        SummaryOptions.DEFAULT);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      who can send the invoice to acme this week? they have been waiting since monday | i will send the invoice to acme on friday | great, thanks | actually scratch that, finance sends those now
      wer schickt diese Woche die Rechnung an Acme? die warten schon seit Montag darauf | ich schicke die Rechnung am Freitag an Acme | super, danke dir | ach nee, vergesst das, die Buchhaltung macht das jetzt
      qui peut envoyer la facture à Acme cette semaine ? ils l'attendent depuis lundi | je vais envoyer la facture à Acme vendredi | super, merci | en fait non, oubliez ça, c'est la compta qui s'en charge maintenant
      ¿quién manda esta semana la factura a Acme? la están esperando desde el lunes | yo mando la factura a Acme el viernes | genial, gracias | olvidad eso, ahora lo hace contabilidad
      quem pode mandar a fatura pra Acme essa semana? eles estão esperando desde segunda | eu vou mandar a fatura pra Acme na sexta | show, valeu | esquece, agora quem manda é o financeiro
      Acmeへの請求書は誰が送りますか？ | 金曜に私がAcmeに請求書を送ります | ありがとうございます | すみません、さっきのは取り消します。経理が送ることになりました
      """)
  void a_commitment_taken_back_by_whoever_made_it_is_no_action_item(String question,
      String commitment, String thanks, String retraction) {
    Summary kept = summarize("U1", question, "U2", commitment, "U1", thanks);
    assertThat(kept.actionItems()).as("without the retraction").isNotEmpty();

    Summary withdrawn = summarize("U1", question, "U2", commitment, "U1", thanks,
        "U2", retraction);
    assertThat(withdrawn.actionItems()).isEmpty();
    assertThat(withdrawn.highlights()).extracting(Point::sources)
        .noneMatch(sources -> sources.contains(ts(2)));
  }

  @Test
  void a_decision_taken_back_by_whoever_took_it_is_no_decision() {
    String[] decided = {"U1", "venue for the offsite: lake or city?",
        "U2", "ok, we go with the lake venue, 3-4 oct",
        "U3", "+1"};
    assertThat(summarize(decided).decisions()).as("before the retraction").isNotEmpty();

    assertThat(summarize(append(decided, "U2", "hmm forget that, the lake has no rooms that week"))
        .decisions()).isEmpty();
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      idea: double bill saturday, both do 40 mins, 7pm and 9:30 shows | ok let's do the double bill on saturday | hang on, his agent says he won't share a bill | ffs. ok scratch the double bill
      Idee: Doppelabend am Samstag, beide spielen 40 Minuten | passt, dann machen wir den Doppelabend am Samstag | moment, sein Agent sagt, er teilt keinen Abend | mist. ok, vergesst den Doppelabend
      idée : double affiche samedi, 40 minutes chacun | ok, on fait la double affiche samedi | attends, son agent dit qu'il ne partage pas l'affiche | zut. bon, on oublie la double affiche
      idea: sesión doble el sábado, 40 minutos cada uno | vale, hacemos la sesión doble el sábado | espera, su agente dice que no comparte cartel | vaya. vale, olvidad la sesión doble
      ideia: sessão dupla no sábado, 40 minutos cada um | fechado, vamos fazer a sessão dupla no sábado | pera, o agente dele diz que ele não divide a noite | putz. beleza, esquece a sessão dupla
      """)
  void a_decision_taken_back_by_naming_it_is_no_decision(String proposal, String agreed,
      String news, String retraction) {
    String[] decided = {"U1", proposal, "U2", agreed, "U1", news};
    assertThat(summarize(decided).decisions()).as("before the retraction").isNotEmpty();

    assertThat(summarize(append(decided, "U2", retraction)).decisions()).isEmpty();
  }

  @Test
  void a_retraction_naming_what_someone_else_said_takes_back_nothing_of_theirs() {
    String[] decided = {"U1", "idea: double bill saturday, both do 40 mins, 7pm and 9:30 shows",
        "U2", "ok let's do the double bill on saturday", "U1", "great, booking the techs"};
    // Only the speaker's own words are taken back by name: U3 turning it down is an objection
    // for the thread to settle, not a retraction.
    assertThat(summarize(append(decided, "U3", "scratch the double bill")).decisions())
        .isNotEmpty();
  }

  @Test
  void a_plan_taken_back_after_a_task_taken_on_and_an_objection_is_no_decision() {
    String[] decided = {"U1", "£180 a sheet for 2hrs would be nice money",
        "U2", "wed and fri have 2 sheets free most weeks",
        "U3", "ok let's do it — wed and fri, max 2 sheets, non-member groups, £180. hamish can "
            + "you set up the booking form",
        "U1", "🙌 on it",
        "U2", "hold on. our insurance only covers members. a corporate group with no member on "
            + "the ice isn't covered"};
    // The objection alone may lead the shipped trees to doubt the plan; the rules list it, and
    // the retraction takes it away from the rules' reading and from the summary as shipped.
    ExtractiveSummarizer rules =
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none(), ActionTrees.none());
    assertThat(summarize(rules, decided).decisions()).as("before the retraction").isNotEmpty();

    String[] takenBack = append(decided, "U3",
        "ugh. ok scratch that, hamish don't put anything up yet");
    assertThat(summarize(rules, takenBack).decisions()).isEmpty();
    Summary withdrawn = summarize(takenBack);
    assertThat(withdrawn.decisions()).isEmpty();
    assertThat(withdrawn.actionItems()).extracting(ActionItem::text)
        .noneMatch(t -> t.contains("booking form"));
  }

  @Test
  void a_question_its_asker_takes_back_is_not_open() {
    String[] asked = {"U1", "the nightly export failed on the 3rd",
        "U2", "does anything downstream depend on that day?"};
    assertThat(summarize(asked).openQuestions()).as("before the retraction").isNotEmpty();

    assertThat(summarize(append(asked, "U2", "no wait, that was before the cutover. ignore me"))
        .openQuestions()).isEmpty();
  }

  @Test
  void forget_it_after_someone_elses_question_answers_it_and_takes_back_nothing_of_ones_own() {
    Summary s = summarize("U1", "who can send the invoice to acme?",
        "U2", "i will send the invoice to acme on friday",
        "U3", "should i also order the spare toner for acme?",
        "U2", "forget it, too expensive");
    assertThat(s.actionItems()).extracting(ActionItem::text)
        .anySatisfy(t -> assertThat(t).containsIgnoringCase("invoice"));
  }

  @Test
  void a_retraction_that_says_the_new_plan_keeps_the_new_plan() {
    Summary s = summarize("U1", "who can send the invoice to acme?",
        "U2", "i will send the invoice to acme on friday",
        "U2", "actually scratch that, i will send the invoice to acme on monday");
    assertThat(s.actionItems()).singleElement().satisfies(a -> {
      assertThat(a.text()).containsIgnoringCase("monday").doesNotContainIgnoringCase("friday");
      assertThat(a.sources()).contains(ts(3));
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      never mind the cost, i will book the venue today
      forget about the old plan, i will book the venue today
      """)
  void words_that_only_look_like_a_retraction_take_nothing_back(String reply) {
    Summary s = summarize("U1", "who books the venue? the old plan was the lake",
        "U2", "i will book the venue today",
        "U2", reply);
    assertThat(s.actionItems()).isNotEmpty();
  }

  private static String ts(int message) {
    return (1700000000 + 2 * (message - 1)) + ".000100";
  }

  private static String[] append(String[] pairs, String user, String text) {
    String[] out = java.util.Arrays.copyOf(pairs, pairs.length + 2);
    out[pairs.length] = user;
    out[pairs.length + 1] = text;
    return out;
  }
}
