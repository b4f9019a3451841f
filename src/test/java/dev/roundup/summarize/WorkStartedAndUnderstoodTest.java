package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Work said to someone by name, in whatever words, is theirs when they answer with the work under
 * way ("requesting it today") or with the instruction heard ("understood, …", "verstanden, …",
 * "entendido, …") ({@link AcceptedRequests}). Beside it, the near miss: an answer that only
 * looks into it ("checking whether we need one") or turns it down takes nothing on.
 */
class WorkStartedAndUnderstoodTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Jo", "U2", "Noor", "U3", "Ade");

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(NAMES, userTextPairs);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the crate is from 2004 and not rated for this | Noor, get a quote for a new crate from the packers. | requesting it today
      the crate is from 2004 and not rated for this | Noor, get a quote for a new crate from the packers. | understood, asking them now
      die Kiste ist von 2004 und dafür nicht zugelassen | Noor, hol ein Angebot für eine neue Kiste beim Spediteur ein. | verstanden, frage gleich an
      la caja es de 2004 y no sirve para esto | Noor, pide presupuesto de una caja nueva al transportista. | entendido, lo pido hoy
      """)
  void work_said_by_name_and_started_or_heard_is_theirs(String before, String toThem,
      String reply) {
    assertThat(items("U3", before, "U1", toThem, "U2", reply))
        .extracting(ActionItem::owner).contains("U2");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the crate is from 2004 and not rated for this | Noor, get a quote for a new crate from the packers. | checking whether we even need one
      the crate is from 2004 and not rated for this | Noor, get a quote for a new crate from the packers. | no, the borrower pays for crates
      la caja es de 2004 y no sirve para esto | Noor, pide presupuesto de una caja nueva al transportista. | no, eso lo paga el prestatario
      """)
  void an_answer_that_only_looks_into_it_or_refuses_takes_nothing_on(String before,
      String toThem, String reply) {
    assertThat(items("U3", before, "U1", toThem, "U2", reply))
        .extracting(ActionItem::owner).doesNotContain("U2");
  }
}
