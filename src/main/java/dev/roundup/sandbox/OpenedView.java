package dev.roundup.sandbox;

/**
 * A views.open call: the modal view JSON opened with a trigger, the id the emulator gave it, and the
 * person it opened for (whose action issued the trigger; null for a trigger made by hand).
 */
public record OpenedView(String triggerId, String view, String viewId, String userId) {}
