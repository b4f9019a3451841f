package dev.roundup.summaries;

import dev.roundup.slack.SlackText;
import dev.roundup.summarize.Conversation;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives a conversation the display names of its people and of everyone mentioned in it, from
 * Slack's user directory: summarizers read "Bo, can you…" and answerers find "what did Bo say",
 * and models are prompted by name.
 */
public final class DisplayNames {

  private final Function<String, String> nameOf;

  /** @param nameOf a person's display name by user id, or the id when unknown */
  public DisplayNames(Function<String, String> nameOf) {
    this.nameOf = nameOf;
  }

  public Conversation named(Conversation conversation) {
    Map<String, String> names = new HashMap<>(conversation.names());
    Set<String> ids = new LinkedHashSet<>(conversation.participants());
    conversation.messages().forEach(m -> ids.addAll(SlackText.userIds(m.text())));
    for (String id : ids) {
      String name = nameOf.apply(id);
      if (name != null && !name.equals(id)) {
        names.put(id, name);
      }
    }
    return names.isEmpty() ? conversation
        : new Conversation(conversation.channelId(), conversation.messages(), names);
  }
}
