package dev.roundup.sandbox;

/**
 * A message only {@code user} sees, as their Slack client shows it: from {@code chat.postEphemeral},
 * a slash command's acknowledgement, or a post to a response URL. {@code ts} identifies it (buttons
 * on it report it as {@code container.message_ts}); {@code blocks} is the Block Kit JSON array or
 * null. (An {@link Ephemeral} is the record of one {@code chat.postEphemeral} call.)
 */
public record EphemeralMessage(String ts, String channel, String user, String text, String blocks,
    String threadTs) {}
