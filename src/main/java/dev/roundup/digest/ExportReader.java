package dev.roundup.digest;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.roundup.summarize.ConversationFileException;
import dev.roundup.summarize.ConversationFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a Slack export folder: one sub-folder per channel (named after it) holding one
 * {@code YYYY-MM-DD.json} per day, and {@code channels.json} at the top when present (which gives
 * the channel ids). Each channel folder is read by {@link ConversationFiles}, so the export and the
 * {@code summarize} command agree on what a message is.
 */
public final class ExportReader {

  private ExportReader() {}

  /** Channel name → its folder, in name order. */
  public static Map<String, Path> channels(Path export) throws ConversationFileException {
    if (!Files.isDirectory(export)) {
      throw new ConversationFileException("no such export folder: " + export);
    }
    Map<String, Path> out = new LinkedHashMap<>();
    try (Stream<Path> entries = Files.list(export)) {
      for (Path p : entries.filter(Files::isDirectory).sorted().toList()) {
        if (hasDayFiles(p)) {
          out.put(p.getFileName().toString(), p);
        }
      }
    } catch (IOException e) {
      throw new ConversationFileException("cannot list " + export + ": " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new ConversationFileException("no channel folders with YYYY-MM-DD.json files in "
          + export);
    }
    return out;
  }

  /** The named channels' messages (all days; the digest keeps those in its period). */
  public static List<ChannelMessages> read(Path export, List<String> names)
      throws ConversationFileException {
    Map<String, Path> folders = channels(export);
    Map<String, String> ids = channelIds(export);
    List<ChannelMessages> out = new ArrayList<>();
    for (String name : names) {
      Path folder = folders.get(name);
      if (folder == null) {
        throw new ConversationFileException("no channel '" + name + "' in " + export
            + " (channels: " + String.join(", ", folders.keySet()) + ")");
      }
      out.add(new ChannelMessages(ids.getOrDefault(name, name), name,
          ConversationFiles.read(folder).messages(), null));
    }
    return out;
  }

  private static boolean hasDayFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Name → id from channels.json; empty when there is none or it cannot be read. */
  private static Map<String, String> channelIds(Path export) {
    Map<String, String> ids = new LinkedHashMap<>();
    Path file = export.resolve("channels.json");
    if (!Files.isRegularFile(file)) {
      return ids;
    }
    try {
      JsonElement root = JsonParser.parseString(Files.readString(file));
      if (root.isJsonArray()) {
        for (JsonElement e : root.getAsJsonArray()) {
          if (e.isJsonObject() && e.getAsJsonObject().has("name") && e.getAsJsonObject().has("id")) {
            ids.put(e.getAsJsonObject().get("name").getAsString(),
                e.getAsJsonObject().get("id").getAsString());
          }
        }
      }
    } catch (IOException | JsonParseException | IllegalStateException e) {
      // channels.json is optional; folder names still identify the channels.
    }
    return ids;
  }
}
