package dev.roundup.summarize;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A Slack export as Slack ships it — the zip itself or the folder it unpacks to (often with one
 * extra folder level on top) — read into memory once: one folder per channel holding one
 * {@code YYYY-MM-DD.json} array per day, and {@code users.json} and {@code channels.json} (or
 * {@code groups.json}, {@code mpims.json}, {@code dms.json}) wherever they sit. The one reader of
 * exports: the {@code summarize} and {@code digest} commands both go through it, so they agree on
 * what a message is and who wrote it.
 */
public final class SlackExport {

  static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
  private static final List<String> CHANNEL_LISTS =
      List.of("channels.json", "groups.json", "mpims.json", "dms.json");
  private static final List<String> LISTS =
      List.of("users.json", "channels.json", "groups.json", "mpims.json", "dms.json");

  /** Entry path ("general/2024-01-02.json", "users.json") → its bytes, in path order. */
  private final Map<String, byte[]> entries;
  private final String source;
  private final Map<String, String> names;

  private SlackExport(Map<String, byte[]> entries, String source)
      throws ConversationFileException {
    this.entries = entries;
    this.source = source;
    this.names = new HashMap<>();
    Optional<String> users = shallowest("users.json");
    if (users.isPresent()) {
      names.putAll(UserNames.fromUsersFile(json(users.get())));
    }
  }

