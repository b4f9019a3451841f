package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan its author gives up at once for another, after an objection ("then we replace all of
 * them" — "that's 12 units, the budget won't stretch" — "ok, we replace the 4 broken ones now"),
 * never stood: only the second plan is a decision, in every language. A plan agreed to first, or
 * followed by a plan about something else, still stands.
 */
class PlansScaledBackTest {

  private static List<String> exchange(String report, String asked, String answered, String plan,
      String reply, String next, String taken) {
    return decisions("U1", report, "U2", asked, "U1", answered, "U2", plan, "U3", reply, "U2",
        next, "U3", taken);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      winter prep: 4 avalanche beacons fail the test | are those the old ones? how old are they | 2014 mostly | then we replace all of them, not just the 4. i don't want two models in the field | that's 12 units, the budget won't stretch this year | ok, we replace the 4 broken ones now, the rest next year | works for me | all of them | 4 broken
      Winter-Check: 4 LVS-Geräte fallen durch | sind das die alten? wie alt sind die | meist 2014 | dann tauschen wir alle aus, nicht nur die 4. ich will keine zwei Modelle im Einsatz | das sind 12 Geräte, das Budget reicht dieses Jahr nicht | ok, dann tauschen wir jetzt nur die 4 defekten aus, den Rest nächstes Jahr | passt für mich | alle aus | defekten
      prépa hiver : 4 ARVA ne passent plus le test | c'est les vieux ? ils ont quel âge | 2014 pour la plupart | alors on les remplace tous, pas juste les 4. je veux pas deux modèles en intervention | ça fait 12 appareils, le budget suit pas cette année | ok, on remplace les 4 HS maintenant, le reste l'an prochain | ça me va | tous | HS
      invierno: 4 ARVA no pasan la prueba | ¿son los viejos? ¿qué edad tienen? | casi todos de 2014 | entonces los cambiamos todos, no solo los 4. no quiero dos modelos en intervención | son 12 aparatos, el presupuesto no llega este año | vale, cambiamos ahora los 4 rotos, el resto el año que viene | me parece bien | todos | rotos
      inverno: 4 ARVA não passam no teste | são os velhos? de quando são | quase todos de 2014 | então a gente troca todos, não só os 4. não quero dois modelos em campo | são 12 aparelhos, o orçamento não dá esse ano | ok, então trocamos agora só os 4 quebrados e o resto no ano que vem | por mim tudo bem | todos | quebrados
      冬の準備：ビーコン4台がテストに不合格です | 古いものですか？何年製ですか | ほとんど2014年製です | じゃあ4台だけじゃなく全部交換します。現場で2機種は使いたくない | 12台になります、今年の予算では無理です | 了解、今は壊れた4台を交換して、残りは来年にします | それでいいです | 全部 | 壊れた
      """)
  void a_plan_given_up_at_once_for_another_is_no_decision(String report, String asked,
      String answered, String plan, String objection, String conceded, String taken,
      String planWord, String concededWord) {
    List<String> found = exchange(report, asked, answered, plan, objection, conceded, taken);
    assertThat(found).noneMatch(d -> d.contains(planWord) && !d.contains(concededWord));
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(delimiter = '|', textBlock = """
      winter prep: 4 avalanche beacons fail the test | are those the old ones? how old are they | 2014 mostly | then we replace all of them, not just the 4. i don't want two models in the field | agreed, budget is fine | ok, and we check the radios in January | works for me
      winter prep: 4 avalanche beacons fail the test | are those the old ones? how old are they | 2014 mostly | then we replace all of them, not just the 4. i don't want two models in the field | the radios were on the wrong frequency last year | ok, we check the radios in January | works for me
      """)
  void a_plan_agreed_to_or_followed_by_another_subject_stands(String report, String asked,
      String answered, String plan, String reply, String next, String taken) {
    assertThat(exchange(report, asked, answered, plan, reply, next, taken))
        .anyMatch(d -> d.contains("all of them"));
  }
}
