package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An instruction said plainly by whoever runs the situation, to nobody by name, that the next
 * voice carries out or reports carried out, is a decision ({@link InstructionsCarriedOut}).
 * Beside it the near misses: the same instruction objected to, put to someone by name (that
 * person's task), or answered with something else; a guess answered with a report.
 */
class InstructionsCarriedOutTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Sam", "U2", "Dmitri",
      "U3", "Lena");

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES))).stream()
        .map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the delivery queue is at 48k and climbing | looks like the consumers retry in a tight loop | roll back the consumer deploy now, no fixing forward tonight | done, consumer deploy rolled back | consumer
      die Warteschlange steht bei 48k und wächst | sieht aus wie eine Schleife in den Consumern | Consumer-Deployment sofort zurückrollen, kein Fix mehr heute Nacht | erledigt, Consumer-Deployment ist zurückgerollt | Consumer
      la file d'attente est à 48k et monte | on dirait que les consommateurs bouclent | on repasse le serveur de secours en production tout de suite | c'est fait, serveur de secours en production | serveur
      la cola de envíos está en 48k y subiendo | parece que los consumidores reintentan en bucle | se cancela la salida de las siete y se avisa a los pasajeros | hecho, salida cancelada y pasajeros avisados | salida
      a fila de envios está em 48k e subindo | parece que os consumidores ficam tentando em loop | desliga o cron da fila até amanhã | feito, cron da fila desligado | cron
      """)
  void an_instruction_carried_out_by_the_next_voice_is_a_decision(String opener, String between,
      String instruction, String reply, String word) {
    assertThat(decisions("U1", opener, "U2", between, "U1", instruction, "U3", reply))
        .anySatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the delivery queue is at 48k and climbing | looks like the consumers retry in a tight loop | roll back the consumer deploy now, no fixing forward tonight | no, the consumer migration already ran, a rollback breaks it | consumer deploy
      the delivery queue is at 48k and climbing | looks like the consumers retry in a tight loop | <@U3> roll back the consumer deploy now | done, consumer deploy rolled back | consumer deploy
      the delivery queue is at 48k and climbing | looks like the consumers retry in a tight loop | roll back the consumer deploy now, no fixing forward tonight | hm, is the dashboard for the consumers down too? | consumer deploy
      die Warteschlange steht bei 48k und wächst | sieht aus wie eine Schleife in den Consumern | Consumer-Deployment sofort zurückrollen, kein Fix mehr heute Nacht | nein, die Migration ist schon gelaufen, das geht nicht mehr | Consumer-Deployment
      la file d'attente est à 48k et monte | on dirait que les consommateurs bouclent | on repasse le serveur de secours en production tout de suite | non, le serveur de secours n'a pas les certificats | serveur
      a fila de envios está em 48k e subindo | parece que os consumidores ficam tentando em loop | desliga o cron da fila até amanhã | não, o cron da fila também faz a cobrança | cron
      """)
  void an_instruction_objected_to_put_to_someone_by_name_or_not_carried_out_is_none(
      String opener, String between, String instruction, String reply, String word) {
    assertThat(decisions("U1", opener, "U2", between, "U1", instruction, "U3", reply))
        .noneSatisfy(d -> assertThat(d).contains(word));
  }

  /**
   * A new top-level message from someone who did not open the conversation puts a situation, and
   * the commitment answering it takes work from it: no instruction.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      receipts in HEIC cannot be uploaded | the same question came in eight times this week alone | I'll ask the vendor for HEIC support today | eight times
      HEICのレシートがアップロードできません | 同じ問い合わせが今週だけで8件来てます。 | ベンダーにHEIC対応を依頼します。今日中に問い合わせを出します | 8件
      """)
  void a_report_opening_a_thread_of_its_own_answered_by_a_commitment_is_none(String opener,
      String report, String commitment, String word) {
    List<Message> messages = List.of(
        new Message("1700000000.000100", null, "U1", opener, 1),
        new Message("1700000001.000100", "1700000000.000100", "U2", "ok", 0),
        new Message("1700000002.000100", null, "U3", report, 1),
        new Message("1700000003.000100", "1700000002.000100", "U2", commitment, 0));
    assertThat(DecisionDetector.detect(new PreparedConversation(
        new Conversation("C1", messages, NAMES))).stream().map(d -> d.value().text()).toList())
        .noneSatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the delivery queue is at 48k and climbing | any idea? | probably the consumer deploy from this afternoon again | done, consumer dashboard updated | consumer deploy
      die Warteschlange steht bei 48k und wächst | eine Idee? | vermutlich wieder das Consumer-Deployment von heute Nachmittag | erledigt, Consumer-Dashboard aktualisiert | Consumer-Deployment
      """)
  void a_guess_answered_with_a_report_is_none(String opener, String between, String guess,
      String reply, String word) {
    assertThat(decisions("U1", opener, "U2", between, "U1", guess, "U3", reply))
        .noneSatisfy(d -> assertThat(d).contains(word));
  }
}
