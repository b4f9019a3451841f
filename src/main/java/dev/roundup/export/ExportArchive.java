package dev.roundup.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A Slack export as Slack ships it — the zip itself or the folder it unpacks to (often with one
 * extra folder level on top), or one channel's folder of it — read into memory once: one folder per
 * conversation holding one {@code YYYY-MM-DD.json} array per day, and {@code users.json} and
 * {@code channels.json} (or {@code groups.json}, {@code mpims.json}, {@code dms.json}) wherever
 * they sit. The one reader of exports: the summarizer's files and the emulator's workspaces both
 * come from it, so they agree on what an export holds. One instance is read by one thread (it
 * keeps what it left out and the lists it parsed).
 */
public final class ExportArchive {

  /** A day file's name. */
  public static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
  private static final List<String> LISTS =
      List.of("users.json", "channels.json", "groups.json", "mpims.json", "dms.json");
  private static final Map<String, ListedConversation.Kind> CONVERSATION_LISTS = Map.of(
      "channels.json", ListedConversation.Kind.PUBLIC_CHANNEL,
      "groups.json", ListedConversation.Kind.PRIVATE_CHANNEL,
      "mpims.json", ListedConversation.Kind.GROUP_DM,
      "dms.json", ListedConversation.Kind.DM);

  /** Entry path ("general/2024-01-02.json", "users.json") → its bytes, in path order. */
  private final Map<String, byte[]> entries;
  private final String source;
  /** Where an entry's path starts, for messages: the channel folder's parent when opened on one. */
  private final String entryBase;
  /** Why each day file left out was left out, in the order met. */
  private final Set<String> unreadable = new LinkedHashSet<>();
  /** {@link #conversations()}, once read. */
  private List<ListedConversation> conversations;

