package dev.roundup.digest;

/**
 * One important thread (or stand-alone message) of a channel.
 *
 * @param ts       ts of the thread parent, the link target
 * @param tldr     one line on what the thread is about
 * @param replies  replies in the period
 * @param focusHit whether it matches the subscriber's focus
 */
public record ThreadItem(String ts, String tldr, int replies, boolean focusHit) {}
