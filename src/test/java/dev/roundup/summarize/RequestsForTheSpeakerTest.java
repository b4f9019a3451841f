package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Asking for something to be handed to oneself ("send me the draft first", "schick mir den
 * Entwurf vorher") is a request, the other's task, however readily it is carried out: no
 * instruction of how things go, so no decision. An instruction about the work itself, carried
 * out, still is one ("roll back 7731 now" — "rolling back").
 */
class RequestsForTheSpeakerTest {

  @Test
  void asking_for_something_to_be_handed_over_is_no_decision() {
    assertThat(decisions(
        "UBETH", "Not extending. The deadline stands.",
        "UKOFI", "ok. i'll email applicants with incomplete files explaining both options",
        "UBETH", "send me the draft first",
        "UKOFI", "will do, draft by tomorrow noon"))
        .noneMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains("send me"));
    assertThat(decisions(
        "UBETH", "Wir verlängern nicht. Die Frist bleibt.",
        "UKOFI", "ok, ich schreibe den Bewerbern mit unvollständigen Unterlagen",
        "UBETH", "schick mir den Entwurf vorher",
        "UKOFI", "mach ich, Entwurf bis morgen Mittag"))
        .noneMatch(d -> d.contains("schick mir"));
  }

  @Test
  void an_instruction_about_the_work_carried_out_still_decides() {
    assertThat(decisions(
        "UANA", "deploy 7731 is throwing 500s on checkout",
        "UANA", "roll back 7731 now. no fixing forward tonight",
        "UBO", "rolling back"))
        .anyMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains("roll back 7731"));
  }
}