  private ExportArchive(Map<String, byte[]> entries, String source, String entryBase) {
    this.entries = entries;
    this.source = source;
    this.entryBase = entryBase;
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
  public static ExportArchive open(Path path) {
    if (isZip(path)) {
      return new ExportArchive(zipEntries(path), path.toString(), path.toString());
    }
    if (Files.isRegularFile(path)) {
      throw new ExportException(path + " is neither a zip nor a folder: pass the zip Slack ships or "
          + "the folder it unpacks to");
    }
    if (Files.isDirectory(path)) {
      Path root = path.toAbsolutePath().normalize();
      boolean oneChannel = isChannelFolder(root) && root.getParent() != null;
      return new ExportArchive(folderEntries(path), path.toString(),
          oneChannel ? root.getParent().toString() : path.toString());
    }
    throw new ExportException("no such export folder or zip: " + path);
  }

  /** The path it was opened from, for messages. */
  public String source() {
    return source;
  }

  /** Whether the export has a file of this name anywhere ("users.json"). */
  public boolean has(String fileName) {
    return shallowest(fileName).isPresent();
  }

  /** The array in the file of this name nearest the top; empty when there is none. */
  public JsonArray list(String fileName) {
    Optional<String> entry = shallowest(fileName);
    if (entry.isEmpty()) {
      return new JsonArray();
    }
    JsonElement root = json(entry.get());
    if (!root.isJsonArray()) {
      throw new ExportException(source + "/" + entry.get() + " is not a JSON array");
    }
    return root.getAsJsonArray();
  }

  /** The file of this name nearest the top, parsed, if the export has one. */
  public Optional<JsonElement> file(String fileName) {
    return shallowest(fileName).map(this::json);
  }

  /**
   * Every conversation the lists name that has an id, public channels first; the lists are parsed
   * once (a command asks for each channel it reads).
   */
  public List<ListedConversation> conversations() {
    if (conversations != null) {
      return conversations;
    }
    List<ListedConversation> all = new ArrayList<>();
    for (String list : List.of("channels.json", "groups.json", "mpims.json", "dms.json")) {
      for (JsonElement e : list(list)) {
        if (e.isJsonObject()) {
          ListedConversation c = new ListedConversation(e.getAsJsonObject(),
              CONVERSATION_LISTS.get(list));
          if (c.id() != null) {
            all.add(c);
          }
        }
      }
    }
    conversations = List.copyOf(all);
    return conversations;
  }

  /** Conversation folder names, in name order: every folder that holds day files. */
  public List<String> channels() {
    TreeSet<String> folders = new TreeSet<>();
    for (String path : entries.keySet()) {
      int slash = path.lastIndexOf('/');
      if (slash > 0 && DAY_FILE.matcher(path.substring(slash + 1)).matches()) {
        folders.add(folderName(path.substring(0, slash)));
      }
    }
    return List.copyOf(folders);
  }

  /** The day entries of a conversation's folder, in date order (none when it has no folder). */
  public List<String> days(String folder) {
    List<String> days = new ArrayList<>();
    for (String path : entries.keySet()) {
      int slash = path.lastIndexOf('/');
      if (slash > 0 && folderName(path.substring(0, slash)).equals(folder)
          && DAY_FILE.matcher(path.substring(slash + 1)).matches()) {
        days.add(path);
      }
    }
    days.sort(Comparator.comparing(p -> p.substring(p.lastIndexOf('/') + 1)));
    return days;
  }

  /** A day entry's messages as Slack wrote them. */
  public JsonArray day(String entry) {
    JsonElement root = json(entry);
    if (!root.isJsonArray()) {
      throw new ExportException("not a Slack export day file (expected an array): " + name(entry));
    }
    return root.getAsJsonArray();
  }

  /**
   * A day entry's messages, or empty when the file cannot be read (not JSON, not an array, not in
   * a Unicode encoding): one damaged day must not cost the rest of the export. Why it was left out
   * is kept for {@link #unreadable()}.
   */
  public Optional<JsonArray> readableDay(String entry) {
    try {
      return Optional.of(day(entry));
    } catch (ExportException e) {
      unreadable.add(e.getMessage());
      return Optional.empty();
    }
  }

  /** One line for each day file {@link #readableDay} left out so far, saying which and why. */
  public List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /**
   * Every message of a conversation's folder, all readable days, in ts order; those without a ts
   * left out.
   */
  public List<JsonObject> messages(String folder) {
    record Timed(JsonObject message, BigDecimal ts) {}
    List<Timed> timed = new ArrayList<>();
    for (String day : days(folder)) {
      for (JsonElement m : readableDay(day).orElseGet(JsonArray::new)) {
        JsonElement ts = m.isJsonObject() ? m.getAsJsonObject().get("ts") : null;
        if (ts != null && ts.isJsonPrimitive()) {
          timed.add(new Timed(m.getAsJsonObject(), time(ts.getAsString(), day)));
        }
      }
    }
    timed.sort(Comparator.comparing(Timed::ts)); // stable: equal times keep the files' order
    return timed.stream().map(Timed::message).toList();
  }

  private BigDecimal time(String ts, String day) {
    try {
      return new BigDecimal(ts);
    } catch (NumberFormatException e) {
      throw new ExportException(name(day) + ": a message whose ts is not a number (" + ts + ")", e);
    }
  }

  /** What messages call an entry: its path in the folder, or in the zip. */
  public String name(String entry) {
    return entryBase + "/" + entry;
  }

  private JsonElement json(String entry) {
    return JsonFiles.parse(entries.get(entry), name(entry));
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

  private static Map<String, byte[]> zipEntries(Path zip) {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        String name = entry.getName().replace('\\', '/');
        if (entry.isDirectory() || !name.endsWith(".json") || name.startsWith("__MACOSX/")) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          out.put(name, in.readAllBytes());
        }
      }
    } catch (ZipException e) {
      throw new ExportException("not a readable zip: " + zip + " (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new ExportException("cannot read " + zip + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static Map<String, byte[]> folderEntries(Path folder) {
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
      throw new ExportException("cannot read folder " + folder + ": " + e.getMessage(), e);
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
}
