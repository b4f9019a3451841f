package dev.roundup.app;

import com.google.gson.JsonObject;
import dev.roundup.conversations.CatchUpArgs;
import dev.roundup.ingest.SlackTs;
import dev.roundup.summaries.SummarizeArgs;
import dev.roundup.summarize.CatchUp;
import dev.roundup.summarize.CatchUpBuilder;
import dev.roundup.summarize.CatchUpJson;
import dev.roundup.summarize.CatchUpText;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ConversationFileException;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Receipt;
import dev.roundup.summarize.SlackExport;
import dev.roundup.summarize.Summarizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catchup --export DIR --user U… [--since D] [--format text|json]}: one person's catch-up
 * from a Slack export, as {@code /catchup} gives it in Slack — what waits on them, then channel by
 * channel — over the channels they are a member of (channels.json), since their last message in
 * the export unless {@code --since} says otherwise. "Now" is the export's newest message.
 */
@Command(name = "catchup", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = CatchupCommand.USAGE,
    description = {"One person's catch-up from a Slack export.",
        "What waits on them (questions and mentions they have not answered, action items, threads "
        + "that moved on), then each channel's highlights, decisions and open questions; quiet "
        + "channels on one line. Only channels the person is a member of."})
public final class CatchupCommand implements CliCommand {

  static final String USAGE = "Usage: catchup --export DIR|EXPORT.zip --user U…|NAME [--since 3d|tuesday|"
      + "2026-11-02] [--format text|json]";
  /** Without a message of theirs, a catch-up covers this much. */
  static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

  private final Summarizer summarizer;

  @Spec
  private CommandSpec spec;

  // --export and --user are required by call(), so that an unknown option is reported first.
  @Option(names = "--export", paramLabel = "DIR",
      description = "the Slack export: its folder or zip")
  private Path export;

  @Option(names = "--user", paramLabel = "U…",
      description = "the person to catch up: their user id, or their name or display name in the "
          + "export's users.json")
  private String user;

  @Option(names = "--since", paramLabel = "D",
      description = "from when: 3d, 1w, tuesday, yesterday, 2026-11-02 (default: the person's last "
          + "message in the export)")
  private String since;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json")
  private String format;

  public CatchupCommand() {
    this(new ExtractiveSummarizer());
  }

