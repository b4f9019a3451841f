package dev.roundup.sandbox;

/**
 * What the bot may see and do in a channel, with Slack's error codes: a private channel the bot is
 * not in does not exist for it ({@code channel_not_found}); a public one answers
 * {@code not_in_channel} for reads and posts.
 */
final class ChannelAccess {

  private final Workspace workspace;

  ChannelAccess(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The channel if the bot can see it at all (member, or public). */
  Channel visible(String channelId) {
    Channel channel = workspace.channel(channelId).orElseThrow(() -> new SlackError("channel_not_found"));
    if (channel.isPrivate() && !channel.hasMember(workspace.botUserId())) {
      throw new SlackError("channel_not_found");
    }
    return channel;
  }

  /** The channel if the bot may read its messages. */
  Channel readable(String channelId) {
    Channel channel = visible(channelId);
    if (!channel.hasMember(workspace.botUserId())) {
      throw new SlackError("not_in_channel");
    }
    return channel;
  }

  /** The channel if the bot may post in it. */
  Channel writable(String channelId) {
    Channel channel = visible(channelId);
    if (channel.archived()) {
      throw new SlackError("is_archived");
    }
    if (!channel.hasMember(workspace.botUserId())) {
      throw new SlackError("not_in_channel");
    }
    return channel;
  }
}
