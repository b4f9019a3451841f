package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words the commitment cues read as taking something on, which say where one is or what one
 * needs to hear: a rota or a stretch of other work after "I'm on" ("I'm on nights till friday"),
 * needing to know ("I need to know how many customers got it", "ich muss wissen …", "je dois
 * savoir …"), understanding ("vale, lo entiendo"), a point made clearer ("je précise, …") and
 * what would follow if one did something ("donc si je garde l'onglet ouvert…"). Near misses that
 * take something on stay tasks, among them "can do it" with the "I" left out.
 */
class RotasKnowingAndClarificationsTest {

  private static List<ActionItem> actions(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      can someone review the migration PR? | I'm on nights till friday, sorry
      who can check the boiler on saturday? | I'm on the callout rota sat/sun but my van is in the garage
      the export leaked emails | I need to know how many customers got the file
      der Export hat E-Mails geleakt | ich muss wissen, wie viele Kunden die Datei bekommen haben
      l'export a fuité des mails | je dois savoir combien de clients ont reçu le fichier
      los optimist no salen esta vez | vale, lo entiendo
      le camion part de Grenoble ? | je précise, le camion part de Lyon, pas de Grenoble
      le planning se charge à l'ouverture de la page | donc si je garde l'onglet ouvert ce matin…
      le planning se charge à l'ouverture de la page | et si je recharge la page avant chaque saisie
      """)
  void where_one_is_or_what_one_needs_to_hear_takes_nothing_on(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      can someone review the migration PR? | I'm on it
      the export leaked emails | I need to tell legal how many customers got the file
      los optimist no salen esta vez | vale, se lo digo a los padres
      le planning se charge à l'ouverture de la page | ok, je relance le prestataire demain
      the rollback is half done | I'm on the rollback till it's done, will post here
      the escalation from ACME is open | I'm on the escalation until it's closed
      stripe says the payout is stuck | I'm on the stripe ticket until they reply
      nobody covers saturday | I'm on the rota spreadsheet now, will fill the gap by noon
      """)
  void taking_something_on_stays_a_task(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      reporting deep-dive, <@UB> you up for it? | hmm I'm on leave the week before. can do it if someone else builds the demo data
      """)
  void can_do_it_with_the_i_left_out_takes_it(String asked, String said) {
    assertThat(actions("UA", asked, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      qui s'occupe de quoi pour le salon ? | donc si je résume, je m'occupe du stand et tu fais les badges
      qui s'occupe de quoi pour le salon ? | ok si je comprends bien, je réserve le stand et tu fais les badges
      qui s'occupe de quoi pour le salon ? | donc si j'ai bien compris, je réserve le stand demain
      """)
  void summing_up_who_does_what_is_no_what_if(String asked, String said) {
    assertThat(actions("UA", asked, "UB", said)).extracting(ActionItem::text)
        .noneMatch(t -> t.toLowerCase().contains("quoi pour le salon"));
    assertThat(actions("UA", asked, "UB", said)).extracting(ActionItem::owner).contains("UB");
  }
}
