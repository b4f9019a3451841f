package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a conversation from disk: a Slack Web API response ({@code conversations.replies} or
 * {@code conversations.history}, {@code {"ok":true,"messages":[…]}}) or a Slack export channel
 * folder (one {@code YYYY-MM-DD.json} array of messages per day, read in date order).
 */
public final class ConversationFiles {

  private static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");

  private ConversationFiles() {}

  public static Conversation read(Path path) throws ConversationFileException {
    if (Files.isDirectory(path)) {
      return readExportFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new ConversationFileException("no such file or folder: " + path);
    }
    JsonElement root = parse(path);
    if (root.isJsonArray()) {
      // A single export day file is accepted too.
      return Conversation.of(messages(root.getAsJsonArray(), path));
    }
    if (!root.isJsonObject()) {
      throw new ConversationFileException("not a Slack messages file: " + path);
    }
    JsonObject response = root.getAsJsonObject();
    if (response.has("ok") && response.get("ok").isJsonPrimitive()
        && !response.get("ok").getAsBoolean()) {
      String error = response.has("error") ? response.get("error").getAsString() : "no error";
      throw new ConversationFileException("ok:false (" + error + ") in " + path);
    }
    JsonElement messages = response.get("messages");
    if (messages == null || !messages.isJsonArray()) {
      throw new ConversationFileException(
          "not a Slack messages file: missing \"messages\" array in " + path);
    }
    String channel = response.has("channel") && response.get("channel").isJsonPrimitive()
        ? response.get("channel").getAsString() : null;
    return new Conversation(channel, messages(messages.getAsJsonArray(), path));
  }

  private static Conversation readExportFolder(Path folder) throws ConversationFileException {
    List<Path> days;
    try (Stream<Path> files = Files.list(folder)) {
      days = files.filter(p -> DAY_FILE.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ConversationFileException(
          "cannot list folder " + folder + ": " + e.getMessage(), e);
    }
    if (days.isEmpty()) {
      throw new ConversationFileException("no YYYY-MM-DD.json files in folder " + folder);
    }
    List<Message> all = new ArrayList<>();
    for (Path day : days) {
      JsonElement root = parse(day);
      if (!root.isJsonArray()) {
        throw new ConversationFileException("not a Slack export day file (expected an array): "
            + day);
      }
      all.addAll(messages(root.getAsJsonArray(), day));
    }
    return Conversation.of(all);
  }

  private static List<Message> messages(JsonArray array, Path source)
      throws ConversationFileException {
    List<Message> out = new ArrayList<>();
    for (JsonElement element : array) {
      if (!element.isJsonObject()) {
        throw new ConversationFileException("not a Slack message (expected an object) in "
            + source);
      }
      try {
        SlackMessages.toMessage(element.getAsJsonObject()).ifPresent(m -> {
          m.epochSeconds(); // a ts that is not a number is refused here, not later
          out.add(m);
        });
      } catch (RuntimeException e) {
        throw new ConversationFileException("unreadable message in " + source + ": "
            + e.getMessage(), e);
      }
    }
    return out;
  }

  private static JsonElement parse(Path file) throws ConversationFileException {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonParseException e) {
      throw new ConversationFileException("not valid JSON: " + file + " ("
          + firstLine(e.getMessage()) + ")", e);
    } catch (IOException e) {
      throw new ConversationFileException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "parse error";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
