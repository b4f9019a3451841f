package dev.roundup.sandbox;

/** A views.publish call: the App Home view JSON published for a user. */
public record PublishedView(String userId, String view) {}
