package dev.roundup.summarize;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a conversation from disk: a Slack Web API response ({@code conversations.replies} or
 * {@code conversations.history}, {@code {"ok":true,"messages":[…]}}), one export day file, one
 * export channel folder, or an export (zip or folder) with one channel — or with several, named
 * as {@code export.zip/general}. Exports go through {@link SlackExport}; names come from the
 * export's {@code users.json} (or one beside the file) and the messages' {@code user_profile}.
 * Files that are not conversations (an export's {@code users.json} or {@code channels.json}) are
 * refused with a sentence saying what they are.
 */
public final class ConversationFiles {

  private ConversationFiles() {}

  /**
   * The conversation in the file, folder or zip.
   *
   * @param leftOut told, one line each, of every day file of an export left out because it could
   *                not be read
   */
  public static Conversation read(Path path, Consumer<String> leftOut) throws ConversationFileException {
    if (SlackExport.isZip(path)) {
      SlackExport export = SlackExport.open(path);
      return told(export, export.onlyChannel(), leftOut);
    }
    if (Files.isDirectory(path)) {
      SlackExport export = SlackExport.open(path);
      return told(export, isChannelFolder(path) ? export.channel(path.getFileName().toString())
          : export.onlyChannel(), leftOut);
    }
    if (!Files.isRegularFile(path)) {
      Path zip = zipAbove(path);
      if (zip != null) {
        SlackExport export = SlackExport.open(zip);
        return told(export, export.channel(path.getFileName().toString()), leftOut);
      }
      throw new ConversationFileException("no such file or folder: " + path);
    }
    JsonElement root = SlackExport.Json.parse(bytes(path), path.toString());
    MessageReader reader = new MessageReader();
    String channel = null;
    if (root.isJsonArray()) {
      refuseLists(root, path);
      reader.add(root.getAsJsonArray(), path.toString()); // a single export day file
    } else if (root.isJsonObject()) {
      JsonObject response = root.getAsJsonObject();
      if (response.has("ok") && response.get("ok").isJsonPrimitive()
          && !response.get("ok").getAsBoolean()) {
        String error = response.has("error") ? response.get("error").getAsString() : "no error";
        throw new ConversationFileException("ok:false (" + error + ") in " + path);
      }
      JsonElement messages = response.get("messages");
      if (messages == null || !messages.isJsonArray()) {
        throw new ConversationFileException(response.has("members")
            ? path + " is a list of users, not a conversation: pass a channel folder, an export, "
                + "or a saved conversations.replies/history response"
            : "not a Slack messages file: missing \"messages\" array in " + path);
      }
      channel = response.has("channel") && response.get("channel").isJsonPrimitive()
          ? response.get("channel").getAsString() : null;
      reader.add(messages.getAsJsonArray(), path.toString());
    } else {
      throw new ConversationFileException("not a Slack messages file: " + path);
    }
    Map<String, String> names = new HashMap<>(reader.names());
    names.putAll(usersNear(path));
    return new Conversation(channel, reader.messages(), names);
  }

  /**
   * An array of objects none of which has a ts is not messages: users.json, channels.json and
   * their kin are arrays of people or channels.
   */
  private static void refuseLists(JsonElement root, Path path) throws ConversationFileException {
    boolean any = false;
    for (JsonElement e : root.getAsJsonArray()) {
      if (!(e instanceof JsonObject o)) {
        return;
      }
      if (o.has("ts")) {
        return;
      }
      any = true;
    }
    if (!any) {
      return;
    }
    String name = path.getFileName().toString();
    String what = name.startsWith("users") ? "a list of users"
        : name.matches("(channels|groups|mpims|dms)\\.json") ? "a list of channels"
        : "a list without messages";
    throw new ConversationFileException(path + " is " + what + ", not a conversation: pass a "
        + "channel folder, a day file, the export itself, or a saved conversations.replies/"
        + "history response");
  }

  /**
   * The conversation read, once told which days were left out; refused when every day it has was
   * left out, since an empty summary would read as a quiet channel.
   */
  private static Conversation told(SlackExport export, Conversation read, Consumer<String> leftOut)
      throws ConversationFileException {
    export.refuseIfNothingRead(read.messages().isEmpty(), "no day of this conversation could be read");
    export.unreadable().forEach(leftOut);
    return read;
  }

  private static boolean isChannelFolder(Path folder) {
    try (var files = Files.list(folder)) {
      return files.anyMatch(f -> SlackExport.DAY_FILE.matcher(f.getFileName().toString())
          .matches());
    } catch (IOException e) {
      return false;
    }
  }

  /** The zip file this path runs through ("export.zip/general" → "export.zip"), or null. */
  private static Path zipAbove(Path path) {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      if (SlackExport.isZip(p)) {
        return p;
      }
    }
    return null;
  }

  /** Names from a users.json beside the file, or in the export above its channel folder. */
  private static Map<String, String> usersNear(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    for (int up = 0; folder != null && up < 2; up++, folder = folder.getParent()) {
      Path users = folder.resolve("users.json");
      if (Files.isRegularFile(users) && !users.equals(file.toAbsolutePath())) {
        try {
          return UserNames.fromUsersFile(SlackExport.Json.parse(bytes(users), users.toString()));
        } catch (ConversationFileException e) {
          return Map.of(); // names are a courtesy: an unreadable list leaves ids as they are
        }
      }
    }
    return Map.of();
  }

  private static byte[] bytes(Path file) throws ConversationFileException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConversationFileException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
