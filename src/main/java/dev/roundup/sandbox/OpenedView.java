package dev.roundup.sandbox;

/** A views.open call: the modal view JSON opened with a trigger. */
public record OpenedView(String triggerId, String view) {}
