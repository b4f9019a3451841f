package dev.roundup.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The app's answer to one request the emulator delivered; {@code eventId} is null when none. Over
 * HTTP: the response's status, body and headers. Over Socket Mode: 200 with the ack's payload as
 * body ({@code ""} when the ack had none) and no headers, or {@link #NOT_ACKED}.
 */
public record Delivery(int status, String body, Map<String, List<String>> headers, String eventId) {

  /** The status of a Socket Mode delivery the app did not ack in time (a gateway timeout). */
  public static final int NOT_ACKED = 504;
}
