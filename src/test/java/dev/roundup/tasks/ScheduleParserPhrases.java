package dev.roundup.tasks;

import static org.quicktheories.generators.Generate.pick;

import java.util.List;
import org.quicktheories.core.Gen;

/** Schedule phrases people commonly type, for the form's When field. */
final class ScheduleParserPhrases {

  private ScheduleParserPhrases() {}

  static Gen<String> common() {
    return pick(List.of("every weekday at 9am", "every Friday at 4pm", "tomorrow at 3pm", "in 2 hours",
        "every month on the 1st", "every monday", "every 99999999999 days", "every day at 25:00"));
  }
}
