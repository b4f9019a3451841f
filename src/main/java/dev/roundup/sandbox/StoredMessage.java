package dev.roundup.sandbox;

/**
 * A message held by the workspace. {@code threadTs} is null for a message outside any thread and
 * equals {@code ts} for a thread parent; {@code blocks} is the Block Kit JSON array or null.
 * {@code editedTs} is set once the message has been edited (Slack reports it as {@code edited.ts}).
 * {@code metadata} is the message metadata an app posted with it ({@code event_type} and
 * {@code event_payload}, JSON), or null. {@code username} is the name an integration's post
 * ({@code bot_message}, with a bot id and no user) goes by, or null for a person's or an app's.
 */
public record StoredMessage(String channel, String ts, String threadTs, String user, String botId,
    String text, String subtype, String blocks, String editedTs, String metadata, String username) {

  public StoredMessage(String channel, String ts, String threadTs, String user, String botId,
      String text, String subtype, String blocks, String editedTs, String metadata) {
    this(channel, ts, threadTs, user, botId, text, subtype, blocks, editedTs, metadata, null);
  }

  public StoredMessage(String channel, String ts, String threadTs, String user, String botId,
      String text, String subtype, String blocks, String editedTs) {
    this(channel, ts, threadTs, user, botId, text, subtype, blocks, editedTs, null);
  }

  /** Slack's text for a deleted thread parent that still has replies. */
  public static final String TOMBSTONE_TEXT = "This message was deleted.";

  public boolean edited() {
    return editedTs != null;
  }

  /** A reply inside a thread (not the parent). */
  public boolean isReply() {
    return threadTs != null && !threadTs.equals(ts);
  }

  public boolean isTombstone() {
    return "tombstone".equals(subtype);
  }

  StoredMessage withThreadTs(String newThreadTs) {
    return new StoredMessage(channel, ts, newThreadTs, user, botId, text, subtype, blocks, editedTs,
        metadata, username);
  }

  StoredMessage withEdit(String newText, String newBlocks, String at) {
    return new StoredMessage(channel, ts, threadTs, user, botId, newText, subtype, newBlocks, at,
        metadata, username);
  }

  StoredMessage asTombstone() {
    return new StoredMessage(channel, ts, threadTs, "USLACKBOT", null, TOMBSTONE_TEXT, "tombstone",
        null, null);
  }
}
