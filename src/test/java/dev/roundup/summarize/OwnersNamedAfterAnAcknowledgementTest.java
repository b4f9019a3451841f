package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "great, nkem owns graphics then", "gut, lars übernimmt dann die Grafik": a task handed to
 * someone named, after an acknowledgement and with the name typed in lower case, is that
 * person's action item and no decision. Not when no one is named ("great, it takes two days
 * then", "gut, das übernimmt die Versicherung") nor when the task is only pointed at ("kwame owns
 * it").
 */
class OwnersNamedAfterAnAcknowledgementTest {

  private static List<String> owners(PreparedConversation c) {
    return ActionItemDetector.detect(c).stream().map(d -> d.value().owner()).toList();
  }

  private static List<Detection<Point>> decisions(PreparedConversation c) {
    return DecisionDetector.detect(c);
  }

  @Test
  void a_task_handed_out_after_an_acknowledgement_is_the_named_persons() {
    PreparedConversation en = Threads.namedAfterIds(
        "UCARLA", "need owners for: liveblog, results graphics, social",
        "UNKEM", "graphics: the results widget still works, I tested it this morning",
        "UCARLA", "great, nkem owns graphics then",
        "UNKEM", "yep");
    assertThat(owners(en)).containsExactly("UNKEM");
    assertThat(decisions(en)).isEmpty();
    PreparedConversation de = Threads.namedAfterIds(
        "UANJA", "wer macht die Grafik für den Wahlabend?",
        "ULARS", "das Widget von der Kommunalwahl läuft noch, hab es heute früh getestet",
        "UANJA", "gut, lars übernimmt dann die Grafik",
        "ULARS", "jep");
    assertThat(owners(de)).containsExactly("ULARS");
  }

  @Test
  void no_one_named_or_the_task_only_pointed_at_is_no_new_task() {
    assertThat(owners(Threads.namedAfterIds(
        "UCARLA", "how long for the results widget?",
        "UNKEM", "the feed needs a new parser",
        "UCARLA", "great, it takes two days then"))).isEmpty();
    assertThat(owners(Threads.namedAfterIds(
        "UANJA", "wer zahlt den Schaden am Trockner?",
        "ULARS", "die Versicherung, hab schon angerufen",
        "UANJA", "gut, das übernimmt die Versicherung"))).isEmpty();
    assertThat(owners(Threads.namedAfterIds(
        "UKWAME", "~30 customers. i can do it but not this sprint",
        "UDANA", "fine, next sprint then. kwame owns it"))).containsExactly("UKWAME");
  }
}
