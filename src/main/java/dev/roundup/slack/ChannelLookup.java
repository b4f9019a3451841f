package dev.roundup.slack;

import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What Roundup asks Slack about channels: name and privacy, members, and ids behind #names. */
public final class ChannelLookup {

  /** A channel as the bot sees it. */
  public record ChannelInfo(String id, String name, boolean isPrivate, boolean botIsMember) {}

  private final SlackApi slack;

  public ChannelLookup(SlackApi slack) {
    this.slack = slack;
  }

  /** The channel, or empty when the bot cannot see it (a private channel it is not in). */
  public Optional<ChannelInfo> info(String channelId) {
    try {
      ConversationsInfoResponse r = slack.call("conversations.info",
          m -> m.conversationsInfo(q -> q.channel(channelId)));
      Conversation c = r.getChannel();
      return Optional.of(new ChannelInfo(c.getId(), c.getName(), c.isPrivate(), c.isMember()));
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
    String cursor = null;
    do {
      String c = cursor;
      ConversationsMembersResponse r = slack.call("conversations.members",
          m -> m.conversationsMembers(q -> q.channel(channelId).limit(1000).cursor(c)));
      members.addAll(r.getMembers());
      cursor = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
    } while (cursor != null && !cursor.isEmpty());
    return members;
  }

  /** The id of a channel known by name (public, or private with the bot in it). */
  public Optional<String> idOf(String name) {
    String wanted = name.toLowerCase(Locale.ROOT).replaceFirst("^#", "");
    String cursor = null;
    do {
      String c = cursor;
      ConversationsListResponse r = slack.call("conversations.list", m -> m.conversationsList(q -> q
          .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))
          .excludeArchived(true).limit(1000).cursor(c)));
      for (Conversation conversation : r.getChannels()) {
        if (wanted.equals(conversation.getName())) {
          return Optional.of(conversation.getId());
        }
      }
      cursor = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
    } while (cursor != null && !cursor.isEmpty());
    return Optional.empty();
  }
}
