package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Renders a {@link Summary} for people reading a terminal: the TL;DR, then one section per kind
 * of point, each bullet followed by the ts of the messages it came from. Mentions print as
 * {@code @name} through the given resolver.
 */
public final class SummaryText {

  private SummaryText() {}

  public static String render(Summary summary, Function<String, String> names) {
    StringBuilder out = new StringBuilder();
    out.append("TL;DR: ").append(summary.tldr().isBlank() ? "(nothing to summarize)"
        : named(summary.tldr(), names)).append('\n');
    if (summary.note() != null) {
      out.append("Note: ").append(summary.note()).append('\n');
    }
    section(out, "Highlights", summary.highlights(), names);
    section(out, "Decisions", summary.decisions(), names);
    if (!summary.actionItems().isEmpty()) {
      out.append("\nAction items\n");
      for (ActionItem item : summary.actionItems()) {
        out.append("  - ");
        if (item.owner() != null) {
          out.append('@').append(names.apply(item.owner())).append(": ");
        }
        out.append(named(item.text(), names));
        if (item.due() != null && !item.text().toLowerCase().contains(item.due().toLowerCase())) {
          out.append(" (due ").append(item.due()).append(')');
        }
        out.append(sources(item.sources())).append('\n');
      }
    }
    section(out, "Open questions", summary.openQuestions(), names);
    if (summary.stats() != null) {
      out.append('\n').append(summary.stats().messages()).append(" messages, ")
          .append(summary.stats().participants()).append(" participants\n");
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Point> points,
      Function<String, String> names) {
    if (points.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    for (Point point : points) {
      out.append("  - ").append(named(point.text(), names)).append(sources(point.sources()))
          .append('\n');
    }
  }

  private static String sources(List<String> ts) {
    return ts.isEmpty() ? "" : "  [" + String.join(", ", ts) + "]";
  }

  /** "<@U123>" → "@alice". */
  static String named(String text, Function<String, String> names) {
    Matcher m = SlackText.USER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("@" + names.apply(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
