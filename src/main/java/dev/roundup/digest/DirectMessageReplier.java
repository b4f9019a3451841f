package dev.roundup.digest;

import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackApi;
import java.util.List;

/** Replies by direct message: where the outcome of a submitted form goes. */
public final class DirectMessageReplier implements Replier {

  private final SlackApi slack;
  private final String userId;

  public DirectMessageReplier(SlackApi slack, String userId) {
    this.slack = slack;
    this.userId = userId;
  }

  @Override
  public void send(MessagePart part) {
    slack.call("chat.postMessage", m -> m.chatPostMessage(q -> q.channel(userId).text(part.text())
        .blocks(part.blocks())));
  }

  @Override
  public void text(String text) {
    send(new MessagePart(text, List.of(BlockPacker.markdownSection(text))));
  }
}
