package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Work asked of someone by name and "you" as a question ("Hugo tu t'en charges dans le même
 * ticket ?" — "ça marche") is that person's task once they take it on, in every language that
 * says "you" after a name; the same question answered by someone else is not taken on.
 */
class AddressedRequestsTest {

  private static final Map<String, String> NAMES =
      Map.of("UCHLOE", "chloe", "UADELE", "adele", "UHUGO", "hugo");

  private static PreparedConversation thread(String... userTextPairs) {
    return new PreparedConversation(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES));
  }

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(thread(userTextPairs)).stream().map(d -> d.value().text())
        .toList();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      can we at least show the line number in the error? customers go mad | yes, the error message will show the line and the column. Hugo you take it in the same ticket? | sure | same ticket
      on peut au moins afficher le numéro de ligne ? les clients deviennent fous | oui, le message d'erreur indiquera la ligne et la colonne. Hugo tu t'en charges dans le même ticket ? | ça marche | même ticket
      können wir wenigstens die Zeilennummer anzeigen? die Kunden drehen durch | ja, die Fehlermeldung zeigt Zeile und Spalte. Hugo du machst das im selben Ticket? | passt | selben Ticket
      ¿podemos al menos mostrar el número de línea? los clientes se vuelven locos | sí, el mensaje de error mostrará la línea y la columna. Hugo tú te encargas en el mismo ticket? | vale | mismo ticket
      dá pra pelo menos mostrar o número da linha? os clientes estão ficando loucos | sim, a mensagem de erro vai mostrar a linha e a coluna. Hugo você cuida disso no mesmo ticket? | beleza | mesmo ticket
      """)
  void asked_by_name_and_you_and_taken_on_is_a_task(String asked, String answer, String taken,
      String ticket) {
    assertThat(decisions("UCHLOE", asked, "UADELE", answer, "UHUGO", taken))
        .noneMatch(d -> d.contains(ticket));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      can we at least show the line number in the error? customers go mad | yes, the error message will show the line and the column. Hugo you take it in the same ticket? | sure | same ticket
      on peut au moins afficher le numéro de ligne ? les clients deviennent fous | oui, le message d'erreur indiquera la ligne et la colonne. Hugo tu t'en charges dans le même ticket ? | ça marche | même ticket
      """)
  void the_same_question_answered_by_someone_else_is_not_taken_on(String asked, String answer,
      String taken, String ticket) {
    PreparedConversation c = thread("UCHLOE", asked, "UADELE", answer, "UCHLOE", taken);
    assertThat(AddressedRequests.askedAndTakenOn(c, c.sentencesOf(1).get(1))).isFalse();
    PreparedConversation byHugo = thread("UCHLOE", asked, "UADELE", answer, "UHUGO", taken);
    assertThat(AddressedRequests.askedAndTakenOn(byHugo, byHugo.sentencesOf(1).get(1))).isTrue();
  }
}
