package dev.roundup.sandbox;

import java.util.List;
import java.util.Map;

/** The app's answer to one request the emulator delivered; {@code eventId} is null when none. */
public record Delivery(int status, String body, Map<String, List<String>> headers, String eventId) {}
