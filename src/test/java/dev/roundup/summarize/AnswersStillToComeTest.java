package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replies that say the answer is still to come leave the question open ({@link
 * RepliesLeavingItOpen}): finding out later ("let's find out tomorrow"), an answer asked for and
 * not yet given ("I asked finance last week, no answer yet", "noch keine Antwort", "todavía sin
 * respuesta", "toujours pas de réponse", "ainda sem resposta"), a meeting it is left to ("das
 * klären wir auf der Vorstandssitzung im August"), and someone else named to say or settle it
 * ("eso que lo diga nerea", "marta lo habla con dirección", "a renata vê com o financeiro", "on
 * voit ça avec la direction"). The one asked saying they will see to it themselves ("eu vejo
 * com o suporte") answers: they took it on.
 */
class AnswersStillToComeTest {

  private static int open(String question, String reply) {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "U1", question,
        "U2", reply));
    return OpenQuestionDetector.detect(c, Set.of()).size();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the same service change landed in the wear os module. does that crash too? | let's find out tomorrow
      are we getting the taxi allowance again for xmas day? no buses | I asked finance last week, no answer yet
      do we get the allowance again this year? | emailed HR on monday, haven't heard back
      zahlt die Reparatur eigentlich die Vereinskasse oder wird das auf die Parzellen umgelegt? | das klären wir auf der Vorstandssitzung im August, jetzt erstmal reparieren
      gibt es dieses Jahr wieder das Taxigeld für Heiligabend? | hab die Personalabteilung gefragt, noch keine Antwort
      ¿el parking se lo cobramos como venía en la oferta o lo incluimos? | eso que lo diga nerea
      ¿cuentan los 3 días de retraso para el recargo? | marta lo habla con dirección financiera el lunes
      ¿nos vuelven a pagar el taxi de nochebuena este año? no hay autobuses esa noche | le pregunté a recursos humanos la semana pasada y todavía sin respuesta
      on offre un geste aux écoles, l'entrée gratuite pour les accompagnateurs ? | on voit ça avec la direction
      la prime de nuit est maintenue cette année ? | j'ai demandé à la compta, toujours pas de réponse
      a organização paga o sorvete que derreteu? | a renata vê com o financeiro na segunda
      o táxi da noite de natal vai ser pago de novo este ano? não tem ônibus | perguntei pro RH na semana passada, ainda sem resposta
      """)
  void an_answer_still_to_come_leaves_the_question_open(String question, String reply) {
    assertThat(open(question, reply)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      does the wear os module crash too? | yes, same stack trace, it's in the crash report
      quem mexe nessa configuração do sistema? eu não tenho acesso | eu vejo com o suporte do software
      ¿y la derivación a media estancia? según el sistema tienen 3 camas libres | eso lo hablo yo con su jefe de guardia
      do we get the allowance again this year? | yes, finance answered this morning: same as last year
      """)
  void an_answer_or_the_one_asked_taking_it_on_closes_it(String question, String reply) {
    assertThat(open(question, reply)).isZero();
  }
}
