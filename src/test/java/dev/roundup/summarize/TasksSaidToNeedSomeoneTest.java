package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A task said to need doing by someone, nobody named ("someone needs to chase brightways for that
 * refund", "somebody from finance should look at the quote", "jemand muss den Vermieter anrufen",
 * "quelqu'un doit appeler le loueur", "alguien tiene que llamar al proveedor", "alguém precisa ver
 * o contrato"), is an item without an owner, in the words of the task. Not "someone said …" nor
 * "someone needs a coffee".
 */
class TasksSaidToNeedSomeoneTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the coach firm is bust | someone needs to chase brightways for that refund | Chase brightways for that refund
      the quote is in | someone from finance should look at the cloudflare quote | Look at the cloudflare quote
      der Kran ist kaputt | jemand muss den Kranvermieter heute noch anrufen | Den Kranvermieter heute noch anrufen
      la grue est en panne | quelqu'un doit appeler le loueur de la grue aujourd'hui | Appeler le loueur de la grue aujourd'hui
      la grúa está rota | alguien tiene que llamar al proveedor de la grúa hoy | Llamar al proveedor de la grúa hoy
      o código do cofre mudou | alguém precisa ver se tem multa no contrato do anfitrião | Ver se tem multa no contrato do anfitrião
      """)
  void a_task_needing_someone_is_an_item_nobody_owns_yet(String before, String said, String task) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).singleElement()
        .satisfies(item -> {
          assertThat(item.owner()).isNull();
          assertThat(item.text()).isEqualTo(task);
        });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the build is red again | someone said the build was red on friday too
      the build is red again | someone needs a coffee
      """)
  void someone_named_in_passing_is_no_task(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).isEmpty();
  }
}
