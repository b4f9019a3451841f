package dev.roundup.digest;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ConversationFileException;
import dev.roundup.summarize.SlackExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The channels of a Slack export (the zip as Slack ships it, or the folder it unpacks to) as the
 * digest wants them. Reading is {@link SlackExport}'s, the same reader the {@code summarize}
 * command uses, so both agree on what a message is and who wrote it.
 */
public final class ExportReader {

  private final SlackExport export;

  private ExportReader(SlackExport export) {
    this.export = export;
  }

  public static ExportReader open(Path export) throws ConversationFileException {
    return new ExportReader(SlackExport.open(export));
  }

  /**
   * The channels a digest of the whole export covers, in name order: the public ones. Private
   * channels (and DMs) go into a digest only when named, as a digest in Slack reads only what its
   * owner may read.
   */
  public List<String> channels() throws ConversationFileException {
    Set<String> hidden = export.privateChannels();
    List<String> channels = export.channels().stream().filter(c -> !hidden.contains(c)).toList();
    if (channels.isEmpty()) {
      List<String> onlyPrivate = privateChannels();
      throw new ConversationFileException(onlyPrivate.isEmpty()
          ? "no channel folders with YYYY-MM-DD.json files in the export"
          : "the export has only private channels; name the ones to include with --channels ("
              + String.join(", ", onlyPrivate) + ")");
    }
    return channels;
  }

  /** The export's private channels that hold messages, in name order. */
  public List<String> privateChannels() throws ConversationFileException {
    Set<String> hidden = export.privateChannels();
    return export.channels().stream().filter(hidden::contains).toList();
  }

  /** The named channels' messages (all days; the digest keeps those in its period). */
  public List<ChannelMessages> read(List<String> names) throws ConversationFileException {
    List<ChannelMessages> out = new ArrayList<>();
    for (String name : names) {
      Conversation channel = export.channel(name);
      String id = channel.channelId() == null ? name : channel.channelId();
      out.add(new ChannelMessages(id, name, channel.messages(), null));
    }
    export.refuseIfNothingRead(out.stream().allMatch(c -> c.messages().isEmpty()),
        "no day file of these channels could be read");
    return out;
  }

  /** The day files left out so far because they could not be read, one line each. */
  public List<String> unreadable() {
    return export.unreadable();
  }

  /** Display names by user id: users.json, then the messages' own profile snapshots. */
  public Map<String, String> names(List<String> channels) throws ConversationFileException {
    Map<String, String> names = new java.util.HashMap<>();
    for (String name : channels) {
      names.putAll(export.channel(name).names());
    }
    names.putAll(export.names());
    return names;
  }
}