  /** Whether the path is a zip file (by its first bytes, not its name). */
  public static boolean isZip(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens an export zip or an export folder (the root, or any folder within it). */
  public static SlackExport open(Path path) throws ConversationFileException {
    if (isZip(path)) {
      return new SlackExport(zipEntries(path), path.toString());
    }
    if (Files.isDirectory(path)) {
      return new SlackExport(folderEntries(path), path.toString());
    }
    throw new ConversationFileException("no such export folder or zip: " + path);
  }

  /** Display names by user id, from users.json (empty when the export has none). */
  public Map<String, String> names() {
    return Map.copyOf(names);
  }

  /** Channel name → channel id as channels.json and its kin give them. */
  public Map<String, String> channelIds() throws ConversationFileException {
    Map<String, String> ids = new LinkedHashMap<>();
    for (String list : CHANNEL_LISTS) {
      Optional<String> entry = shallowest(list);
      if (entry.isEmpty()) {
        continue;
      }
      JsonElement root = json(entry.get());
      if (root.isJsonArray()) {
        for (JsonElement e : root.getAsJsonArray()) {
          if (e.isJsonObject() && e.getAsJsonObject().has("id")) {
            JsonObject channel = e.getAsJsonObject();
            String id = channel.get("id").getAsString();
            ids.put(channel.has("name") ? channel.get("name").getAsString() : id, id);
          }
        }
      }
    }
    return ids;
  }

  /** Channel folder names, in name order: every folder that holds day files. */
  public List<String> channels() {
    TreeMap<String, Boolean> folders = new TreeMap<>();
    for (String path : entries.keySet()) {
      int slash = path.lastIndexOf('/');
      if (slash > 0 && DAY_FILE.matcher(path.substring(slash + 1)).matches()) {
        folders.put(folderName(path.substring(0, slash)), true);
      }
    }
    return List.copyOf(folders.keySet());
  }

  /** The whole channel, all days in date order, with the export's names. */
  public Conversation channel(String name) throws ConversationFileException {
    List<String> days = new ArrayList<>();
    for (String path : entries.keySet()) {
      int slash = path.lastIndexOf('/');
      if (slash > 0 && folderName(path.substring(0, slash)).equals(name)
          && DAY_FILE.matcher(path.substring(slash + 1)).matches()) {
        days.add(path);
      }
    }
    if (days.isEmpty()) {
      throw new ConversationFileException("no channel '" + name + "' in " + source
          + " (channels: " + String.join(", ", channels()) + ")");
    }
    days.sort(Comparator.comparing(p -> p.substring(p.lastIndexOf('/') + 1)));
    MessageReader reader = new MessageReader();
    for (String day : days) {
      JsonElement root = json(day);
      if (!root.isJsonArray()) {
        throw new ConversationFileException("not a Slack export day file (expected an array): "
            + source + "/" + day);
      }
      reader.add(root.getAsJsonArray(), source + "/" + day);
    }
    Map<String, String> all = new HashMap<>(reader.names());
    all.putAll(names); // users.json is the export's own list: it wins over message snapshots
    String id = channelIds().getOrDefault(name, null);
    return new Conversation(id, reader.messages(), all);
  }

  /** The one channel of an export that has exactly one; else a refusal naming them. */
  public Conversation onlyChannel() throws ConversationFileException {
    List<String> channels = channels();
    if (channels.size() == 1) {
      return channel(channels.get(0));
    }
    if (channels.isEmpty()) {
      throw new ConversationFileException("no channel folders with YYYY-MM-DD.json files in "
          + source);
    }
    throw new ConversationFileException(source + " is an export of " + channels.size()
        + " channels; name one, e.g. " + source + "/" + channels.get(0) + " (channels: "
        + String.join(", ", channels) + ")");
  }

  private static String folderName(String folderPath) {
    int slash = folderPath.lastIndexOf('/');
    return slash < 0 ? folderPath : folderPath.substring(slash + 1);
  }

  /** The entry with this file name nearest the top of the export. */
  private Optional<String> shallowest(String fileName) {
    return entries.keySet().stream()
        .filter(p -> p.equals(fileName) || p.endsWith("/" + fileName))
        .min(Comparator.comparingInt((String p) -> p.split("/").length)
            .thenComparing(Comparator.naturalOrder()));
  }

  private JsonElement json(String entry) throws ConversationFileException {
    return Json.parse(entries.get(entry), source + "/" + entry);
  }

  private static Map<String, byte[]> zipEntries(Path zip) throws ConversationFileException {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(file.entries())) {
        String name = entry.getName().replace('\\', '/');
        if (entry.isDirectory() || !name.endsWith(".json") || name.startsWith("__MACOSX/")) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          out.put(name, in.readAllBytes());
        }
      }
    } catch (ZipException e) {
      throw new ConversationFileException("not a readable zip: " + zip + " (" + e.getMessage()
          + ")", e);
    } catch (IOException e) {
      throw new ConversationFileException("cannot read " + zip + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static Map<String, byte[]> folderEntries(Path folder) throws ConversationFileException {
    Map<String, byte[]> out = new TreeMap<>();
    Path root = folder.toAbsolutePath().normalize();
    try {
      if (isChannelFolder(root)) {
        // One channel folder of an export: its days, and the export's lists one level up.
        String channel = root.getFileName().toString();
        try (Stream<Path> files = Files.list(root)) {
          for (Path day : files.filter(f -> DAY_FILE.matcher(f.getFileName().toString())
              .matches()).toList()) {
            out.put(channel + "/" + day.getFileName(), Files.readAllBytes(day));
          }
        }
        for (Path base : new Path[] {root, root.getParent()}) {
          for (String list : LISTS) {
            Path file = base == null ? null : base.resolve(list);
            if (file != null && Files.isRegularFile(file)) {
              out.putIfAbsent(list, Files.readAllBytes(file));
            }
          }
        }
        return out;
      }
      // The export root, or a folder it was unpacked into (a level or two above it).
      try (Stream<Path> files = Files.walk(root, 3)) {
        for (Path file : files.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
          out.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      throw new ConversationFileException("cannot read folder " + folder + ": " + e.getMessage(),
          e);
    }
    return out;
  }

  private static boolean isChannelFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> DAY_FILE.matcher(f.getFileName().toString()).matches());
    } catch (IOException e) {
      return false;
    }
  }

  /** JSON parsing with one-line errors, shared by every conversation file reader. */
  static final class Json {
    private Json() {}

    static JsonElement parse(byte[] bytes, String name) throws ConversationFileException {
      try {
        return JsonParser.parseString(JsonText.decode(bytes, name));
      } catch (JsonParseException e) {
        throw new ConversationFileException("not valid JSON: " + name + " ("
            + firstLine(e.getMessage()) + ")", e);
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
}
