package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "ok no rollback then": a no drawn from what was just said decides, in every cue language
 * ("ok, dann kein Rollback", "ok, pas de rollback alors", "vale, nada de rollback entonces", "ok,
 * sem rollback então", 「じゃあ今回はロールバックはなしで、修正版を出します」). Not "ok no idea then", "no worries then",
 * "ok, keine Ahnung".
 */
class NosConcludedTest {

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs))).stream()
        .map(d -> d.value().text().toLowerCase(java.util.Locale.ROOT)).toList();
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      the deploy broke the email queue, 40k stuck | can we just roll back? | old code does select * with strict mapping, it'll blow up on the new column | ok no rollback then. hotfix forward | no rollback
      das Deployment hat die Mail-Queue kaputt gemacht | können wir einfach zurückrollen? | der alte Code macht select * mit striktem Mapping, der fliegt bei der neuen Spalte raus | ok, dann kein Rollback. Hotfix nach vorne | kein rollback
      le déploiement a cassé la file des mails | on peut juste faire un rollback ? | l'ancien code fait un select * en mapping strict, il plante sur la nouvelle colonne | ok, pas de rollback alors. hotfix direct | pas de rollback
      el despliegue rompió la cola de correos | ¿podemos hacer rollback y ya? | el código viejo hace select * con mapeo estricto, peta con la columna nueva | vale, nada de rollback entonces. hotfix hacia adelante | nada de rollback
      o deploy quebrou a fila de e-mails | dá pra só fazer rollback? | o código antigo faz select * com mapeamento estrito, vai quebrar na coluna nova | ok, sem rollback então. hotfix pra frente | sem rollback
      デプロイでメールキューが止まりました | ロールバックできますか？ | 旧コードはselect *を厳密マッピングしているので、新しいカラムで落ちます | じゃあ今回はロールバックはなしで、修正版を出します | ロールバックはなしで
      """)
  void a_no_drawn_from_what_was_said_decides(String opening, String asked, String why,
      String concluded, String words) {
    assertThat(decisions("UA", opening, "UB", asked, "UC", why, "UB", concluded))
        .anyMatch(d -> d.contains(words));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ok no idea then, let's see what support says
      no worries then
      ok, keine Ahnung dann
      """)
  void a_no_that_concludes_nothing_decides_nothing(String reply) {
    assertThat(decisions("UA", "the vendor hasn't answered about the outage", "UB",
        "did they say when?", "UA", reply)).isEmpty();
  }
}
