package dev.roundup.slack;

import dev.roundup.store.Workspace;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Roundup asks Slack about channels: name and privacy, members, and the ids behind
 * {@code #names}. Slash commands arrive with channels escaped ({@code <#C123|eng>}), but text typed
 * into a form does not, so names are resolved from one paged {@code conversations.list} kept for a
 * few minutes; forms are prefilled with names rather than raw ids.
 */
public final class ChannelLookup {

  /**
   * A channel as the bot sees it.
   *
   * @param archived whether the channel is archived: nothing can be posted there, and nobody
   *                 says anything new in it
   */
  public record ChannelInfo(String id, String name, boolean isPrivate, boolean botIsMember,
      boolean archived) {

    public ChannelInfo(String id, String name, boolean isPrivate, boolean botIsMember) {
      this(id, name, isPrivate, botIsMember, false);
    }

    /**
     * What someone setting up a digest or a task to read this channel is told when it is archived:
     * it is accepted (what was said before still counts, and it may be unarchived), but will have
     * nothing new.
     */
    public Optional<String> archivedNote() {
      return archived ? Optional.of("<#" + id + "> is archived, so it will have no new messages (unless "
          + "it is unarchived).") : Optional.empty();
    }
  }

  private static final Logger log = LoggerFactory.getLogger(ChannelLookup.class);
  private static final Duration NAMES_REFRESH = Duration.ofMinutes(5);

  private final SlackApi slack;
  private final Clock clock;
  /** One workspace's channel names, and when they were last listed. */
  private static final class Names {
    final Map<String, String> idByName = new ConcurrentHashMap<>();
    final Map<String, String> nameById = new ConcurrentHashMap<>();
    volatile Instant loadedAt;
  }

  private final Map<String, Names> byWorkspace = new ConcurrentHashMap<>();

  public ChannelLookup(SlackApi slack, Clock clock) {
    this.slack = slack;
    this.clock = clock;
  }

  /** The channel, or empty when the bot cannot see it (a private channel it is not in). */
  public Optional<ChannelInfo> info(String channelId) {
    try {
      ConversationsInfoResponse r = slack.call("conversations.info",
          m -> m.conversationsInfo(q -> q.channel(channelId)));
      Conversation c = r.getChannel();
      return Optional.of(new ChannelInfo(c.getId(), c.getName(), c.isPrivate(), c.isMember(),
          c.isArchived()));
    } catch (SlackCallException e) {
      if (e.error().equals("channel_not_found")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Every member of the channel (all pages). */
  public Set<String> members(String channelId) {
    Set<String> members = new HashSet<>();
    Pager<ConversationsMembersResponse> pages = new Pager<>(slack, "conversations.members",
        (m, cursor) -> m.conversationsMembers(q -> q.channel(channelId).limit(1000).cursor(cursor)),
        ConversationsMembersResponse::getResponseMetadata);
    for (var page = pages.next(); page.isPresent(); page = pages.next()) {
      members.addAll(page.get().getMembers());
    }
    return members;
  }

  /**
   * The channels the bot is in, public and private, not archived (all pages of
   * {@code conversations.list}): the most a catch-up can read for anyone.
   */
  public List<ChannelInfo> botChannels() {
    return readNames();
  }

  /** The id of a channel known by name (public, or private with the bot in it). */
  public Optional<String> idOf(String name) {
    String wanted = name.toLowerCase(Locale.ROOT).replaceFirst("^#", "");
    Names names = names();
    String id = names.idByName.get(wanted);
    if (id == null && (names.loadedAt == null || names.loadedAt.plus(NAMES_REFRESH).isBefore(clock.instant()))) {
      loadNames();
      id = names.idByName.get(wanted);
    }
    return Optional.ofNullable(id);
  }

  /**
   * Replaces bare {@code #name}s that name a channel with Slack's escaped form, where {@code
   * mayName} accepts the channel's id (the others stay as typed).
   */
  public String link(String text, Predicate<String> mayName) {
    if (text == null || !SlackText.TYPED_CHANNEL.matcher(text).find()) {
      return text;
    }
    Matcher m = SlackText.TYPED_CHANNEL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Optional<String> id = idOf(m.group(1)).filter(mayName);
      m.appendReplacement(out, Matcher.quoteReplacement(
          id.map(i -> "<#" + i + "|" + m.group(1) + ">").orElse(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Replaces escaped channels with {@code #name} where the name is known. */
  public String unlink(String text) {
    Matcher m = SlackText.CHANNEL.matcher(text);
    StringBuilder out = new StringBuilder();
    Names names = names();
    while (m.find()) {
      String name = names.nameById.get(m.group(1));
      if (name == null && names.loadedAt == null) {
        loadNames();
        name = names.nameById.get(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : "#" + name));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Learns every channel's name. A failure (a missing scope, Slack down) is logged and leaves names
   * unresolved, so the text is read as typed and the caller's own checks explain what is missing.
   */
  private void loadNames() {
    try {
      readNames();
    } catch (SlackCallException e) {
      log.warn("Could not list channels to resolve names: {}", e.getMessage());
    }
    names().loadedAt = clock.instant();
  }

  /** The current workspace's names. */
  private Names names() {
    return byWorkspace.computeIfAbsent(Workspace.current(), team -> new Names());
  }

  /**
   * Learns every channel's name, archived ones too (a name typed into a form must find its
   * channel, so that posting into an archived one is refused as archived, not as unknown); answers
   * the channels the bot is in that are not archived.
   */
  private List<ChannelInfo> readNames() {
    List<ChannelInfo> botIsIn = new java.util.ArrayList<>();
    Names names = names();
    // An org-wide (Enterprise Grid) token lists the channels of the workspace the call names.
    String team = Workspace.current().isEmpty() ? null : Workspace.current();
    Pager<ConversationsListResponse> pages = new Pager<>(slack, "conversations.list",
        (m, cursor) -> m.conversationsList(q -> q.teamId(team)
            .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))
            .excludeArchived(false).limit(1000).cursor(cursor)),
        ConversationsListResponse::getResponseMetadata);
    for (var page = pages.next(); page.isPresent(); page = pages.next()) {
      for (Conversation c : page.get().getChannels()) {
        names.idByName.put(c.getName(), c.getId());
        names.nameById.put(c.getId(), c.getName());
        if (c.isMember() && !c.isArchived()) {
          botIsIn.add(new ChannelInfo(c.getId(), c.getName(), c.isPrivate(), true));
        }
      }
    }
    return botIsIn;
  }
}
