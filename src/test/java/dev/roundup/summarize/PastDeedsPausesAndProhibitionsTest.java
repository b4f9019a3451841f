package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three kinds of sentence that read like tasks and leave nobody anything to do ({@link
 * AcceptedRequests}, {@link PassingRemarks}): what someone named did at a time already past,
 * agreed to by them ("priti rotated the test creds last week" — "yep sorry"); time taken to think
 * ("let me sleep on that one"); and a rule of what may not be done, put to someone ("felix, no
 * more purges on prod until this is over"). Near misses that ask for a deed stay tasks.
 */
class PastDeedsPausesAndProhibitionsTest {

  private static final Map<String, String> NAMES = Map.of("UPRITI", "priti", "UFELIX", "felix",
      "UZOE", "zoe");

  private static List<ActionItem> actions(String... userTextPairs) {
    return Threads.actionItems(NAMES, userTextPairs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the demo account one is on us, priti rotated the test creds last week | yep sorry, the reset script caught it
      priti moved the reviewer account yesterday, that's why it broke | yes, my bad
      der Login für die Prüfer geht nicht, priti hat die Testzugänge letzte Woche umgestellt | ja, sorry, das war ich
      """)
  void what_someone_did_in_the_past_asks_nothing_of_them(String told, String reply) {
    assertThat(actions("UZOE", told, "UPRITI", reply)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      priti, rotate the test creds again before the release | on it
      priti, redo the export from last week with the new filter | on it
      """)
  void a_deed_asked_for_stays_a_task(String asked, String reply) {
    assertThat(actions("UZOE", asked, "UPRITI", reply)).extracting(ActionItem::owner)
        .containsExactly("UPRITI");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      should we stop using lot 2231 altogether? | let me sleep on it, want to hear from the supplier first
      do we tell the owners? | let me sleep on that one
      do we tell the owners? | I'll think about that
      """)
  void time_taken_to_think_is_no_task(String asked, String said) {
    assertThat(actions("UZOE", asked, "UPRITI", said)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      felix, no more purges on prod until this is over pls
      felix, don't send anything from the marketing tools on this one
      """)
  void a_rule_of_what_may_not_be_done_is_no_task(String said) {
    assertThat(actions("UZOE", "images are 404ing since the purge", "UZOE", said,
        "UFELIX", "understood")).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      seit dem Purge liefern die Bilder 404, das ganze CDN ist betroffen | felix, keine Purges mehr auf prod, bis das vorbei ist | verstanden
      las imágenes dan 404 desde la purga de esta mañana, afecta a todo el CDN | felix, nada de purgas en producción hasta que esto termine | entendido
      as imagens estão dando 404 desde a limpeza de hoje de manhã, afeta todo o CDN | felix, nada de limpeza em produção até isso acabar | entendido
      今朝のパージから画像が404になっています。CDN全体に影響があります | felixさん、これが終わるまで本番でのパージはしないでください | 了解です
      """)
  void a_rule_of_what_may_not_be_done_is_no_task_in_other_languages(String situation, String said,
      String reply) {
    assertThat(actions("UZOE", situation, "UZOE", said, "UFELIX", reply)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      felix, don't forget to purge the staging cache tonight
      felix, purge the staging cache tonight
      """)
  void a_deed_asked_for_beside_a_negation_stays_a_task(String said) {
    assertThat(actions("UZOE", "images are 404ing since the purge", "UZOE", said,
        "UFELIX", "on it")).extracting(ActionItem::owner).containsExactly("UFELIX");
  }
}
