package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A proposal turned down by its reason alone ("psych have a 2pm paper with the same cohort, so
 * no") settles nothing in every language, and neither it nor the proposal is cited by a decision;
 * a no that says what holds instead still decides.
 */
class ReasonedRefusalsTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      LT3 is double booked on 14 jan, math and psych both in there | could we just push psych to the afternoon? | psych have a 2pm paper with the same cohort, so no | ah ok ignore me
      the 3G is ours on weekdays only | could we share with Ashton Juniors at their place? | their pitch is 40 min away for half our families. not doing that | fair
      LT3 ist am 14. doppelt belegt | können wir Psychologie auf den Nachmittag schieben? | die haben um 14 Uhr schon eine Klausur mit derselben Kohorte, also nein | ok, vergesst es
      l'amphi 3 est réservé deux fois le 14 | on pourrait décaler psycho l'après-midi ? | ils ont déjà un examen à 14h avec la même promo, donc non | ah ok
      el aula 3 está reservada dos veces el 14 | ¿podemos pasar psicología a la tarde? | tienen otro examen a las 14h con el mismo grupo, así que no | vale
      a sala 3 está reservada duas vezes dia 14 | dá pra passar psicologia pra tarde? | eles têm outra prova às 14h com a mesma turma, então não | ah ok
      14日の3番教室が二重予約になっています | 心理学を午後に回せますか？ | 14時に同じ学年の別の試験があるので無理です | 了解です
      the pump 2 nozzle is leaking | what if we just tape off pump 2 and open pump 1 | same manifold, no | ok
      die Düse an Pumpe 2 tropft | können wir nicht Pumpe 2 absperren und Pumpe 1 öffnen? | gleicher Verteiler, nein | ok
      le pistolet de la pompe 2 fuit | on ne peut pas condamner la pompe 2 et ouvrir la 1 ? | même collecteur, non | ok
      la boquilla de la bomba 2 gotea | ¿y si cerramos la bomba 2 y abrimos la 1? | mismo colector, no | vale
      o bico da bomba 2 está vazando | e se a gente isolar a bomba 2 e abrir a 1? | mesmo coletor, não | ok
      the kiosks are down for the day | should we extend loan periods so people don't have to come in? | no, not for this. it's one day | ok
      die Automaten sind heute aus | sollen wir die Leihfristen verlängern? | nein, nicht dafür. das ist nur ein Tag | ok
      les bornes sont en panne aujourd'hui | on prolonge les prêts ? | non, pas pour ça. c'est un seul jour | ok
      los quioscos no funcionan hoy | ¿alargamos los préstamos? | no, para esto no. es un solo día | vale
      os quiosques estão fora hoje | a gente estende os empréstimos? | não, pra isso não. é um dia só | ok
      今日は貸出機が止まっています | 貸出期間を延ばしますか？ | いいえ、今回はしません。1日だけなので | 了解です
      """)
  void a_proposal_turned_down_by_its_reason_alone_is_no_decision(String opener, String proposal,
      String refusal, String taken) {
    assertThat(decisions("U1", opener, "U2", proposal, "U1", refusal, "U2", taken)).isEmpty();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the intros take 20 minutes | can we skip the intros? | no, we keep them, but 30 seconds each | ok
      the intros take 20 minutes | can we skip the intros? | no. we keep the intros and cut the Q&A instead | ok
      the kiosks are down for the day | should we extend loan periods? | no, not for this one, we extend only the laptops | ok
      le quai reste fermé | on ouvre la pompe 1 ? | non, on garde tout fermé jusqu'à demain | ok
      """)
  void a_no_that_says_what_holds_instead_still_decides(String opener, String proposal,
      String refusal, String taken) {
    assertThat(decisions("U1", opener, "U2", proposal, "U1", refusal, "U2", taken)).isNotEmpty();
  }
}
