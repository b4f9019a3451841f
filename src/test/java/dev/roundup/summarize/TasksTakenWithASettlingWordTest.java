package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A settling word from the one asked by name to do something, who goes on to do it, takes the
 * task and settles no decision ({@link DecisionDetector#takesOnWhatWasAsked}); the same word
 * said to everyone, nobody having been asked by name, still settles what it says.
 */
class TasksTakenWithASettlingWordTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Rafael", "U2", "Thiago");

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES))).stream()
        .map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      tenho visita em Valinhos quinta de manhã, passo lá depois do almoço. <@U2> confirma com ele quinta 14h? | fechado, ligo pra ele agora
      ich bin Donnerstag früh in Valinhos, ich fahr nach dem Mittagessen hin. <@U2> kannst du ihn anrufen und Donnerstag 14 Uhr bestätigen? | abgemacht, ich ruf ihn gleich an
      """)
  void a_settling_word_taking_what_one_was_asked_is_no_decision(String asked, String taken) {
    assertThat(decisions("U1", asked, "U2", taken)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      tenho visita em Valinhos quinta de manhã, passo lá depois do almoço | fechado, a visita do Sr. Almeida fica pra quinta 14h
      ich bin Donnerstag früh in Valinhos, ich fahr nach dem Mittagessen hin | abgemacht, der Besuch bei Herrn Almeida ist Donnerstag 14 Uhr
      """)
  void the_same_word_said_to_everyone_still_settles(String asked, String answer) {
    assertThat(decisions("U1", asked, "U2", answer)).isNotEmpty();
  }
}
