package dev.roundup.summarize;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Renders a {@link CatchUp} for a terminal: what waits on the person, then channel by channel. */
public final class CatchUpText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

  private CatchUpText() {}

  public static String render(CatchUp catchUp, Function<String, String> names,
      Function<String, String> channelNames, ZoneId zone) {
    StringBuilder out = new StringBuilder("Catch-up for @").append(names.apply(catchUp.person()))
        .append(" since ").append(WHEN.format(catchUp.since().atZone(zone))).append('\n');
    if (catchUp.isEmpty()) {
      out.append("\nNothing new.\n");
    }
    if (!catchUp.waiting().isEmpty()) {
      out.append("\nWaiting on you\n");
      for (CatchUp.Waiting w : catchUp.waiting()) {
        out.append("  - ").append(label(w.kind())).append(" in #")
            .append(channelNames.apply(w.channelId()))
            .append(catchUp.fromSomeoneElse(w) == null ? ""
                : " from @" + names.apply(catchUp.fromSomeoneElse(w))).append(": ")
            .append(SummaryText.named(w.text(), names)).append("  [").append(w.ts()).append("]\n");
      }
    }
    for (CatchUp.ChannelCatchUp c : catchUp.active()) {
      out.append("\n#").append(c.name()).append(" — ").append(c.messages())
          .append(c.messages() == 1 ? " message" : " messages").append(", ")
          .append(c.participants()).append(c.participants() == 1 ? " person" : " people")
          .append('\n');
      if (c.note() != null) {
        out.append("  (").append(c.note()).append(")\n");
      }
      section(out, "Highlights", c.highlights(), names);
      section(out, "Decisions", c.decisions(), names);
      section(out, "Open questions", c.openQuestions(), names);
    }
    if (!catchUp.quiet().isEmpty()) {
      out.append("\nQuiet: ").append(String.join(", ", catchUp.quiet().stream()
          .map(c -> "#" + c.name() + " (" + c.messages() + ")").toList())).append('\n');
    }
    out.append('\n').append(catchUp.receipt().line(Labels.ENGLISH)).append('\n');
    return out.toString();
  }

  /** "Question for you", "Mention", "Action item", "Thread moved". */
  public static String label(CatchUp.Kind kind) {
    return switch (kind) {
      case QUESTION -> "Question for you";
      case MENTION -> "Mention";
      case ACTION_ITEM -> "Action item";
      case THREAD_MOVED -> "Thread moved";
    };
  }

  private static void section(StringBuilder out, String title, List<Point> points,
      Function<String, String> names) {
    if (points.isEmpty()) {
      return;
    }
    out.append("  ").append(title).append('\n');
    for (Point p : points) {
      out.append("    - ").append(SummaryText.named(p.text(), names)).append("  [")
          .append(String.join(", ", p.sources())).append("]\n");
    }
  }
}
