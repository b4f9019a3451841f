package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Where do we hold the offsite in March: Lisbon or keep it in Berlin? | Lisbon is cheaper for flights from NY, and the venue has rooms for all 40 of us. | OK, decision: the offsite is in Lisbon, 12-14 March. | I'll book the venue by Friday. | Wait, half the Berlin team can't travel that week because of the audit. | Change of plan: we keep the offsite in Berlin, same dates. Lisbon is off. | Berlin
      Wo machen wir das Offsite im März: Lissabon oder doch Berlin? | Lissabon ist günstiger für die Flüge aus NY, und das Hotel hat Platz für alle 40. | OK, Entscheidung: das Offsite ist in Lissabon, 12.-14. März. | Ich buche das Hotel bis Freitag. | Moment, die Hälfte des Berliner Teams kann in der Woche wegen des Audits nicht reisen. | Planänderung: wir machen das Offsite doch in Berlin, gleiche Tage. Lissabon fällt weg, nicht buchen. | Berlin
      """)
  void an_agreement_that_states_the_decision_is_its_wording_and_a_change_of_plan_replaces_it(
      String question, String argument, String decided, String booking, String objection,
      String change, String holds) {
    List<Point> found = decisions("U1", question, "U2", argument, "U1", decided, "U3", booking,
        "U2", objection, "U1", change);
    // what holds at the end, worded as the one who changed it said it, citing the first decision too
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.text()).contains(holds).doesNotContain("günstiger", "cheaper");
      assertThat(d.sources()).hasSizeGreaterThanOrEqualTo(2);
    });
    // before the change of plan, the decision is in the words that state it, not the argument
    List<Point> beforeChange = decisions("U1", question, "U2", argument, "U1", decided);
    assertThat(beforeChange).singleElement().satisfies(d ->
        assertThat(d.text()).contains("12").doesNotContain("günstiger", "cheaper"));
  }

  @Test
  void a_revised_plan_replaces_the_one_it_revises() {
    String[] first = {"U1", "ok. everyone auditions every year, membership included. if you "
        + "don't meet the standard you move to the training orchestra",
        "U2", "that will cause a riot at the AGM",
        "U3", "agree, some kids will just quit rather than be demoted"};
    List<Point> revised = decisions(first[0], first[1], first[2], first[3], first[4], first[5],
        "U1", "revised: everyone auditions every year but for seating only. nobody loses their "
            + "place through the annual audition",
        "U2", "that i can sell to parents :+1:");
    assertThat(revised).singleElement().satisfies(d -> {
      assertThat(d.text()).startsWith("Everyone auditions every year but for seating only")
          .doesNotContain("membership included", "Revised");
      assertThat(d.sources()).contains("1700000006.000100");
    });
    // Near miss: "updated" inside a sentence labels nothing.
    assertThat(decisions(first[0], first[1], first[2], first[3], first[4], first[5],
        "U1", "i updated the sheet with everyone's audition slots"))
        .noneMatch(d -> d.text().contains("updated the sheet"));
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
