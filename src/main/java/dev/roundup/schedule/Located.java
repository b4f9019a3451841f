package dev.roundup.schedule;

/** A schedule found inside a longer command, with the span {@code [start, end)} of its words. */
public record Located(Schedule schedule, int start, int end) {}
