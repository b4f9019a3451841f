package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Renders a {@link Summary} for people reading a terminal: the TL;DR, then one section per kind
 * of point, each bullet followed by the ts of the messages it came from, then the receipt. Labels
 * are in the summary's language; Slack markup is shown as the words it stands for, mentions as
 * {@code @name} through the given resolver.
 */
public final class SummaryText {

  private SummaryText() {}

  public static String render(Summary summary, Function<String, String> names) {
    Labels labels = summary.labels();
    StringBuilder out = new StringBuilder();
    out.append(labels.tldr()).append(": ").append(summary.tldr().isBlank()
        ? "(" + labels.nothing() + ")" : named(summary.tldr(), names)).append('\n');
    if (summary.note() != null) {
      out.append("Note: ").append(summary.note()).append('\n');
    }
    section(out, labels.highlights(), summary.highlights(), names);
    section(out, labels.decisions(), summary.decisions(), names);
    if (!summary.actionItems().isEmpty()) {
      out.append('\n').append(labels.actionItems()).append('\n');
      for (ActionItem item : summary.actionItems()) {
        out.append("  - ");
        if (item.owner() != null) {
          out.append('@').append(names.apply(item.owner())).append(": ");
        }
        out.append(named(item.text(), names));
        item.dueNotInText().ifPresent(due -> out.append(" (").append(labels.due()).append(' ')
            .append(due).append(')'));
        out.append(sources(item.sources())).append('\n');
      }
    }
    section(out, labels.openQuestions(), summary.openQuestions(), names);
    if (summary.stats() != null) {
      out.append('\n').append(labels.receipt(summary.stats())).append('\n');
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

  /**
   * Summary text as a terminal shows it: link and emphasis markup resolved to its words, and
   * "<@U123>" as "@alice".
   */
  public static String named(String text, Function<String, String> names) {
    String plain = text.indexOf('<') >= 0 || text.indexOf('&') >= 0
        ? SlackMarkup.toPlainText(text).replace('\n', ' ') : text;
    Matcher m = SlackText.USER.matcher(plain);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("@" + names.apply(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
