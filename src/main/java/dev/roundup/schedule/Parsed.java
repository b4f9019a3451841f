package dev.roundup.schedule;

/** A phrase understood exactly. */
public record Parsed(Schedule schedule) implements ParseResult {}
