package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reply that does not know and sends the question on ("ask legal, i honestly dont know")
 * settles nothing, however the asker takes it; beside a plain answer from the same lead, which
 * still decides, and a question left open by it.
 */
class NotKnowingAndSendingOnTest {

  private static PreparedConversation prepared(String... userTextPairs) {
    return new PreparedConversation(Threads.chat(userTextPairs));
  }

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(prepared(userTextPairs)).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void not_knowing_and_sending_the_question_on_decides_nothing() {
    assertThat(decisions(
        "U1", "planning thread for the 4.0 release, oct 21 is the date",
        "U2", "do we need legal to re-review the privacy labels? 4.0 adds location",
        "U1", "ask legal, i honestly dont know",
        "U2", "ok")).isEmpty();
    assertThat(decisions(
        "U1", "Planungsthread für das Release 4.0, der 21. Oktober ist gesetzt.",
        "U2", "Muss die Rechtsabteilung die Datenschutzangaben nochmal prüfen? 4.0 nutzt den "
            + "Standort.",
        "U1", "Frag die Rechtsabteilung, ich weiß es ehrlich gesagt nicht.",
        "U2", "ok")).isEmpty();
  }

  @Test
  void a_plain_answer_from_the_same_lead_still_decides() {
    assertThat(decisions(
        "U1", "planning thread for the 4.0 release, oct 21 is the date",
        "U2", "what about the tablet layout?",
        "U1", "not in 4.0, it moves to 4.1",
        "U2", "ok")).hasSize(1);
    PreparedConversation open = prepared(
        "U1", "planning thread for the 4.0 release, oct 21 is the date",
        "U2", "do we need legal to re-review the privacy labels? 4.0 adds location",
        "U1", "ask legal, i honestly dont know");
    assertThat(OpenQuestionDetector.detect(open, java.util.Set.of())).hasSize(1);
  }
}
