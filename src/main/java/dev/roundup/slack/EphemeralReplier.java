package dev.roundup.slack;

import java.util.List;

/**
 * Replies with messages only one person sees, in a channel (or a thread of it): where a mention's
 * private answer goes when the person asked for it "here" rather than by DM. Progress is dropped:
 * each note would be another message, and ephemeral messages cannot be edited.
 */
public final class EphemeralReplier implements Replier {

  private final SlackApi slack;
  private final String channel;
  private final String threadTs;
  private final String userId;

  /** @param threadTs the thread to answer in, or null for the channel */
  public EphemeralReplier(SlackApi slack, String channel, String threadTs, String userId) {
    this.slack = slack;
    this.channel = channel;
    this.threadTs = threadTs;
    this.userId = userId;
  }

  @Override
  public void send(MessagePart part) {
    slack.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(channel)
        .user(userId).threadTs(threadTs).text(part.text()).blocks(part.blocks())));
  }

  @Override
  public void text(String text) {
    send(new MessagePart(text, List.of(BlockPacker.markdownSection(text))));
  }

  @Override
  public void progress(String text) {
    // Not shown: see the class comment.
  }
}
