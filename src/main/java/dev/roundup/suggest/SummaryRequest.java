package dev.roundup.suggest;

/**
 * A person asked Roundup for a summary of a channel: {@code /summarize} (from the command log) or
 * {@code @roundup summarize …} in a channel (a message in the store or an export).
 *
 * @param target the channel summarized
 * @param window the window in words ("last 7 days"), or "" for the default
 * @param where  the message or the logged command
 */
public record SummaryRequest(String user, String target, String window, Occurrence where) {}
