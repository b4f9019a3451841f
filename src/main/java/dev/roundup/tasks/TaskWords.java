package dev.roundup.tasks;

import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tasks in words, written so that the parser reads them back to the same task: the confirmation,
 * the list and the prefilled modal all use these.
 */
final class TaskWords {

  private TaskWords() {}

  static String action(ActionKind action, List<String> targets, String body, Destination destination,
      String ownerId) {
    String what = what(action, targets, body, ownerId);
    return switch (action) {
      case REMIND -> what + (destination.kind() == Destination.Kind.THREAD ? " " + thread(destination) : "");
      case SUMMARIZE, DIGEST -> what + delivery(destination);
    };
  }

  /** What the task does, without where it posts: for beside a line that says where. */
  static String what(ActionKind action, List<String> targets, String body, String ownerId) {
    return switch (action) {
      case REMIND -> "remind " + remindee(targets.get(0), ownerId) + " to " + body;
      case SUMMARIZE, DIGEST -> action.word() + " " + channels(targets)
          // "focus:" rather than "focus": a focus that starts with "on" ("on every release")
          // reads back whole, since "focus on" is also how people introduce one.
          + (body.isBlank() ? "" : " focus: " + body);
    };
  }

  static String channels(List<String> ids) {
    return ids.stream().map(id -> "<#" + id + ">").collect(Collectors.joining(" "));
  }

  private static String remindee(String target, String ownerId) {
    if (target.equals(ownerId)) {
      return "me";
    }
    return target.startsWith("C") || target.startsWith("G") ? "<#" + target + ">" : "<@" + target + ">";
  }

  private static String delivery(Destination d) {
    return switch (d.kind()) {
      case DM -> "";
      case CHANNEL -> " to <#" + d.channelId() + ">";
      case THREAD -> " " + thread(d);
    };
  }

  private static String thread(Destination d) {
    return "in thread " + SlackText.threadLink(d.channelId(), d.threadTs());
  }
}
