package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A non-answer that only passes the question on to someone by name or mention ("no clue, ben?")
 * asks nothing new: the question before it is the one open. A non-answer followed by a question
 * of its own ("no idea, who would know?") is still a question.
 */
class NonAnswersPassedOnTest {

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      anyone know if the store shutdown is the 20th or the 23rd this year? | no clue, <@U3>?
      weiß jemand, ob der Store-Stopp dieses Jahr am 20. oder am 23. ist? | keine Ahnung, <@U3>?
      quelqu'un sait si la fermeture du store est le 20 ou le 23 cette année ? | aucune idée, <@U3> ?
      """)
  void a_non_answer_passed_on_by_name_asks_nothing_new(String question, String passedOn) {
    assertThat(open("U1", question, "U2", passedOn, "U3", "🤷")).singleElement()
        .satisfies(q -> assertThat(q).containsAnyOf("20", "23"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      anyone know if the store shutdown is the 20th or the 23rd this year? | no clue, who would know that?
      weiß jemand, ob der Store-Stopp dieses Jahr am 20. oder am 23. ist? | keine Ahnung, wer weiß sowas?
      """)
  void a_non_answer_with_a_question_of_its_own_still_asks(String question, String asked) {
    assertThat(open("U1", question, "U2", asked, "U3", "🤷")).hasSize(2);
  }
}