  public CatchupCommand(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw Cli.badInput(spec, "--format must be text or json, not '" + format + "'");
    }
    if (export == null || user == null) {
      throw Cli.badInput(spec, "--export and --user are required");
    }
    SlackExport opened;
    Map<String, Conversation> channels = new LinkedHashMap<>();
    Map<String, Set<String>> members;
    try {
      opened = SlackExport.open(export);
      for (String name : opened.channels()) {
        channels.put(name, opened.channel(name));
      }
      members = opened.members();
      user = person(opened.users(), user);
      LeftOutDays.tell(spec.commandLine().getErr(), "catchup", opened.unreadable());
    } catch (ConversationFileException e) {
      spec.commandLine().getErr().println(e.getMessage().replace('\n', ' '));
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      throw Cli.badInput(spec, e.getMessage());
    }
    Instant now = Instant.EPOCH;
    Instant lastOwn = null;
    for (Conversation c : channels.values()) {
      for (Message m : c.messages()) {
        Instant at = instant(m.ts());
        now = at.isAfter(now) ? at : now;
        if (user.equals(m.user()) && (lastOwn == null || at.isAfter(lastOwn))) {
          lastOwn = at;
        }
      }
    }
    now = now.plusSeconds(1);
    Instant from;
    try {
      from = since == null ? (lastOwn != null ? lastOwn.plusNanos(1000) : now.minus(DEFAULT_PERIOD))
          : since(since, now);
    } catch (IllegalArgumentException e) {
      throw Cli.badInput(spec, e.getMessage());
    }
    List<CatchUpBuilder.ChannelInput> inputs = new ArrayList<>();
    Map<String, String> names = new HashMap<>(opened.names());
    Map<String, String> channelNames = new HashMap<>();
    int messages = 0;
    int threads = 0;
    Set<String> people = new HashSet<>();
    for (Map.Entry<String, Conversation> entry : channels.entrySet()) {
      Set<String> in = members.get(entry.getKey());
      if (in != null && !in.contains(user)) {
        continue; // the privacy rule: only channels the person is in
      }
      Conversation all = entry.getValue();
      String id = all.channelId() != null ? all.channelId() : entry.getKey();
      channelNames.put(id, entry.getKey());
      names.putAll(all.names());
      Map<String, String> lastByThread = new HashMap<>();
      List<Message> window = new ArrayList<>();
      for (Message m : all.messages()) {
        Instant at = instant(m.ts());
        if (user.equals(m.user()) && m.threadTs() != null) {
          lastByThread.merge(m.threadTs(), m.ts(),
              (a, b) -> Double.parseDouble(a) >= Double.parseDouble(b) ? a : b);
        }
        if (!at.isBefore(from) && at.isBefore(now)) {
          window.add(m);
        }
      }
      Conversation read = all.withMessages(window);
      messages += read.size();
      threads += Receipt.threadsIn(read);
      people.addAll(read.participants());
      // What they posted inside the window is seen by the builder itself.
      lastByThread.values().removeIf(ts -> !instant(ts).isBefore(from));
      inputs.add(new CatchUpBuilder.ChannelInput(id, entry.getKey(), window, lastByThread, null));
    }
    String period = inputs.size() + (inputs.size() == 1 ? " channel" : " channels") + " since "
        + DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).format(from.atZone(ZoneOffset.UTC))
        + " UTC";
    Receipt reading = new Receipt(period, messages, threads, people.size(), 0, 0, 0, List.of(),
        null, 0, 0);
    CatchUp catchUp = new CatchUpBuilder(summarizer, Runtime.getRuntime().availableProcessors())
        .build(user, from, inputs, names, reading);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(CatchUpJson.write(catchUp));
    } else {
      out.print(CatchUpText.render(catchUp, id -> names.getOrDefault(id, id),
          id -> channelNames.getOrDefault(id, id), ZoneOffset.UTC));
    }
    return 0;
  }

  /**
   * The user id of the person {@code --user} names, checked against the export's users.json: an
   * id listed there (whatever its shape), or a name or display name only one person there has. A
   * catch-up for someone the export does not know would read as "nothing new", which is not true,
   * so they are refused, as is a name several people share. Without a users.json nothing can be
   * checked or looked up, and only a Slack user id is taken.
   */
  static String person(List<JsonObject> users, String given) {
    String wanted = given.strip().replaceFirst("^@", "");
    if (users.isEmpty()) {
      if (!wanted.matches("[UW][A-Z0-9]{2,31}")) {
        throw new IllegalArgumentException("--user must be a Slack user id such as U04ABC123, not '"
            + given + "' (the export has no users.json to look names up in)");
      }
      return wanted;
    }
    Map<String, String> byId = new LinkedHashMap<>();
    List<String> named = new ArrayList<>();
    List<String> partly = new ArrayList<>();
    String lower = wanted.toLowerCase(Locale.ROOT);
    for (JsonObject u : users) {
      String id = text(u, "id");
      if (id == null) {
        continue;
      }
      if (id.equals(wanted)) {
        return id;
      }
      JsonObject profile = u.get("profile") instanceof JsonObject p ? p : new JsonObject();
      Set<String> names = new LinkedHashSet<>();
      for (String name : new String[] {text(u, "name"), text(profile, "display_name"),
          text(profile, "real_name"), text(u, "real_name")}) {
        if (name != null && !name.isBlank()) {
          names.add(name.strip().toLowerCase(Locale.ROOT));
        }
      }
      String shown = text(u, "name") != null ? text(u, "name") : id;
      byId.put(id, shown + " (" + id + ")");
      if (names.contains(lower)) {
        named.add(id);
      } else if (!lower.isEmpty() && names.stream().anyMatch(n -> n.contains(lower))) {
        partly.add(id);
      }
    }
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.size() > 1) {
      throw new IllegalArgumentException("--user '" + given + "' could be "
          + String.join(", ", named.stream().map(byId::get).toList())
          + " in the export's users.json: give the user id");
    }
    throw new IllegalArgumentException("--user '" + given + "' is not in the export's users.json"
        + (partly.isEmpty() ? "" : " (did you mean "
            + String.join(", ", partly.stream().map(byId::get).toList()) + "?)"));
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof com.google.gson.JsonPrimitive p && p.isString() ? p.getAsString() : null;
  }

  /** The start of "3d", "tuesday", "2026-11-02", … before the export's newest message. */
  static Instant since(String text, Instant now) {
    // The rule /catchup reads its period by, so a window too long is refused in the same words.
    SummarizeArgs.Result parsed = CatchUpArgs.window(text, now.atZone(ZoneOffset.UTC), "--since 30d");
    if (parsed instanceof SummarizeArgs.Request r) {
      return r.since().toInstant();
    }
    SummarizeArgs.Invalid invalid = (SummarizeArgs.Invalid) parsed;
    if (!invalid.unreadWindow()) {
      throw new IllegalArgumentException("--since '" + text + "': " + invalid.reason());
    }
    throw new IllegalArgumentException("--since '" + text + "' is not a time: try 3d, 1w, tuesday, "
        + "yesterday or 2026-11-02");
  }

  private static Instant instant(String ts) {
    return SlackTs.toInstant(ts);
  }
}
