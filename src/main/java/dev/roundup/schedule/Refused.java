package dev.roundup.schedule;

/** A phrase not understood (or impossible); {@code reason} is one line with accepted examples. */
public record Refused(String reason) implements ParseResult {}
