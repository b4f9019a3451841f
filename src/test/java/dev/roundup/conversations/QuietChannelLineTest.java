package dev.roundup.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A quiet channel of a catch-up shows a line only when something there was announced or decided,
 * and that line is the summarizer's pick.
 */
class QuietChannelLineTest {

  private final QuietChannelLine line = new QuietChannelLine(new ExtractiveSummarizer());

  private static List<Message> messages(String... texts) {
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new Message(String.format("%d.%06d", 1_795_000_000L + i * 60L, 100 + i), null,
          "U" + (i % 3 + 1), texts[i], 0));
    }
    return out;
  }

  private Optional<Point> of(String... texts) {
    return line.of("C1", messages(texts), Map.of());
  }

  @Test
  void an_announcement_among_small_talk_is_the_line_citing_its_message() {
    Optional<Point> shown = of("good morning all", "morning!",
        "Morning! The all-hands moves to 17:00 CET today.", "thanks");
    assertThat(shown).hasValueSatisfying(p -> {
      assertThat(p.text()).contains("The all-hands moves to 17:00 CET").doesNotContain("Morning!");
      assertThat(p.sources()).containsExactly("1795000120.000102");
    });
    assertThat(of("Heads up: the office is closed on Friday for the move", "thanks for the heads up"))
        .hasValueSatisfying(p -> assertThat(p.text()).contains("office is closed on Friday"));
    assertThat(of("danke", "Der Allhands wird auf 17:00 verschoben")).isPresent();
    assertThat(of("Rappel : la réunion est reportée à jeudi.")).isPresent();
    assertThat(of("ok", "We decided to keep the Friday demo.")).isPresent();
  }

  @Test
  void small_talk_questions_and_status_stay_a_count() {
    assertThat(of("morning!", "hi all", "lol", "thanks")).isEmpty();
    assertThat(of("Happy birthday Maya!", "happy birthday!! 🎉", "🎂 have a great day")).isEmpty();
    assertThat(of("anyone have a spare HDMI cable?", "there's one in the drawer", "thanks!")).isEmpty();
    assertThat(of("I'm looking at the logs now", "cool")).isEmpty();
    assertThat(of("lunch anyone?", "sure, 12:30?", "ok")).isEmpty();
  }

  @Test
  void a_message_to_the_bot_is_never_the_line() {
    List<Message> toBot = List.of(new Message("1795000000.000100", null, "U1",
        "<@U0BOT> reminder: the deadline moves to Friday", 0, true));
    assertThat(line.of("C1", toBot, Map.of())).isEmpty();
  }
}
