package dev.roundup.slack;

import java.util.List;

/** Replies by direct message: where the outcome of a submitted form or a Home button goes. */
public final class DirectMessageReplier implements Replier {

  private final Poster poster;
  private final String userId;

  public DirectMessageReplier(Poster poster, String userId) {
    this.poster = poster;
    this.userId = userId;
  }

  @Override
  public void send(MessagePart part) {
    poster.post(Destination.dm(userId), List.of(part));
  }

  @Override
  public void text(String text) {
    send(new MessagePart(text, List.of(BlockPacker.markdownSection(text))));
  }
}
