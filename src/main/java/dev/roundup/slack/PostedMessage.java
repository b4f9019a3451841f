package dev.roundup.slack;

/** {@code chat.postMessage}'s answer, read only for what Roundup uses: the new message's ts. */
final class PostedMessage extends SlackAnswer {

  private String channel;
  private String ts;

  String channel() {
    return channel;
  }

  String ts() {
    return ts;
  }
}
