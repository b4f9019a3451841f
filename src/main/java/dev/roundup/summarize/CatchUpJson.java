package dev.roundup.summarize;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link CatchUp} as JSON: {@code person}, {@code since} (ISO instant), {@code waiting}
 * (kind, channel, ts, thread, author, text), {@code channels} (id, name, messages, participants,
 * quiet, highlights, decisions, openQuestions with their sources) and the {@code receipt} line.
 */
public final class CatchUpJson {

  private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting()
      .disableHtmlEscaping().create();

  private CatchUpJson() {}

  public static String write(CatchUp catchUp) {
    JsonObject root = new JsonObject();
    root.addProperty("person", catchUp.person());
    root.addProperty("since", catchUp.since().toString());
    JsonArray waiting = new JsonArray();
    for (CatchUp.Waiting w : catchUp.waiting()) {
      JsonObject item = new JsonObject();
      item.addProperty("kind", w.kind().name().toLowerCase(Locale.ROOT));
      item.addProperty("channel", w.channelId());
      item.addProperty("ts", w.ts());
      item.addProperty("thread", w.threadTs());
      item.addProperty("author", w.author());
      item.addProperty("text", w.text());
      waiting.add(item);
    }
    root.add("waiting", waiting);
    JsonArray channels = new JsonArray();
    for (CatchUp.ChannelCatchUp c : catchUp.channels()) {
      JsonObject channel = new JsonObject();
      channel.addProperty("id", c.channelId());
      channel.addProperty("name", c.name());
      channel.addProperty("messages", c.messages());
      channel.addProperty("participants", c.participants());
      channel.addProperty("quiet", c.quiet());
      channel.add("highlights", points(c.highlights()));
      channel.add("decisions", points(c.decisions()));
      channel.add("openQuestions", points(c.openQuestions()));
      channels.add(channel);
    }
    root.add("channels", channels);
    root.addProperty("receipt", catchUp.receipt().line(Labels.ENGLISH));
    return GSON.toJson(root);
  }

  private static JsonArray points(List<Point> points) {
    JsonArray out = new JsonArray();
    for (Point p : points) {
      JsonObject item = new JsonObject();
      item.addProperty("text", p.text());
      JsonArray sources = new JsonArray();
      p.sources().forEach(sources::add);
      item.add("sources", sources);
      out.add(item);
    }
    return out;
  }
}
