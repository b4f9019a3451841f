package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A decision taken and later reversed in the same conversation shows only what holds at the end,
 * citing both messages ({@link ReversedDecisions}); two decisions on different objects both stay.
 */
class ReversedDecisionsTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Petra", "U2", "Jae",
      "U3", "Tom");

  private static List<Point> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES))).stream()
        .map(Detection::value).toList();
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      Decision: we adopt cert-manager for the internal certs. | ok | the DNS01 challenge breaks behind our proxy though | Decision: we do not adopt cert-manager for the internal certs, we keep the cron job. | not adopt
      Entscheidung: wir führen cert-manager für die internen Zertifikate ein. | ok | die DNS01-Challenge klappt hinter unserem Proxy aber nicht | Entscheidung: wir führen cert-manager für die internen Zertifikate doch nicht ein, der Cronjob bleibt. | nicht ein
      Décision : on adopte cert-manager pour les certificats internes. | ok | le challenge DNS01 ne passe pas derrière notre proxy | Décision : on n'adopte pas cert-manager pour les certificats internes, on garde le cron. | pas cert-manager
      """)
  void a_decision_reversed_later_shows_only_the_reversal_citing_both(String first, String ack,
      String objection, String reversal, String words) {
    List<Point> found = decisions("U1", first, "U2", ack, "U3", objection, "U1", reversal);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.text()).contains(words);
      assertThat(d.sources()).hasSize(2);
    });
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      let's adopt cert-manager for the internal certs | the DNS01 challenge breaks behind our proxy though | ok let's not adopt cert-manager for the internal certs, we keep the cron job | agreed | not adopt
      vamos adoptar cert-manager para los certificados internos | el challenge DNS01 falla detrás del proxy | vale, al final no vamos a adoptar cert-manager para los certificados internos, seguimos con el cron | de acuerdo | no vamos
      """)
  void a_plan_agreed_and_later_reversed_in_plain_words_shows_only_the_reversal(String first,
      String objection, String reversal, String agreed, String words) {
    List<Point> found = decisions("U1", first, "U2", "ok", "U3", "sounds good", "U2", objection,
        "U1", reversal, "U3", agreed);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.text()).contains(words);
      assertThat(d.sources()).hasSizeGreaterThan(1);
    });
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      Decision: we adopt cert-manager for the internal certs. | ok | what about the pager? | Decision: we do not page on-call for expiring staging certificates.
      Entscheidung: wir führen cert-manager für die internen Zertifikate ein. | ok | und der Pager? | Entscheidung: für ablaufende Staging-Zertifikate wird nachts nicht gepaged.
      """)
  void two_decisions_on_different_objects_both_stay(String first, String ack, String between,
      String second) {
    assertThat(decisions("U1", first, "U2", ack, "U3", between, "U1", second)).hasSize(2);
  }
}
