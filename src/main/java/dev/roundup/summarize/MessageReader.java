package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the messages of Slack message arrays read from files (an API response, export days),
 * with the names their {@code user_profile} snapshots give. When nothing but integration posts
 * is there (an alerts channel), those posts are the conversation rather than "no messages".
 */
final class MessageReader {

  private final List<Message> messages = new ArrayList<>();
  private final List<Message> integrationPosts = new ArrayList<>();
  private final Map<String, String> names = new HashMap<>();

  void add(JsonArray array, String source) throws ConversationFileException {
    for (JsonElement element : array) {
      if (!element.isJsonObject()) {
        throw new ConversationFileException("not a Slack message (expected an object) in "
            + source);
      }
      JsonObject json = element.getAsJsonObject();
      try {
        SlackMessages.toMessage(json).ifPresentOrElse(m -> {
          m.epochSeconds(); // a ts that is not a number is refused here, not later
          messages.add(m);
        }, () -> SlackMessages.integrationPost(json).ifPresent(m -> {
          m.epochSeconds();
          integrationPosts.add(m);
        }));
      } catch (RuntimeException e) {
        throw new ConversationFileException("unreadable message in " + source + ": "
            + e.getMessage(), e);
      }
      String user = SlackMessages.string(json, "user");
      String name = UserNames.fromMessage(json);
      if (user != null && name != null) {
        names.putIfAbsent(user, name);
      }
    }
  }

  List<Message> messages() {
    return messages.isEmpty() ? integrationPosts : messages;
  }

  /** The messages of people, never integration posts, even when there is nothing else. */
  List<Message> peoplesMessages() {
    return messages;
  }

  Map<String, String> names() {
    return names;
  }
}
