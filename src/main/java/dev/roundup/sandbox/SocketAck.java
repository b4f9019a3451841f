package dev.roundup.sandbox;

import java.time.Instant;

/**
 * An acknowledgement the app sent back over the socket.
 *
 * @param payload the ack's {@code payload} as JSON text, or null when the app sent none
 * @param late true when it came after the emulator had stopped waiting (Slack would have retried)
 */
public record SocketAck(String envelopeId, String payload, Instant receivedAt, boolean late) {}
