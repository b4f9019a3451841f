package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An answer that opens by sending the question on to someone else decides nothing, beside a yes
 * that goes on to name someone; and a rule said plainly in the message that opens a thread,
 * taken up by the first reply ({@link RulesTakenUp}), beside a report, a wish, a request to
 * someone and a rule the reply objects to.
 */
class QuestionsSentOnAndRulesTakenUpTest {

  /** How the conversation opens, in the language of the thread after it. */
  private static String opening(String language) {
    return switch (language) {
      case "de" -> "Morgen zusammen, der Gefrierschrank hat heute Nacht Alarm geschlagen.";
      case "fr" -> "Bonjour à tous, le congélateur a sonné cette nuit.";
      case "es" -> "Buenos días, el congelador dio la alarma esta noche.";
      case "pt" -> "Bom dia, o freezer disparou o alarme esta noite.";
      default -> "Morning all, the freezer alarm went off overnight.";
    };
  }

  /**
   * Two threads: the conversation's opener with a reply, then a thread opened by {@code opener}
   * with {@code reply} under it.
   */
  private static List<String> threadDecisions(String language, String opener, String reply) {
    List<Message> messages = new ArrayList<>();
    String first = "1700000000.000100";
    String second = "1700000100.000100";
    messages.add(new Message(first, first, "UA", opening(language), 1));
    messages.add(new Message("1700000001.000100", first, "UB", "ok", 0));
    messages.add(new Message(second, second, "UA", opener, 1));
    messages.add(new Message("1700000101.000100", second, "UB", reply, 0));
    return DecisionDetector.detect(new PreparedConversation(Conversation.of(messages))).stream()
        .map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      should we tell the sponsor now or wait for the stability result? | I'd rather ask QA about that, they have the contract wording
      sollen wir es dem Kunden jetzt sagen oder auf das Ergebnis warten? | Frag lieber die Rechtsabteilung, die kennen den Vertrag
      """)
  void an_answer_sending_the_question_on_decides_nothing(String question, String answer) {
    assertThat(decisions(
        "U1", "the freezer alarmed overnight, the samples are in quarantine",
        "U2", question,
        "U1", answer,
        "U2", "ok")).isEmpty();
  }

  @Test
  void a_yes_that_goes_on_to_name_someone_still_answers() {
    assertThat(decisions(
        "U1", "the freezer alarmed overnight, the samples are in quarantine",
        "U2", "should we tell the sponsor today?",
        "U1", "yes, tell them today and ask QA to send the wording",
        "U2", "ok")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Good. From today the last person out of B2 checks the latch and signs the sheet on the door. | :+1: will print the sheet before lunch
      en | no paid excursions on fridays this year, the quote was too high. free city walks only. | understood. i'll rewrite the friday slot as a city walk
      de | Ab Montag sortiert die Frühschicht die Schläuche vor dem Band aus, ohne Ausnahme. | ok, ich sag es beiden Schichten
      fr | À partir de lundi, personne ne ferme la caisse seul. | d'accord, je préviens l'équipe
      es | Hasta que salga la 3.3, soporte responde con el enlace del FAQ, sin escalar a desarrollo. | vale, lo añado al FAQ hoy
      pt | Até a 3.3 sair, o suporte responde com o link do FAQ, sem escalar pra dev. | ok, FAQ até sexta
      """)
  void a_rule_opening_a_thread_taken_up_by_the_first_reply_is_a_decision(String language,
      String rule, String reply) {
    assertThat(threadDecisions(language, rule, reply)).singleElement();
  }

  @ParameterizedTest(name = "{0} — {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | From today the last person out of B2 checks the latch and signs the sheet. | hm, the cleaners come after us though?
      en | From today the last person out of B2 checks the latch and signs the sheet. | not sure that works with the late shift
      en | no paid excursions on fridays this year, free city walks only. | let's see what the insurance says first
      en | we should probably lock up earlier from now on | yes, I'll look into it
      en | for the record i still think the night shift only needs one person | ok
      en | TPA notice sent, they confirmed start monday 8am | great
      en | Tim, please bring the sign-off sheet until the audit. | will do
      de | Ab Montag sortiert die Frühschicht die Schläuche vor dem Band aus. | nein, das schafft die Frühschicht nicht
      fr | On devrait peut-être fermer plus tôt à partir de lundi. | d'accord, je regarde
      pt | Até a 3.3 sair, o suporte responde com o link do FAQ. | não sei se dá, melhor ver com o time antes
      """)
  void a_report_a_wish_a_request_or_a_rule_objected_to_is_no_decision(String language,
      String opener, String reply) {
    assertThat(threadDecisions(language, opener, reply)).isEmpty();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | the nightly export failed again, disk full on the mirror | ok. the log rotation gets fixed today, not with the next release. ole, can you do it? | yes, by 2pm
      de | Die Anzeiger am Hbf sind seit 7:12 aus, Platte voll. | ok. Logrotation wird heute noch repariert, nicht erst mit dem nächsten Release. ole, schaffst du das? | ja, bis 14 Uhr
      es | El lector de tarjetas de la puerta falla desde esta mañana. | vale. Desde hoy nadie entra por la puerta trasera sin avisar. | vale, lo pongo en el tablón
      """)
  void a_rule_said_by_whoever_leads_and_taken_up_is_a_decision(String language, String opener,
      String rule, String reply) {
    assertThat(decisions("U1", opener, "U2", "confirmed, same here", "U1", rule, "U2", reply))
        .singleElement();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | the docs site build is broken again | mkdocs publishes a site, they'd read it there, not in github | I'll add the link to the readme
      en | the app strings for the french launch are in | date formats and currency too pls, not just strings | will add them tomorrow
      de | Die Anzeiger am Hbf sind seit 7:12 aus, Platte voll. | Logrotation wird heute noch repariert, nicht erst mit dem nächsten Release. | nein, das schaffen wir heute nicht
      es | El lector de tarjetas de la puerta falla desde esta mañana. | Desde hoy nadie entra por la puerta trasera sin avisar. | no sé si eso funciona con el turno de noche
      """)
  void a_conditional_an_addition_or_a_rule_objected_to_is_no_decision(String language,
      String opener, String said, String reply) {
    assertThat(decisions("U1", opener, "U2", "confirmed, same here", "U1", said, "U2", reply))
        .isEmpty();
  }
}
