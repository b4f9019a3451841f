package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A decision does not cite the proposal it turned down ({@link TurnedDownProposals}): someone
 * else's question, proposal or offer, answered with a no or something in its place. A question
 * answered yes, and a proposal its own author takes back, stay cited.
 */
class TurnedDownProposalsTest {

  /**
   * The message positions (1-based) a decision resting on {@code cited} keeps, said in the last of
   * them.
   */
  private static List<Integer> kept(List<Integer> cited, String... userTextPairs) {
    PreparedConversation c = new PreparedConversation(Threads.chat(userTextPairs));
    int own = cited.get(cited.size() - 1) - 1;
    Set<Integer> sentences = new HashSet<>();
    cited.forEach(m -> c.sentencesOf(m - 1).forEach(s -> sentences.add(s.index())));
    int saidBy = c.sentencesOf(own).get(0).index();
    List<String> sources = cited.stream().map(m -> c.messages().get(m - 1).ts()).toList();
    Detection<Point> decision = new Detection<>(new Point("decided", sources), sentences, saidBy);
    List<Detection<Point>> out = TurnedDownProposals.uncited(c, List.of(decision));
    List<Integer> positions = new ArrayList<>();
    for (String ts : out.get(0).value().sources()) {
      for (int i = 0; i < c.messages().size(); i++) {
        if (c.messages().get(i).ts().equals(ts)) {
          positions.add(i + 1);
        }
      }
    }
    return positions;
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      could we move the dinghy races to sunday morning instead? | sunday morning is junior training, 30 boats out already. no
      and a read cache? i'd put memcached in front from day one | only if the load test shows p99 over 30ms. not adding a moving part we don't need
      what about small invoices? anything under 3k we could approve without a second signature | under 1,000 without a second signature. not 3k, the auditors asked for it
      what if we just ask the funder for an extension now? | i'd rather not, we're up for renewal in spring
      können wir die Jollen auf Sonntag verschieben? | Sonntag ist Jugendtraining, da sind schon 30 Boote draußen, also nicht
      ou on leur demande s'ils peuvent descendre à 40 chambres ? | non, on ne leur demande pas de réduire, c'est un gros client
      ¿y si movemos las regatas al domingo? | el domingo no, hay entrenamiento de juveniles
      want me to move the dinghy races to sunday? | no, sunday is cadet day, the water's full
      """)
  void a_proposal_turned_down_is_not_cited(String proposal, String answer) {
    assertThat(kept(List.of(2, 3), "U1", "storm's due saturday, we need a call", "U2", proposal,
        "U1", answer)).containsExactly(3);
  }

  /**
   * Three messages, the last the decision's: a proposal turned down by a third voice is not cited;
   * a counter-proposal that is itself turned down leaves the question it answered cited.
   */
  @ParameterizedTest(name = "{0} / {1} / {3}")
  @CsvSource(delimiter = '|', textBlock = """
      or we just post the banned materials on the wall? | there was a list on the wall last year. didn't work | U3 | ok decision: from 1 may the laser cutter is badge-gated, induction only | 2 3
      should we cancel saturday's dinghy races? | could we move them to sunday instead? | U1 | no, sunday is cadet day. saturday's dinghy races are cancelled | 1 3
      """)
  void of_three_messages_only_the_proposal_turned_down_is_not_cited(String first, String second,
      String third, String decided, String kept) {
    List<Integer> expected = Arrays.stream(kept.split(" ")).map(Integer::valueOf).toList();
    assertThat(kept(List.of(1, 2, 3), "U1", first, "U2", second, third, decided))
        .isEqualTo(expected);
  }

  /**
   * A question answered yes; a report, not a proposal, answered with a no about the case it
   * reports; the decision's author saying no to their own question: each stays cited.
   */
  @ParameterizedTest(name = "{1} / {3}")
  @CsvSource(delimiter = '|', textBlock = """
      U1 | should we pause the nightly export until the fix is out? | U2 | yes, pause it until the fix is out
      U1 | the vendor shipped the wrong cable batch again. | U2 | then we're not taking their deliveries until they confirm the batch
      U1 | should we cancel the friday deploy? | U1 | no, we ship friday, with the known issues list
      U1 | should we switch the nightly export off until the fix is out? | U2 | yes, switch it off, no point sending bad files
      """)
  void what_is_not_a_proposal_turned_down_stays_cited(String asker, String asked, String answerer,
      String answer) {
    assertThat(kept(List.of(1, 2), asker, asked, answerer, answer)).containsExactly(1, 2);
  }

  @Test
  void the_summary_does_not_cite_the_turned_down_proposal_as_a_decision() {
    Conversation chat = Threads.chat(
        "U1", "wind forecast for saturday is gusting 35 knots. we need a call on the races today",
        "U2", "could we move the dinghies to sunday? forecast there is 12-15",
        "U1", "sunday is cadet day, that'd be 40 oppies plus 30 dinghies on the water with 3 "
            + "RIBs. no",
        "U2", "fair",
        "U1", "ok: saturday dinghy races are cancelled, keelboats sail a short course inside "
            + "the harbour wall");
    String proposal = chat.messages().get(1).ts();
    Summary summary = new ExtractiveSummarizer().summarize(chat, SummaryOptions.DEFAULT);
    assertThat(summary.decisions()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.sources()).doesNotContain(proposal));
  }
}
