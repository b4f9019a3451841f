package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a standard Slack export, read as JSON: {@code users.json}; {@code channels.json}
 * (public), {@code groups.json} (private), {@code mpims.json} and {@code dms.json} when the export
 * has them; and per conversation a folder of {@code YYYY-MM-DD.json} days, named after the channel
 * (or the DM's id).
 */
final class ExportFolder {

  /** Which list a conversation came from. */
  enum Kind { PUBLIC_CHANNEL, PRIVATE_CHANNEL, GROUP_DM, DM }

  /** One conversation listed in the export. */
  record Conversation(JsonObject json, Kind kind) {
    String id() {
      return ButtonPress.string(json, "id");
    }

    /** The folder holding its days: the name, or the id for a DM (which has no name). */
    String folder() {
      return kind == Kind.DM ? id() : ButtonPress.string(json, "name");
    }
  }

  private final Path root;

  ExportFolder(Path root) {
    this.root = root;
  }

  JsonArray users() {
    if (!Files.isRegularFile(root.resolve("users.json"))) {
      throw new ExportException("not a Slack export: " + root + " has no users.json");
    }
    return array("users.json");
  }

  List<Conversation> conversations() {
    if (!Files.isRegularFile(root.resolve("channels.json"))) {
      throw new ExportException("not a Slack export: " + root + " has no channels.json");
    }
    List<Conversation> all = new ArrayList<>();
    array("channels.json").forEach(c -> all.add(new Conversation(c.getAsJsonObject(), Kind.PUBLIC_CHANNEL)));
    optionalArray("groups.json").forEach(c -> all.add(new Conversation(c.getAsJsonObject(), Kind.PRIVATE_CHANNEL)));
    optionalArray("mpims.json").forEach(c -> all.add(new Conversation(c.getAsJsonObject(), Kind.GROUP_DM)));
    optionalArray("dms.json").forEach(c -> all.add(new Conversation(c.getAsJsonObject(), Kind.DM)));
    for (Conversation c : all) {
      if (c.id() == null || c.folder() == null) {
        throw new ExportException(root + ": a conversation without an id or name: " + c.json());
      }
    }
    return all;
  }

  /** Every message of a conversation, in ts order (none when its folder is missing). */
  List<JsonObject> messages(Conversation conversation) {
    Path folder = root.resolve(conversation.folder());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<JsonObject> messages = new ArrayList<>();
    try (Stream<Path> days = Files.list(folder)) {
      for (Path day : days.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json"))
          .sorted().toList()) {
        for (JsonElement m : parse(day).getAsJsonArray()) {
          if (m.isJsonObject() && m.getAsJsonObject().has("ts")) {
            messages.add(m.getAsJsonObject());
          }
        }
      }
    } catch (IOException e) {
      throw new ExportException("cannot list " + folder + ": " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw new ExportException(folder + ": a day file is not a JSON array of messages", e);
    }
    messages.sort(Comparator.comparingLong(m -> TsGenerator.toMicros(m.get("ts").getAsString())));
    return messages;
  }

  private JsonArray optionalArray(String name) {
    return Files.isRegularFile(root.resolve(name)) ? array(name) : new JsonArray();
  }

  private JsonArray array(String name) {
    JsonElement parsed = parse(root.resolve(name));
    if (!parsed.isJsonArray()) {
      throw new ExportException(root.resolve(name) + " is not a JSON array");
    }
    return parsed.getAsJsonArray();
  }

  private static JsonElement parse(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file));
    } catch (IOException e) {
      throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (JsonParseException e) {
      throw new ExportException(file + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
