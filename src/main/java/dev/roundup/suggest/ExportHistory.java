package dev.roundup.suggest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ConversationFileException;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.SlackExport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Slack export (folder or zip) read for the detector: every channel folder (through
 * {@link SlackExport}, so the export means the same here as for {@code digest} and
 * {@code summarize}), people's time zones and which members are bots from {@code users.json}. Roundup is the bot user named "roundup": a
 * mention of it that reads as a summary request is one.
 *
 * @param earliest the first message's time, where the history starts
 * @param latest   the last message's time
 * @param unreadable the day files left out because they could not be read, one line each
 */
public record ExportHistory(List<SeenMessage> messages, Map<String, ZoneId> zones, Set<String> bots,
    String roundupUserId, Map<String, String> channelNames, Map<String, String> userNames, Instant earliest,
    Instant latest, List<String> unreadable) {

  /** The name Roundup's bot user has in an export of a workspace it was installed in. */
  static final String ROUNDUP_NAME = "roundup";

  /**
   * Reads the export.
   *
   * @throws ConversationFileException when it is not an export or a file cannot be read
   */
  public static ExportHistory read(Path export) throws ConversationFileException {
    SlackExport slack = SlackExport.open(export);
    List<String> folders = slack.channels();
    if (folders.isEmpty()) {
      throw new ConversationFileException("no channel folders with YYYY-MM-DD.json files in " + export);
    }
    Map<String, ZoneId> zones = new HashMap<>();
    Set<String> bots = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    String roundup = null;
    for (JsonObject user : slack.users()) {
      String id = string(user, "id").orElse(null);
      if (id == null) {
        continue;
      }
      string(user, "tz").flatMap(ExportHistory::zone).ifPresent(z -> zones.put(id, z));
      string(user, "name").ifPresent(n -> names.put(id, n));
      if (user.has("is_bot") && user.get("is_bot").isJsonPrimitive() && user.get("is_bot").getAsBoolean()) {
        bots.add(id);
        if (string(user, "name").map(n -> n.toLowerCase(Locale.ROOT).equals(ROUNDUP_NAME)).orElse(false)) {
          roundup = id;
        }
      }
    }
    List<SeenMessage> messages = new ArrayList<>();
    Map<String, String> channelNames = new HashMap<>();
    Instant earliest = null;
    Instant latest = null;
    for (String name : folders) {
      Conversation c = slack.peoplesMessages(name);
      String id = c.channelId() == null ? name : c.channelId();
      channelNames.put(id, name);
      for (Message m : c.messages()) {
        Instant at;
        try {
          at = HistoryBuilder.instant(m.ts());
        } catch (RuntimeException e) {
          throw new ConversationFileException("a message in " + name + " has the ts '" + m.ts()
              + "', which is not a Slack timestamp");
        }
        earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
        latest = latest == null || at.isAfter(latest) ? at : latest;
        messages.add(new SeenMessage(id, m.ts(), m.threadTs(), m.user(), null, null, m.text()));
      }
    }
    if (earliest == null) {
      slack.refuseIfNothingRead(true, "no day file of " + export + " could be read");
      throw new ConversationFileException("no messages in " + export);
    }
    return new ExportHistory(messages, zones, bots, roundup, channelNames, names, earliest, latest,
        slack.unreadable());
  }

  /** What the detector reads, up to {@code now}; people without a zone are read in UTC. */
  public History history(Instant now) {
    HistoryBuilder builder = new HistoryBuilder(roundupUserId, bots);
    messages.forEach(builder::message);
    return builder.build(id -> zones.getOrDefault(id, ZoneOffset.UTC), earliest, now);
  }

  private static Optional<ZoneId> zone(String tz) {
    try {
      return Optional.of(ZoneId.of(tz));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> string(JsonObject json, String key) {
    JsonElement v = json.get(key);
    return v == null || !v.isJsonPrimitive() ? Optional.empty() : Optional.of(v.getAsString());
  }
}
