package dev.roundup.suggest.synthetic;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.roundup.ingest.SlackTs;
import dev.roundup.suggest.SeenMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a generated workspace as a standard Slack export ({@code users.json}, {@code channels.json},
 * a folder of {@code YYYY-MM-DD.json} per channel, days in UTC), so the {@code suggest} and
 * {@code sandbox} commands can read it like any team's export.
 */
public final class ExportWriter {

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private ExportWriter() {}

  public static void write(SyntheticWorkspace ws, Path folder) throws IOException {
    Files.createDirectories(folder);
    JsonArray users = new JsonArray();
    for (Person p : ws.people()) {
      JsonObject u = new JsonObject();
      u.addProperty("id", p.id());
      u.addProperty("name", p.name());
      u.addProperty("real_name", p.name());
      u.addProperty("tz", p.zone().getId());
      u.addProperty("is_bot", p.isBot());
      JsonObject profile = new JsonObject();
      profile.addProperty("display_name", p.name());
      if (p.isBot()) {
        profile.addProperty("bot_id", p.botId());
      }
      u.add("profile", profile);
      users.add(u);
    }
    Files.writeString(folder.resolve("users.json"), GSON.toJson(users));
    JsonArray channels = new JsonArray();
    Map<String, String> names = new TreeMap<>();
    for (SyntheticChannel c : ws.channels()) {
      JsonObject ch = new JsonObject();
      ch.addProperty("id", c.id());
      ch.addProperty("name", c.name());
      ch.addProperty("created", ws.from().getEpochSecond());
      JsonArray members = new JsonArray();
      c.members().forEach(members::add);
      ch.add("members", members);
      channels.add(ch);
      names.put(c.id(), c.name());
    }
    Files.writeString(folder.resolve("channels.json"), GSON.toJson(channels));
    Map<String, Map<LocalDate, JsonArray>> days = new TreeMap<>();
    for (SeenMessage m : ws.messages()) {
      LocalDate day = SlackTs.toInstant(SlackTs.toMicros(m.ts())).atZone(ZoneOffset.UTC).toLocalDate();
      days.computeIfAbsent(m.channel(), k -> new TreeMap<>()).computeIfAbsent(day, k -> new JsonArray())
          .add(json(m));
    }
    for (Map.Entry<String, Map<LocalDate, JsonArray>> channel : days.entrySet()) {
      Path dir = folder.resolve(names.get(channel.getKey()));
      Files.createDirectories(dir);
      for (Map.Entry<LocalDate, JsonArray> day : channel.getValue().entrySet()) {
        Files.writeString(dir.resolve(day.getKey() + ".json"), GSON.toJson(day.getValue()));
      }
    }
  }

  private static JsonObject json(SeenMessage m) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "message");
    if (m.subtype() != null) {
      o.addProperty("subtype", m.subtype());
    }
    o.addProperty("ts", m.ts());
    if (m.user() != null) {
      o.addProperty("user", m.user());
    }
    if (m.botId() != null) {
      o.addProperty("bot_id", m.botId());
    }
    if (m.threadTs() != null) {
      o.addProperty("thread_ts", m.threadTs());
    }
    o.addProperty("text", m.text());
    return o;
  }
}
