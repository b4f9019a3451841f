package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An instruction given after a thanks or a "good point" to the one just answered ("good point,
 * add a line about that in the comms" — "noted") hands that person a task and is no decision, in
 * every language; a plan said after the thanks still decides.
 */
class InstructionsAfterThanksTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      we roll out disk encryption to everyone next month | fyi the old macbooks are painfully slow during the first encryption | good point, add a line about that in the comms | line
      wir rollen die Verschlüsselung nächsten Monat für alle aus | übrigens sind die alten MacBooks bei der ersten Verschlüsselung sehr langsam | gute Idee, schreib das bitte in die Mail an alle | Mail
      on déploie le chiffrement à tout le monde le mois prochain | au fait les vieux macbooks sont très lents pendant le premier chiffrement | bonne idée, ajoute une ligne là-dessus dans le mail | ligne
      desplegamos el cifrado a todos el mes que viene | por cierto, los macbooks viejos van muy lentos durante el primer cifrado | buena idea, añade una línea sobre eso en el correo | línea
      a gente libera a criptografia pra todo mundo mês que vem | aliás, os macbooks antigos ficam muito lentos na primeira criptografia | boa ideia, coloca uma linha sobre isso no e-mail | linha
      来月全員にディスク暗号化を展開します | ちなみに古いMacBookは最初の暗号化でかなり遅くなります | いいですね、案内メールに一行追加してください | 一行
      """)
  void an_instruction_after_a_thanks_to_the_one_answered_is_no_decision(String plan,
      String remark, String instruction, String word) {
    assertThat(decisions("UA", plan, "UB", remark, "UA", instruction, "UB", "noted"))
        .noneMatch(d -> d.contains(word));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      we roll out disk encryption to everyone next month | fyi the old macbooks are painfully slow during the first encryption | good point. from now on every rollout mail gets a line about slow first encryption | every rollout mail
      """)
  void a_plan_after_a_thanks_still_decides(String plan, String remark, String said,
      String words) {
    assertThat(decisions("UA", plan, "UB", remark, "UA", said, "UB", "ok"))
        .anyMatch(d -> d.contains(words));
  }
}
