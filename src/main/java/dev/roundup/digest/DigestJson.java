package dev.roundup.digest;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import java.util.List;

/**
 * The machine-readable digest the command line prints with {@code --format json}:
 * {@code {"from", "to", "focus", "channels": [{"name", "messages", "participants", "quiet",
 * "threads", "decisions", "actionItems"}]}}, channels in the order they are shown.
 */
public final class DigestJson {

  private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting()
      .disableHtmlEscaping().create();

  private DigestJson() {}

  public static String write(Digest digest) {
    return GSON.toJson(toJson(digest));
  }

  public static JsonObject toJson(Digest digest) {
    JsonObject root = new JsonObject();
    root.addProperty("from", digest.period().fromDate().toString());
    root.addProperty("to", digest.period().toDate().toString());
    root.addProperty("focus", digest.focus());
    JsonArray channels = new JsonArray();
    for (ChannelDigest c : digest.channels()) {
      JsonObject channel = new JsonObject();
      channel.addProperty("name", c.name());
      channel.addProperty("messages", c.messages());
      channel.addProperty("participants", c.participants());
      channel.addProperty("quiet", c.quiet());
      JsonArray threads = new JsonArray();
      for (ThreadItem t : c.threads()) {
        JsonObject thread = new JsonObject();
        thread.addProperty("ts", t.ts());
        thread.addProperty("tldr", t.tldr());
        thread.addProperty("replies", t.replies());
        threads.add(thread);
      }
      channel.add("threads", threads);
      JsonArray decisions = new JsonArray();
      for (Point p : c.decisions()) {
        JsonObject decision = new JsonObject();
        decision.addProperty("text", p.text());
        decision.add("sources", strings(p.sources()));
        decisions.add(decision);
      }
      channel.add("decisions", decisions);
      JsonArray actions = new JsonArray();
      for (ActionItem a : c.actionItems()) {
        JsonObject action = new JsonObject();
        action.addProperty("owner", a.owner());
        action.addProperty("text", a.text());
        action.add("sources", strings(a.sources()));
        actions.add(action);
      }
      channel.add("actionItems", actions);
      channels.add(channel);
    }
    root.add("channels", channels);
    return root;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
