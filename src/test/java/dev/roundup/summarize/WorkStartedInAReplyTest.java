package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Work taken on by saying it is being started, the way replies say it: "checking with the
 * warehouse", "perfect ty, sending to the 40 affected merchants", "raising a P1 with them now",
 * "respondendo agora", "vale, llamando ahora a los proveedores". Not a look taken in passing whose
 * finding follows at once ("checking the logs"), the -ing word as the subject of what is said
 * ("sending more email feels odd", "fixing them is ~£96k/yr"), nor "calling it: …".
 */
class WorkStartedInAReplyTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      do we even have emergency keys in stock for the pro? | checking with the warehouse
      the statement is approved, send it | perfect ty, sending to the 40 affected merchants
      who can change the setting? | only the vendor can change it. raising a P1 with them now
      can you post an update for the players? | posting on reddit + discord in 10
      the farms need a call before the blast | calling both farms now
      tell your shop managers to stop using the DX-40s | same, messaging mine now
      pode responder os tickets dos pilotos com isso | valeu, respondendo os tickets agora
      ¿quién avisa a los proveedores? | vale, llamando ahora a los proveedores
      """)
  void work_being_started_is_the_speakers_task(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      could we email every customer again? | sending more email feels odd this close to the launch
      what would fixing the old orders cost? | fixing them is about 96k a year in staff time
      we can't agree on the vendor | calling it: we go with the one we have
      is the hotfix out? | posting this here because the release channel is muted
      what do the logs say? | checking the logs, looks like the network
      """)
  void the_ing_word_that_starts_no_work_takes_nothing_on(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).isEmpty();
  }
}
