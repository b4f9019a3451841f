package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German tasks taken on as chat says them: the verb without its ending ("ich setz das mit auf die
 * Liste", "ich hak da nochmal nach") or before its "ich" ("sag ich der Schicht", "kläre ich mit
 * dem Auditor"). Not "sag ich doch", "frag ich mich auch" or "sag ich mal", which say what the
 * speaker thinks.
 */
class GermanTasksSaidCasuallyTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      der Termin bei Frau Öztürk ist am 14. | Termin ist eh am 14., ich setz das mit auf die Liste
      das Angebot von Elektro Petersen fehlt noch | Angebot soll nächste Woche kommen, ich hak da nochmal nach
      Linie 2 fährt auf halbe Zuglast | 👍 sag ich der Schicht
      wie tragen wir den Vorfall ein? | kläre ich mit dem Auditor
      """)
  void a_task_said_casually_is_taken_on(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      der Ofen war wieder zu heiß | sag ich doch, der Fühler ist hin
      warum kam die SMS so spät? | frag ich mich auch
      """)
  void what_the_speaker_thinks_takes_nothing_on(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).isEmpty();
  }
}
