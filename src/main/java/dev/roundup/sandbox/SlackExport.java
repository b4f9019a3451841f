package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.roundup.export.ExportArchive;
import dev.roundup.export.ExportException;
import dev.roundup.export.ListedConversation;
import dev.roundup.export.PersonNames;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Workspaces loaded from Slack exports: a team's own export, with every message at the time it
 * was sent, or the sample workspace that ships with Roundup. People, public and private channels,
 * group and direct messages, threads and members come from the export; the app's bot user is
 * added to every public and private channel (as if invited there), never to anyone's DMs. A day
 * file that cannot be read is left out, and the log says which and why.
 */
public final class SlackExport {

  private static final Logger log = LoggerFactory.getLogger(SlackExport.class);

  /** The sample's days are moved so its last one is the current day (see {@link #sample}). */
  private static final String SAMPLE = "sample";

  private SlackExport() {}

  /**
   * Loads a standard export, as the folder or as the zip Slack ships (users.json, channels.json,
   * and one folder of {@code YYYY-MM-DD.json} per channel; groups.json, mpims.json and dms.json
   * when present), read by {@link ExportArchive}.
   *
   * @throws ExportException when it is not an export or a file cannot be read
   */
  public static Workspace load(Path export) {
    return load(ExportArchive.open(export), 0);
  }

