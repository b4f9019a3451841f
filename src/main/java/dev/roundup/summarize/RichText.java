package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Slack's {@code rich_text} blocks written back as mrkdwn, for messages whose {@code text} is
 * empty (some clients and workflows send only blocks): text runs, links with their labels, user,
 * channel and group mentions in Slack's own escaped forms, list items and quotes one per line.
 * Emoji are left out, as {@link dev.roundup.slack.SlackMarkup} leaves them out of text.
 */
final class RichText {

  private RichText() {}

  static void append(JsonArray blocks, StringBuilder out) {
    for (JsonElement block : blocks) {
      if (block instanceof JsonObject b && "rich_text".equals(SlackMessages.string(b, "type"))
          && b.get("elements") instanceof JsonArray elements) {
        elements(elements, out);
      }
    }
  }

  private static void elements(JsonArray elements, StringBuilder out) {
    for (JsonElement element : elements) {
      if (!(element instanceof JsonObject e)) {
        continue;
      }
      String type = SlackMessages.string(e, "type");
      if (type == null) {
        continue;
      }
      switch (type) {
        case "rich_text_section", "rich_text_list", "rich_text_quote", "rich_text_preformatted" -> {
          if (e.get("elements") instanceof JsonArray inner) {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
              out.append('\n');
            }
            elements(inner, out);
          }
        }
        case "text" -> out.append(escape(SlackMessages.string(e, "text")));
        case "link" -> {
          String url = SlackMessages.string(e, "url");
          String label = SlackMessages.string(e, "text");
          out.append('<').append(url).append(label == null ? "" : "|" + label).append('>');
        }
        case "user" -> out.append("<@").append(SlackMessages.string(e, "user_id")).append('>');
        case "channel" -> out.append("<#").append(SlackMessages.string(e, "channel_id"))
            .append('>');
        case "usergroup" -> out.append("<!subteam^")
            .append(SlackMessages.string(e, "usergroup_id")).append('>');
        case "broadcast" -> out.append("<!").append(SlackMessages.string(e, "range"))
            .append('>');
        default -> { } // emoji, dates and the rest add no words a summary needs
      }
    }
  }

  /** Text runs are raw characters; in mrkdwn they are escaped as Slack escapes them. */
  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
