package dev.roundup.suggest;

/**
 * A channel message as Slack reports it, whoever read it: the message store, an export, a generated
 * workspace. {@link HistoryBuilder} decides what it is evidence of, if anything.
 *
 * @param threadTs null outside threads; equal to {@code ts} for a thread's parent
 */
public record SeenMessage(String channel, String ts, String threadTs, String user, String botId,
    String subtype, String text) {}
