package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three kinds of sentence that read like tasks and leave nobody anything to do ({@link
 * AcceptedRequests}, {@link PassingRemarks}): what someone named did at a time already past,
 * agreed to by them ("priti rotated the test creds last week" — "yep sorry"); time taken to think
 * ("let me sleep on that one"); and a rule of what may not be done, put to someone ("felix, no
 * more purges on prod until this is over"). Near misses that ask for a deed stay tasks: a past
 * time before what is asked ("you promised the slides last week, send them today"), thinking that
 * goes on to promise ("je réfléchis … et je te l'envoie vendredi"), words that wave a worry away
 * ("no rush", "keine Eile", "pas de souci", "no te olvides"), and a request after a rule.
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
      priti restarted the workers yesterday, now the queue is fine, thank you!
      priti restarted the workers yesterday, before the friday release
      """)
  void a_past_deed_with_a_thanks_or_a_day_after_it_is_still_told(String told) {
    assertThat(actions("UZOE", told, "UPRITI", "yes, I'll keep an eye on the queue"))
        .extracting(ActionItem::text).containsExactly("Keep an eye on the queue");
  }

  @Test
  void a_past_deed_with_a_remark_after_it_is_still_told_in_german() {
    assertThat(actions("UZOE", "priti hat das gestern schon gemacht, jetzt läuft alles wieder",
        "UPRITI", "ja, ich schau heute nochmal drüber")).extracting(ActionItem::text)
        .noneMatch(task -> task.contains("gestern"));
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      priti, you said yesterday you'd send the slides, send them today pls | on it
      <@UPRITI> you promised the slides last week, please send them today | on it
      priti, du hattest letzte Woche die Folien versprochen, schick sie bitte heute | mach ich
      priti, tu avais promis les slides la semaine dernière, envoie-les aujourd'hui stp | ok je m'en occupe
      priti, la semana pasada prometiste las diapositivas, mándalas hoy porfa | vale, lo hago
      priti, você prometeu os slides semana passada, manda hoje por favor | pode deixar
      本番で障害がありました。pritiさん、昨日の障害の報告書を今日中にまとめてください | 承知しました
      """)
  void a_past_time_before_what_is_asked_leaves_it_asked(String asked, String reply) {
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

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Der Rollout-Plan fehlt immer noch für den Kunden | ich überlege mir das und schicke dir bis Freitag einen Entwurf
      Der Rollout-Plan fehlt immer noch für den Kunden | ich überlege es mir und schicke dir bis Freitag einen Entwurf
      Il manque toujours le plan de déploiement pour le client | je réfléchis à une proposition et je te l'envoie vendredi
      the client still has no revised quote | let me think about it, I'll send something by friday
      """)
  void thinking_that_goes_on_to_promise_a_deed_is_a_task(String situation, String said) {
    assertThat(actions("UZOE", situation, "UPRITI", said)).extracting(ActionItem::owner)
        .containsExactly("UPRITI");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      let me sleep on it, I'll decide tomorrow
      let me think about it and then let you know
      let me think about it and get back to you
      let me think about it, I'll talk to Graham first
      ich überlege es mir und sage dir morgen Bescheid
      je vais y réfléchir et je te tiens au courant
      lo pienso y te cuento
      vou pensar e depois te falo
      """)
  void thinking_with_its_answer_still_to_come_is_no_task(String said) {
    assertThat(actions("UZOE", "should we cap saturdays at 2 services?", "UPRITI", said)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      pienso que lo mandamos mañana | false
      pienso mandarlo mañana | false
      lo pienso | true
      I want to sleep on it | true
      """)
  void time_to_think_is_said_in_those_words(String said, boolean thinking) {
    assertThat(PreparedConversation.takesTimeToThink(said)).isEqualTo(thinking);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      felix, no more purges on prod until this is over pls
      felix, don't send anything from the marketing tools on this one
      felix, please don't purge prod again until this is over
      felix, no more purges on prod, but staging is fine
      felix, don't purge prod again, please, it's still recovering
      felix, keine Purges mehr auf prod, aber staging geht
      felix, pas de purge en prod, mais staging ça va
      felix, nada de purgas en producción, pero sí en staging
      felix, no hay que tocar producción hasta que esto acabe
      felix, por favor no toques producción hasta que esto acabe
      felixさん、本番でのパージはしないでくださいね
      felix, keine Deploys auf prod und staging bis der Incident zu ist bitte
      felix, don't touch prod and staging until the incident is closed please
      felix, nada de despliegues en producción y staging hasta que esto acabe por favor
      felixさん、本番でのパージはしないようにお願いします
      """)
  void a_rule_of_what_may_not_be_done_is_no_task(String said) {
    assertThat(actions("UZOE", "images are 404ing since the purge", "UZOE", said,
        "UFELIX", "understood")).isEmpty();
    assertThat(actions("UZOE", "images are 404ing since the purge", "UZOE", said,
        "UFELIX", "on it")).isEmpty();
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
      felix, no pressure, but please purge the staging cache tonight
      felix, no hurry, just purge the staging cache before friday
      felix, keine Eile, aber bitte leer heute Abend den Staging-Cache
      felix, kein Stress, schick mir den Bericht bis Freitag
      felix, pas de souci, tu peux purger le cache de staging ce soir
      felix, ne pas oublier de purger le cache de staging ce soir
      felix, no te olvides de purgar la caché de staging esta noche
      felix, no hay prisa, pero purga la caché de staging antes del viernes
      felix, não se esqueça de limpar o cache de staging hoje à noite
      felix, nenhuma pressa, mas limpa o cache de staging antes de sexta
      felixさん、遠慮しないでステージングのキャッシュを今夜パージしてください
      felixさん、禁止ワードのリストを今日中に更新してください
      """)
  void a_deed_asked_for_beside_a_negation_stays_a_task(String said) {
    assertThat(actions("UZOE", "images are 404ing since the purge", "UZOE", said,
        "UFELIX", "on it")).extracting(ActionItem::owner).containsExactly("UFELIX");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      felix, no more purges on prod until this is over, and please post the CDN status in #incident every hour | CDN status
      felix, keine Purges mehr auf prod, aber schick bitte jede Stunde den CDN-Status in #incident | CDN-Status
      felix, no more purges on prod and please post the CDN status in #incident every hour | CDN status
      felix, no more purges on prod, use the staging CDN instead | staging CDN
      felix, no more purges on prod please, post the CDN status in #incident every hour | CDN status
      felix, keine Purges mehr auf prod, nimm stattdessen das Staging-CDN | Staging-CDN
      felix, don't merge the hotfix yet, rebase the branch on main first | ebase the branch on main
      """)
  void a_rule_said_first_leaves_the_request_after_it(String said, String asked) {
    assertThat(actions("UZOE", "images are 404ing since the purge", "UZOE", said,
        "UFELIX", "ok")).singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UFELIX");
          assertThat(item.text()).contains(asked).doesNotContainIgnoringCase("purge");
        });
  }
}
