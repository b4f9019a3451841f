package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is no decision however it is answered: work said to someone by name who takes it on
 * ({@link DecisionDetector}: that person's task), an option named only to object to it ({@link
 * AgreedProposals#optionPicked}), a wish about what is past ("ojalá hubiéramos …", "quem dera a
 * gente tivesse …"). Beside each, the near miss that still decides: a date said to someone who
 * only agrees to it, an option picked and agreed, a plan said plainly.
 */
class RequestsByNameAndObjectedOptionsTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Jo", "U2", "Noor",
      "U3", "Helen", "U4", "Edu");

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES))).stream()
        .map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      who pays for a new crate? ours is from 2004 | Noor, get a quote from the packers anyway. | requesting it today | quote
      e o fornecedor antigo, a gente avisa? | Noor, avisa eles até sexta e pergunta se cobrem o preço. | ok, falo com eles amanhã | avisa
      """)
  void work_said_to_someone_by_name_who_takes_it_on_is_their_task_not_a_decision(String asked,
      String toThem, String taken, String word) {
    assertThat(decisions("U3", asked, "U1", toThem, "U2", taken))
        .noneSatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the glossary is from 2023, I propose we update it before the translators start | Agreed. Noor, glossary updated by the 12th, translators start on the 15th. | ok for the 12th | update
      le glossaire date de 2023, je propose de le mettre à jour avant de lancer les traducteurs | D'accord. Noor, glossaire à jour pour le 12, les traducteurs démarrent le 15. | ok pour le 12 | mettre à jour
      """)
  void a_date_said_to_someone_who_only_agrees_stays_a_decision(String before, String toThem,
      String agreed, String word) {
    assertThat(decisions("U2", before, "U1", toThem, "U2", agreed))
        .anySatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      doors at 9 or 10? | 10 means people wait in the cold longer tho | fair | cold
      Einlass um 9 oder um 10? | 10 heißt aber, dass die Leute länger in der Kälte warten | stimmt | Kälte
      """)
  void an_option_named_only_to_object_to_it_is_no_pick(String asked, String objection,
      String agreed, String word) {
    assertThat(decisions("U1", asked, "U2", objection, "U3", agreed))
        .noneSatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      doors at 9 or 10? | 10, nobody wants a line around the block at 7 | fair | 10
      ¿abrimos a las 9 o a las 10? | a las 10, así nadie hace cola desde las 7 | vale | 10
      """)
  void an_option_picked_and_agreed_is_a_decision(String asked, String pick, String agreed,
      String word) {
    assertThat(decisions("U1", asked, "U2", pick, "U3", agreed))
        .anySatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      es | Ojalá hubiéramos tenido alertas de cobros duplicados desde el principio
      pt | Quem dera a gente tivesse alertas de cobrança duplicada desde o começo
      """)
  void a_wish_about_the_past_is_hindsight(String language, String wish) {
    assertThat(Cues.of(language).isHindsight(wish)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      es | Ponemos alertas de cobros duplicados desde hoy
      pt | A gente coloca alertas de cobrança duplicada a partir de hoje
      """)
  void a_plan_said_plainly_is_no_hindsight(String language, String plan) {
    assertThat(Cues.of(language).isHindsight(plan)).isFalse();
  }
}
