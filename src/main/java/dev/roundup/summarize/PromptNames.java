package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People as a model sees them: by display name, not by user id. Models attribute and summarize
 * far better with "Maya" than with "U04MAYA7", and answer with names; this maps each participant
 * (and everyone mentioned) to a label unique in the conversation — the display name, "Maya (2)" for
 * a second Maya, the id when no name is known — and maps names in the answer back to ids.
 */
final class PromptNames {

  private final Map<String, String> labelById = new LinkedHashMap<>();
  private final Map<String, String> idByLabel = new HashMap<>();
  /** Labels longest first, so "@Ann Lee" is replaced before "@Ann". */
  private final List<String> labelsLongestFirst;

  PromptNames(Conversation conversation) {
    List<String> ids = new ArrayList<>(conversation.participants());
    for (Message m : conversation.messages()) {
      SlackText.userIds(m.text()).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    }
    for (String id : ids) {
      String name = conversation.nameOf(id).strip().replaceAll("[<>@\\n]", "");
      String label = name.isEmpty() ? id : name;
      for (int n = 2; idByLabel.containsKey(key(label)); n++) {
        label = (name.isEmpty() ? id : name) + " (" + n + ")";
      }
      labelById.put(id, label);
      idByLabel.put(key(label), id);
      idByLabel.putIfAbsent(key(id), id); // a model may still answer with an id
    }
    labelsLongestFirst = labelById.values().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The label of a user id ("Maya"), the id itself for someone not in the conversation. */
  String label(String userId) {
    return userId == null ? null : labelById.getOrDefault(userId, userId);
  }

  /** Message text for the prompt: every {@code <@U…>} mention written "@Maya". */
  String toPrompt(String text) {
    Matcher m = SlackText.USER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("@" + label(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Answer text back in Slack's form: "@Maya" becomes {@code <@U…>} for every known label. */
  String fromModel(String text) {
    String out = text;
    for (String label : labelsLongestFirst) {
      if (out.contains("@" + label)) {
        Pattern at = Pattern.compile("(?<!<)@" + Pattern.quote(label) + "(?![\\p{L}\\p{N}])");
        out = at.matcher(out).replaceAll(Matcher.quoteReplacement(
            SlackText.mention(idByLabel.get(key(label)))));
      }
    }
    return out;
  }

  /**
   * The user id an owner written by the model stands for ("Maya", "@Maya", "<@U04MAYA7>",
   * "U04MAYA7"), or null when it names nobody in the conversation.
   */
  String ownerId(String written) {
    if (written == null || written.isBlank() || written.equalsIgnoreCase("null")) {
      return null;
    }
    String t = written.strip();
    Matcher mention = SlackText.USER.matcher(t);
    if (mention.find()) {
      t = mention.group(1);
    }
    t = t.replaceFirst("^@", "");
    return idByLabel.get(key(t));
  }

  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT);
  }
}
