package dev.roundup.summarize;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.llm.LlmFixtures;
import java.util.ArrayList;
import java.util.List;

/** Conversations for summarizer tests, read from Slack-shaped fixtures or built in code. */
final class TestConversations {

  private TestConversations() {}

  /** The six-message launch thread of {@code llm/thread-launch.json}. */
  static Conversation launchThread() {
    return fromRepliesResponse(LlmFixtures.read("thread-launch.json"));
  }

  /** Reads a {@code conversations.replies}-shaped body. */
  static Conversation fromRepliesResponse(String json) {
    List<Message> messages = new ArrayList<>();
    for (JsonElement element : JsonParser.parseString(json).getAsJsonObject()
        .getAsJsonArray("messages")) {
      JsonObject m = element.getAsJsonObject();
      messages.add(new Message(m.get("ts").getAsString(),
          m.has("thread_ts") ? m.get("thread_ts").getAsString() : null,
          m.has("user") ? m.get("user").getAsString() : null,
          m.get("text").getAsString(),
          m.has("reply_count") ? m.get("reply_count").getAsInt() : 0));
    }
    return new Conversation("C0LAUNCH", messages);
  }

  /** A thread of the given (user, text) pairs with ts one minute apart. */
  static Conversation thread(String... userThenText) {
    List<Message> messages = new ArrayList<>();
    String parent = ts(0);
    for (int i = 0; i * 2 < userThenText.length; i++) {
      messages.add(new Message(ts(i), parent, userThenText[i * 2], userThenText[i * 2 + 1],
          i == 0 ? userThenText.length / 2 - 1 : 0));
    }
    return new Conversation("C0TEST", messages);
  }

  static String ts(int index) {
    return String.format("%d.%06d", 1_731_900_000L + index * 60L, 100 + index);
  }
}
