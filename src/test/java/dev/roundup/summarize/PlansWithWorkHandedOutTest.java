package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan said in the message that hands out the work for it, the work taken on by whoever it is
 * handed to ({@link PlansWithWorkHandedOut}); beside a report, a need and a guess said before the
 * same request, and a plan whose work is refused.
 */
class PlansWithWorkHandedOutTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Kathrin", "U2", "Jens",
      "U3", "Olaf");

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES))).stream()
        .map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the light barrier on line 3 is broken, the spare comes tomorrow | I'll fit it as soon as it's here | The line 3 early shift works on line 5 until tomorrow. <@U2> can you put them on the rota? | will do
      Die Lichtschranke an Linie 3 ist kaputt, Ersatz kommt morgen. | ich bau ihn morgen direkt ein | Die Frühschicht von Linie 3 geht bis morgen auf Linie 5. <@U2> teilst du das bitte ein? | mach ich
      la barrière de la ligne 3 est cassée, la pièce arrive demain | je la monte dès qu'elle arrive | L'équipe du matin de la ligne 3 passe sur la ligne 5 jusqu'à demain. <@U2> tu peux faire le planning ? | d'accord, je m'en occupe
      """)
  void a_plan_whose_work_is_taken_on_is_a_decision(String opener, String reply, String plan,
      String taken) {
    assertThat(decisions("U1", opener, "U3", reply, "U1", plan, "U2", taken)).singleElement();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the light barrier on line 3 is broken, the spare comes tomorrow | I'll fit it as soon as it's here | Root cause looks like a loose cable on the sensor. <@U2> can you check the wiring? | will do
      the light barrier on line 3 is broken, the spare comes tomorrow | I'll fit it as soon as it's here | Longer term we need spares for every line. <@U2> can you get a quote? | will do
      Die Lichtschranke an Linie 3 ist kaputt, Ersatz kommt morgen. | ich bau ihn morgen direkt ein | Wir müssen mal Ersatzsensoren für alle Linien auf Lager haben. <@U2> holst du ein Angebot ein? | mach ich
      the light barrier on line 3 is broken, the spare comes tomorrow | I'll fit it as soon as it's here | The line 3 early shift works on line 5 until tomorrow. <@U2> can you put them on the rota? | no, line 5 is full tomorrow
      Die Lichtschranke an Linie 3 ist kaputt, Ersatz kommt morgen. | ich bau ihn morgen direkt ein | Die Frühschicht von Linie 3 geht bis morgen auf Linie 5. <@U2> teilst du das bitte ein? | nein, Linie 5 ist morgen voll
      """)
  void a_report_a_need_a_guess_or_a_plan_whose_work_is_refused_is_no_decision(String opener,
      String reply, String said, String answer) {
    assertThat(decisions("U1", opener, "U3", reply, "U1", said, "U2", answer)).isEmpty();
  }
}
