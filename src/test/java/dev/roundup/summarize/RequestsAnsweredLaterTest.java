package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request answered by its owner's first word after it, a few messages on, wherever it is
 * written, naming what was asked ("<@lena> can you take the refunds?" … lena: "refunds: yes, I'll
 * run them in one batch tomorrow morning"), is one item; a commitment about something else, or
 * after the owner has spoken in between, is a task of its own.
 */
class RequestsAnsweredLaterTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void the_owners_first_word_naming_the_request_answers_it() {
    assertThat(items(
        "U1", "refunds and customer emails go through finance. <@U2> can you take the refunds?",
        "U3", "I'll pull the full list of double charges into a sheet by noon",
        "U4", "honestly we should have had a canary on billing ages ago",
        "U3", "yeah would've been nice",
        "U2", "refunds: yes, I'll run them in one batch tomorrow morning once I have the sheet"))
        .filteredOn(i -> "U2".equals(i.owner())).hasSize(1);
    assertThat(items(
        "U1", "los reembolsos y los correos a clientes van por finanzas. <@U2> ¿puedes llevar los reembolsos?",
        "U3", "yo saco la lista completa de cobros duplicados en una hoja antes del mediodía",
        "U4", "la verdad es que deberíamos haber tenido alertas de cobros hace tiempo",
        "U3", "sí, habría estado bien",
        "U2", "reembolsos: sí, los hago mañana por la mañana en un solo lote"))
        .filteredOn(i -> "U2".equals(i.owner())).hasSize(1);
  }

  @Test
  void a_commitment_about_something_else_is_a_task_of_its_own() {
    assertThat(items(
        "U1", "refunds and customer emails go through finance. <@U2> can you take the refunds?",
        "U3", "I'll pull the full list of double charges into a sheet by noon",
        "U4", "honestly we should have had a canary on billing ages ago",
        "U3", "yeah would've been nice",
        "U2", "I'll also update the status page wording this afternoon"))
        .filteredOn(i -> "U2".equals(i.owner())).hasSize(2);
    assertThat(items(
        "U1", "los reembolsos y los correos a clientes van por finanzas. <@U2> ¿puedes llevar los reembolsos?",
        "U3", "yo saco la lista completa de cobros duplicados en una hoja antes del mediodía",
        "U4", "la verdad es que deberíamos haber tenido alertas de cobros hace tiempo",
        "U3", "sí, habría estado bien",
        "U2", "yo actualizo la página de estado esta tarde"))
        .filteredOn(i -> "U2".equals(i.owner())).hasSize(2);
  }
}
