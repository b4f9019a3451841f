package dev.roundup.sandbox;

/** A chat.postEphemeral call: visible to {@code user} only, never stored as a message. */
public record Ephemeral(String channel, String user, String text, String blocks, String threadTs) {}
