package dev.roundup.digest;

/**
 * A message that mentions the subscriber.
 *
 * @param threadTs the thread it sits in, or null for a top-level message (for the link)
 */
public record MentionItem(String ts, String threadTs, String author, String text) {}
