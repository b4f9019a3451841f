package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The speaker's own "I'll …" before a request to someone else in the same sentence ("I'll write
 * it, <@corey> can you review", "i'll set up the weekly cap, <@meg> can you brief the desk") is an
 * item of its own beside the request, its "it" taken from what was said before it.
 */
class OwnTaskBeforeARequestTest {

  private static final Map<String, String> NAMES = Map.of("UHANNA", "hanna", "UCOREY", "corey");

  @Test
  void the_speakers_own_task_before_a_request_is_kept() {
    assertThat(Threads.actionItems(NAMES, "UCOREY", "morning",
        "UHANNA", "the deprecation email to all 38 customers needs to go out this week. "
            + "I'll write it, <@UCOREY> can you review",
        "UCOREY", "yes send it over"))
        .extracting(ActionItem::owner, ActionItem::text)
        .contains(tuple("UHANNA",
            "The deprecation email to all 38 customers needs to go out this week — Write it"))
        .extracting(t -> t.toList().get(0)).containsExactlyInAnyOrder("UHANNA", "UCOREY");
  }

  @Test
  void a_request_alone_is_still_one_item() {
    assertThat(Threads.actionItems(NAMES, "UCOREY", "morning",
        "UHANNA", "the deprecation email needs to go out this week, <@UCOREY> can you write it",
        "UCOREY", "yes"))
        .extracting(ActionItem::owner).containsExactly("UCOREY");
  }
}
