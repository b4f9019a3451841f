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
 * com o suporte") answers: they took it on. So does a reply that finds out there and then
 * ("let's find out: … yes, same crash"), a liking ("lo ve con buenos ojos"), and a name given to
 * a question of who talks to someone ("¿quién habla con dirección?" — "marta lo habla con
 * dirección"). "No answer yet" leaves the question open whatever follows it in the reply ("…, so
 * we wait"; "…, so I booked the backup vendor" is a decision beside it).
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
      is the vendor still on for friday? | no answer yet from the vendor.
      Zahlt die Vereinskasse die Reparatur? | das klären wir nächsten Dienstag im Vorstand
      is the vendor still on for friday? | emailed them monday, haven't heard back yet
      is the vendor still on for friday? | no answer yet :(
      is the vendor still on for friday? | asked them, no answer yet, will chase tomorrow
      the same change landed in the wear os module. does that crash too? | let's find out - I'll run it on the watch tomorrow
      gibt es dieses Jahr wieder das Taxigeld für Heiligabend? | hab gefragt, noch keine Antwort bekommen
      gibt es dieses Jahr wieder das Taxigeld für Heiligabend? | noch keine Antwort, ich hake morgen nach
      la prime de nuit est maintenue cette année ? | toujours pas de réponse pour l'instant
      ¿nos vuelven a pagar el taxi de nochebuena este año? | todavía sin respuesta, les vuelvo a escribir mañana
      o táxi da noite de natal vai ser pago de novo este ano? não tem ônibus | perguntei pro RH, ainda sem resposta deles
      ¿Quién habla con dirección sobre el recargo? | nadie lo habla con dirección todavía
      ¿Quién decide el recargo? | marta lo habla con dirección el lunes
      ¿Quién habla con dirección sobre el recargo? | quizás lo habla con dirección marta, no sé
      is the vendor still on for friday? | no answer yet, so we wait
      gibt es dieses Jahr wieder das Taxigeld für Heiligabend? | noch keine Antwort, also abwarten
      la prime de nuit est maintenue cette année ? | toujours pas de réponse, du coup je relance demain
      ¿nos vuelven a pagar el taxi de nochebuena este año? | todavía sin respuesta, así que seguimos esperando
      o táxi da noite de natal vai ser pago de novo este ano? não tem ônibus | ainda sem resposta, então vamos esperar
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
      does the wear os module crash too? | let's find out: I ran it on the watch, yes, same crash
      ¿le gusta a dirección la propuesta del nuevo logo? | sí, dirección lo ve con buenos ojos
      a diretoria gostou da proposta do logo novo? | sim, a diretoria vê com bons olhos
      ¿Quién habla con dirección sobre el recargo? | marta lo habla con dirección el lunes
      quem vê com o financeiro o reembolso do sorvete? | a renata vê com o financeiro na segunda
      """)
  void an_answer_or_the_one_asked_taking_it_on_closes_it(String question, String reply) {
    assertThat(open(question, reply)).isZero();
  }
}
