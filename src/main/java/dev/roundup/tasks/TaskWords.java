package dev.roundup.tasks;

import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
      case REMIND -> "remind " + remindee(targets.get(0), ownerId) + (saidWithTo(body) ? " to " : " ") + body;
      case SUMMARIZE, DIGEST -> action.word() + " " + channels(targets)
          // "focus:" rather than "focus": a focus that starts with "on" ("on every release")
          // reads back whole, since "focus on" is also how people introduce one.
          + (body.isBlank() ? "" : " focus: " + body);
    };
  }

  /**
   * Whether a reminder's text reads after "to": "send the update" does, but "about the 1:1", "that
   * the freeze starts" and a sentence of its own ("the office closes at 6", "@sam's demo is
   * today") do not, and are written as typed ("remind me about the 1:1"), which reads back to the
   * same text.
   */
  static boolean saidWithTo(String body) {
    String first = body.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return !first.isEmpty() && !NOT_AFTER_TO.contains(first) && Character.isLetter(first.charAt(0));
  }

  /** Words a reminder's text starts with when it is not what to do: a topic or a sentence. */
  private static final Set<String> NOT_AFTER_TO = Set.of("about", "of", "that", "the", "a", "an",
      "this", "these", "those", "our", "my", "your", "their", "his", "her", "its", "we", "i", "you",
      "they", "he", "she", "it", "there", "everyone", "everybody", "someone", "nobody", "today",
      "tomorrow", "tonight", "it's", "we're", "there's");

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