  /**
   * The sample workspace shipped in the jar (written as an export): a few channels with threads,
   * decisions, action items and questions, a private channel, a direct message, and people in
   * several time zones. Its days are moved by whole days so that its last message is at most a day
   * before {@code clock}'s now, so "the last 24 hours" and "this week" have something in them.
   */
  public static Workspace sample(Clock clock) {
    URL url = SlackExport.class.getResource(SAMPLE);
    if (url == null) {
      throw new ExportException("the sample workspace is missing from the jar");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return sample(ExportArchive.open(Path.of(uri)), clock);
      }
      // The archive reads every file while the jar's file system is open.
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return sample(ExportArchive.open(jar.provider().getPath(uri)), clock);
      } catch (FileSystemAlreadyExistsException e) {
        return sample(ExportArchive.open(FileSystems.getFileSystem(uri).provider().getPath(uri)),
            clock);
      }
    } catch (URISyntaxException | IOException e) {
      throw new ExportException("cannot read the sample workspace: " + e.getMessage(), e);
    }
  }

  private static Workspace sample(ExportArchive export, Clock clock) {
    long latest = 0;
    for (ListedConversation c : export.conversations()) {
      for (JsonObject m : export.messages(c.folder())) {
        latest = Math.max(latest, TsGenerator.toMicros(m.get("ts").getAsString()));
      }
    }
    Instant last = Instant.EPOCH.plus(latest, ChronoUnit.MICROS);
    Instant now = clock.instant();
    long days = ChronoUnit.DAYS.between(last.atZone(ZoneOffset.UTC).toLocalDate(),
        now.atZone(ZoneOffset.UTC).toLocalDate());
    if (last.plus(Duration.ofDays(days)).isAfter(now)) {
      days--;
    }
    return load(export, Duration.ofDays(days).toSeconds());
  }

  /** @param shiftSeconds moves every time in the export by this much */
  private static Workspace load(ExportArchive export, long shiftSeconds) {
    // The emulator needs people and channels to exist; the summarizer reads a channel folder alone.
    for (String list : new String[] {"users.json", "channels.json"}) {
      if (!export.has(list)) {
        throw new ExportException("not a Slack export: " + export.source() + " has no " + list);
      }
    }
    UnaryOperator<String> retime = ts -> ts == null ? null
        : TsGenerator.format(TsGenerator.toMicros(ts) + shiftSeconds * 1_000_000L);
    Workspace ws = new Workspace("T0SANDBOX", "roundup-sandbox");
    for (JsonElement u : export.list("users.json")) {
      User user = user(u.getAsJsonObject());
      if (user != null && !user.id().equals(ws.botUserId())) {
        ws.addUser(user);
      }
    }
    // Members are made people after every message is read: one who wrote somewhere is named by
    // their message's user_profile rather than by their id.
    Set<String> listed = new LinkedHashSet<>();
    for (ListedConversation c : export.conversations()) {
      Set<String> members = new LinkedHashSet<>(strings(c.json().get("members")));
      List<JsonObject> messages = export.messages(c.folder());
      if (members.isEmpty()) {
        // Older exports leave members out: everyone who wrote there was in it (an integration is
        // no member).
        messages.stream().map(SlackExport::author).filter(a -> a != null).forEach(members::add);
      }
      listed.addAll(members);
      boolean channel = c.kind() == ListedConversation.Kind.PUBLIC_CHANNEL
          || c.kind() == ListedConversation.Kind.PRIVATE_CHANNEL;
      if (channel) {
        members.add(ws.botUserId());
      }
      long created = c.json().has("created") ? c.json().get("created").getAsLong() + shiftSeconds : 0;
      String name = c.kind() == ListedConversation.Kind.DM ? String.join(",", members)
          : c.folder();
      ws.addChannel(new Channel(c.id(), name, c.kind() != ListedConversation.Kind.PUBLIC_CHANNEL,
          flag(c.json(), "is_archived"), created, members));
      loadMessages(ws, c.id(), messages, retime);
    }
    listed.forEach(id -> knownUser(ws, id, null));
    export.unreadable().forEach(why -> log.warn("Left out a day file that could not be read: {}", why));
    return ws;
  }

  private static void loadMessages(Workspace ws, String channelId, List<JsonObject> messages,
      UnaryOperator<String> retime) {
    Set<String> loaded = new HashSet<>();
    for (JsonObject m : messages) {
      String ts = retime.apply(m.get("ts").getAsString());
      String threadTs = retime.apply(ButtonPress.string(m, "thread_ts"));
      // A reply whose parent is outside the export shows as a message of its own.
      if (threadTs != null && !threadTs.equals(ts) && !loaded.contains(threadTs)) {
        threadTs = null;
      }
      String user = author(m);
      knownUser(ws, user, m);
      String text = ButtonPress.string(m, "text");
      String botId = ButtonPress.string(m, "bot_id");
      ws.load(channelId, ts, threadTs, user, botId, user == null ? integrationName(m, botId) : null,
          text == null ? "" : text, ButtonPress.string(m, "subtype"), editedTs(m, retime));
      if (m.get("files") instanceof JsonArray files) {
        for (JsonElement f : files) {
          if (f instanceof JsonObject file) {
            ws.share(channelId, ts, sharedFile(file, ts, ws.uploadsOf(channelId, ts).size()));
          }
        }
      }
      loaded.add(ts);
    }
  }

  /**
   * Who wrote a message: its user; none for an integration's post (a bot id and no user), which
   * Slack shows under the integration's name and lists among neither people nor members.
   */
  private static String author(JsonObject m) {
    String user = ButtonPress.string(m, "user");
    return user != null ? user : ButtonPress.string(m, "bot_id") != null ? null : "USLACKBOT";
  }

  /**
   * A file of an exported message as the emulator shares files: its name and type, and as its
   * content the preview the export keeps of a text file. Without a preview there is nothing to
   * serve (an export holds no file's bytes): the file is named, not read.
   */
  private static SharedUpload sharedFile(JsonObject f, String ts, int index) {
    String id = ButtonPress.string(f, "id") != null ? ButtonPress.string(f, "id")
        : "F" + ts.replace(".", "") + index;
    String name = ButtonPress.string(f, "name") != null ? ButtonPress.string(f, "name")
        : ButtonPress.string(f, "title") != null ? ButtonPress.string(f, "title") : id;
    String filetype = ButtonPress.string(f, "filetype") != null ? ButtonPress.string(f, "filetype")
        : "";
    String mimetype = ButtonPress.string(f, "mimetype") != null ? ButtonPress.string(f, "mimetype")
        : "application/octet-stream";
    String preview = ButtonPress.string(f, "preview");
    return new SharedUpload(id, name, filetype, mimetype, preview == null || preview.isEmpty()
        ? null : preview.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * When an exported message was last edited ({@code edited.ts}, moved as its ts is), or null. An
   * edit with no time of its own still marks the message edited, at its own time.
   */
  private static String editedTs(JsonObject m, UnaryOperator<String> retime) {
    if (!(m.get("edited") instanceof JsonObject edited)) {
      return null;
    }
    String at = ButtonPress.string(edited, "ts");
    try {
      return retime.apply(at != null ? at : ButtonPress.string(m, "ts"));
    } catch (NumberFormatException e) {
      return retime.apply(ButtonPress.string(m, "ts"));
    }
  }

  /** The name an integration's post goes by: its username, else its bot's name, else the id. */
  private static String integrationName(JsonObject m, String botId) {
    String username = ButtonPress.string(m, "username");
    if (username != null && !username.isBlank()) {
      return username;
    }
    String profileName = m.get("bot_profile") instanceof JsonObject p ? ButtonPress.string(p, "name")
        : null;
    return profileName != null && !profileName.isBlank() ? profileName
        : botId != null ? botId : "bot";
  }

  /**
   * Someone named in the export but missing from users.json is still someone, named by the
   * {@code user_profile} of their message when it has one (as the summarizer names them).
   */
  private static void knownUser(Workspace ws, String id, JsonObject message) {
    if (id != null && ws.user(id).isEmpty()) {
      String shown = message == null ? null : PersonNames.ofMessage(message);
      if (shown == null) {
        ws.addUser(User.human(id, id.toLowerCase(), id, "UTC", false));
      } else {
        String real = ButtonPress.string(message.getAsJsonObject("user_profile"), "real_name");
        ws.addUser(new User(id, id.toLowerCase(), real == null || real.isBlank() ? shown : real,
            "UTC", false, false, null, shown));
      }
    }
  }

  private static User user(JsonObject u) {
    String id = ButtonPress.string(u, "id");
    if (id == null) {
      return null;
    }
    JsonObject profile = u.has("profile") && u.get("profile").isJsonObject()
        ? u.getAsJsonObject("profile") : new JsonObject();
    String name = ButtonPress.string(u, "name") != null ? ButtonPress.string(u, "name") : id.toLowerCase();
    // The name people see follows the summarizer's rule, so the sandbox's bot and the CLI agree.
    String shown = PersonNames.ofUser(u) != null ? PersonNames.ofUser(u) : name;
    String realName = PersonNames.realName(u) != null ? PersonNames.realName(u) : shown;
    String tz = ButtonPress.string(u, "tz") != null ? ButtonPress.string(u, "tz") : "UTC";
    boolean bot = flag(u, "is_bot");
    return new User(id, name, realName, tz, !bot && flag(u, "is_admin"), bot,
        bot ? ButtonPress.string(profile, "bot_id") : null, shown);
  }

  private static boolean flag(JsonObject json, String name) {
    JsonElement v = json.get(name);
    return v != null && v.isJsonPrimitive() && v.getAsBoolean();
  }

  private static List<String> strings(JsonElement array) {
    if (array == null || !array.isJsonArray()) {
      return List.of();
    }
    return ((JsonArray) array).asList().stream().filter(JsonElement::isJsonPrimitive)
        .map(JsonElement::getAsString).toList();
  }
}
