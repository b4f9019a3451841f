package dev.roundup.eval;

import dev.roundup.slack.SlackText;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A {@link Summary} as the plain text a reader sees, in the order Slack shows it: tl;dr,
 * highlights, decisions, action items (owner first), open questions. Mentions are shown as the
 * speaker's name, as Slack renders {@code <@U…>} as a display name, so they can match references
 * that name people.
 */
public final class SummaryText {


  private SummaryText() {}

  public static String render(Summary summary, Map<String, String> speakerNames) {
    List<String> lines = new ArrayList<>();
    if (summary.tldr() != null && !summary.tldr().isBlank()) {
      lines.add(summary.tldr());
    }
    summary.highlights().stream().map(Point::text).forEach(lines::add);
    summary.decisions().stream().map(Point::text).forEach(lines::add);
    for (ActionItem item : summary.actionItems()) {
      String owner = item.owner() == null ? "" : speakerNames.getOrDefault(item.owner(), "") + " ";
      lines.add(owner + item.text());
    }
    summary.openQuestions().stream().map(Point::text).forEach(lines::add);
    return withNames(String.join("\n", lines), speakerNames);
  }

  static String withNames(String text, Map<String, String> speakerNames) {
    Matcher m = SlackText.USER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(
          speakerNames.getOrDefault(m.group(1), m.group(0))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
