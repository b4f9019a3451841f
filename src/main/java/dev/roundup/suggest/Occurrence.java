package dev.roundup.suggest;

import java.time.Instant;

/**
 * One thing a person did that a suggestion may cite: a message (its channel and ts, so the card
 * can link to it) or a command from Roundup's command log (its words, since a slash command leaves
 * no message behind).
 *
 * @param at      when it happened
 * @param channel the channel of the message, or where the command was typed (may be null)
 * @param ts      the message's ts, or null for a command
 * @param command the command as typed ("/summarize #incidents 7d"), or null for a message
 */
public record Occurrence(Instant at, String channel, String ts, String command) {

  public static Occurrence message(String channel, String ts, Instant at) {
    return new Occurrence(at, channel, ts, null);
  }

  public static Occurrence command(String command, String channel, Instant at) {
    return new Occurrence(at, channel, null, command);
  }

  public boolean isMessage() {
    return ts != null;
  }
}
