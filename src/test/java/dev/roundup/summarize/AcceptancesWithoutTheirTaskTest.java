package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare "mach ich", "deixa comigo" or "me encargo" says only that its writer takes something
 * on. When no request was read in the message it answers, the item says what that message asked,
 * in its words, rather than "Mach ich"; a taking that names its own task keeps its words.
 */
class AcceptancesWithoutTheirTaskTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void a_bare_taking_reads_as_what_the_message_it_answers_asks() {
    assertThat(items(
        "U1", "wer sagt eigentlich der Compliance Bescheid? die wollen das doch wissen",
        "U3", "gute frage, keine ahnung ob das meldepflichtig ist. frag mal bei Frau Behrens nach",
        "U1", "mach ich"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("U1");
          assertThat(item.text()).contains("frag mal bei Frau Behrens nach")
              .doesNotStartWith("Mach ich");
        });
    assertThat(items(
        "U1", "precisamos de alguém pra ligar pra padaria do seu Zé e ver se doam os panetones",
        "U2", "deixa comigo"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("U2");
          assertThat(item.text()).contains("padaria do seu Zé");
        });
  }

  @Test
  void a_taking_is_said_whole_and_not_asked() {
    assertThat(TaskWording.onlyTakesItOn("mach ich")).isTrue();
    assertThat(TaskWording.onlyTakesItOn("d’accord, je m’en occupe")).isTrue();
    assertThat(TaskWording.onlyTakesItOn("¿lo hago yo?")).isFalse();
    assertThat(TaskWording.onlyTakesItOn("mach ich?")).isFalse();
    assertThat(TaskWording.onlyTakesItOn("mach ich nicht")).isFalse();
  }

  @Test
  void a_taking_posted_without_an_author_does_not_stop_the_summary() {
    List<Message> messages = List.of(
        new Message("1700000000.000100", null, "U1",
            "jemand muss die Rechnung an den Kunden schicken", 0),
        new Message("1700000002.000100", null, null, "mach ich", 0));
    assertThat(Threads.actionItems(Conversation.of(messages)))
        .extracting(ActionItem::text).isNotEmpty()
        .allSatisfy(text -> assertThat(text).contains("Rechnung"));
  }

  @Test
  void a_taking_that_names_its_task_keeps_its_own_words() {
    assertThat(items(
        "U1", "der Kunde wartet immer noch auf einen Rückruf wegen der Heizung",
        "U2", "ich ruf ihn gleich an"))
        .singleElement().satisfies(item -> assertThat(item.text()).doesNotContain("Kunde"));
  }
}
