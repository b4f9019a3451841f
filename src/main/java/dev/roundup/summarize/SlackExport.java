package dev.roundup.summarize;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.roundup.export.ExportArchive;
import dev.roundup.export.ExportException;
import dev.roundup.export.JsonFiles;
import dev.roundup.export.ListedConversation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A Slack export read as conversations: the zip Slack ships or the folder it unpacks to, read by
 * {@link ExportArchive} (the one reader of exports, shared with the emulator), each channel
 * turned into a {@link Conversation} with the export's names. The {@code summarize} and
 * {@code digest} commands both go through it, so they agree on what a message is and who wrote
 * it.
 */
public final class SlackExport {

  static final Pattern DAY_FILE = ExportArchive.DAY_FILE;

  private final ExportArchive archive;
  private final Map<String, String> names;

  private SlackExport(ExportArchive archive) throws ConversationFileException {
    this.archive = archive;
    this.names = new HashMap<>();
    Optional<JsonElement> users = read(() -> archive.file("users.json"));
    if (users.isPresent()) {
      names.putAll(UserNames.fromUsersFile(users.get()));
    }
  }

  /** Whether the path is a zip file (by its first bytes, not its name). */
  public static boolean isZip(Path path) {
    return ExportArchive.isZip(path);
  }

  /** Opens an export zip or an export folder (the root, or any folder within it). */
  public static SlackExport open(Path path) throws ConversationFileException {
    return new SlackExport(read(() -> ExportArchive.open(path)));
  }

  /** Display names by user id, from users.json (empty when the export has none). */
  public Map<String, String> names() {
    return Map.copyOf(names);
  }

  /**
   * The people of users.json as Slack wrote them (zones, bot flags), or empty when the export has
   * none.
   */
  public List<JsonObject> users() throws ConversationFileException {
    List<JsonObject> out = new ArrayList<>();
    for (JsonElement e : read(() -> archive.list("users.json"))) {
      if (e.isJsonObject()) {
        out.add(e.getAsJsonObject());
      }
    }
    return out;
  }

  /** Channel name → channel id as channels.json and its kin give them. */
  public Map<String, String> channelIds() throws ConversationFileException {
    Map<String, String> ids = new LinkedHashMap<>();
    for (ListedConversation c : read(archive::conversations)) {
      ids.put(c.name() != null ? c.name() : c.id(), c.id());
    }
    return ids;
  }

  /**
   * Channel name → its members' user ids, as channels.json and its kin list them; a channel whose
   * entry has no members list is absent.
   */
  public Map<String, java.util.Set<String>> members() throws ConversationFileException {
    Map<String, java.util.Set<String>> members = new LinkedHashMap<>();
    for (ListedConversation c : read(archive::conversations)) {
      if (c.json().get("members") instanceof com.google.gson.JsonArray ids) {
        java.util.Set<String> set = new java.util.LinkedHashSet<>();
        ids.forEach(id -> set.add(id.getAsString()));
        members.put(c.name() != null ? c.name() : c.id(), set);
      }
    }
    return members;
  }

  /**
   * Channel folder names, in name order: every folder that holds day files except the direct
   * messages (one-to-one and group) the export's lists name. Roundup never reads people's DMs in
   * Slack, so what reads "the export" leaves them out too; a DM is read only when asked for by name
   * ({@link #channel}).
   */
  public List<String> channels() throws ConversationFileException {
    Set<String> direct = folders(ListedConversation.Kind.DM, ListedConversation.Kind.GROUP_DM);
    return archive.channels().stream().filter(f -> !direct.contains(f)).toList();
  }

  /** The folders of the export's private channels (groups.json), by name. */
  public Set<String> privateChannels() throws ConversationFileException {
    return folders(ListedConversation.Kind.PRIVATE_CHANNEL);
  }

  private Set<String> folders(ListedConversation.Kind... kinds) throws ConversationFileException {
    Set<ListedConversation.Kind> wanted = Set.of(kinds);
    return read(archive::conversations).stream().filter(c -> wanted.contains(c.kind()))
        .map(ListedConversation::folder).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The day files left out so far because they could not be read, one line each saying which and
   * why; a command tells its user, since what it built is missing those days.
   */
  public List<String> unreadable() {
    return archive.unreadable();
  }

  /**
   * Refuses with {@code refusal} and the first file left out when nothing was read and day files
   * were left out: an empty result would read as a quiet channel.
   */
  public void refuseIfNothingRead(boolean nothingRead, String refusal) throws ConversationFileException {
    List<String> left = unreadable();
    if (nothingRead && !left.isEmpty()) {
      throw new ConversationFileException(refusal + ": " + left.get(0));
    }
  }

  /** The whole channel, all days in date order, with the export's names. */
  public Conversation channel(String name) throws ConversationFileException {
    MessageReader reader = reader(name);
    return conversation(name, reader, reader.messages());
  }

  /**
   * The channel's messages from people only: unlike {@link #channel}, a channel that holds nothing
   * but integration posts has none (what is evidence of a person's habits must not be a bot's).
   */
  public Conversation peoplesMessages(String name) throws ConversationFileException {
    MessageReader reader = reader(name);
    return conversation(name, reader, reader.peoplesMessages());
  }

  private MessageReader reader(String name) throws ConversationFileException {
    List<String> days = archive.days(name);
    if (days.isEmpty()) {
      throw new ConversationFileException("no channel '" + name + "' in " + archive.source()
          + " (channels: " + String.join(", ", channels()) + ")");
    }
    MessageReader reader = new MessageReader();
    for (String day : days) {
      Optional<com.google.gson.JsonArray> messages = archive.readableDay(day);
      if (messages.isPresent()) {
        reader.add(messages.get(), archive.name(day));
      }
    }
    return reader;
  }

  private Conversation conversation(String name, MessageReader reader, List<Message> messages)
      throws ConversationFileException {
    Map<String, String> all = new HashMap<>(reader.names());
    all.putAll(names); // users.json is the export's own list: it wins over message snapshots
    String id = channelIds().getOrDefault(name, null);
    return new Conversation(id, messages, all);
  }

  /** The one channel of an export that has exactly one; else a refusal naming them. */
  public Conversation onlyChannel() throws ConversationFileException {
    List<String> channels = channels();
    String source = archive.source();
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

  /** A read of the export whose failure is a conversation file's one-line refusal. */
  private static <T> T read(Supplier<T> read) throws ConversationFileException {
    try {
      return read.get();
    } catch (ExportException e) {
      throw new ConversationFileException(e.getMessage(), e);
    }
  }

  /** JSON parsing with one-line errors, shared by every conversation file reader. */
  static final class Json {
    private Json() {}

    static JsonElement parse(byte[] bytes, String name) throws ConversationFileException {
      return read(() -> JsonFiles.parse(bytes, name));
    }
  }
}
