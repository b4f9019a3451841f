package dev.roundup.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One person's digest: which channels, when (a stored schedule spec and the zone it is read in),
 * what to look for, and where it goes.
 *
 * @param id            database id (0 before it is stored)
 * @param owner         user id of who created it
 * @param channels      source channel ids in the owner's order
 * @param scheduleSpec  {@code Schedule.spec()} text
 * @param focus         focus words, or null
 * @param destination   channel id of an org digest, or null for a DM to the owner
 * @param nextRunAt     when it is due next
 * @param lastPeriodEnd end of the last period sent, or null before the first
 */
public record DigestSubscription(long id, String owner, List<String> channels, String scheduleSpec,
    ZoneId zone, String focus, String destination, Instant createdAt, Instant nextRunAt,
    Instant lastPeriodEnd) {

  public DigestSubscription {
    channels = List.copyOf(channels);
  }

  public boolean toChannel() {
    return destination != null;
  }

  public DigestSubscription withId(long newId) {
    return new DigestSubscription(newId, owner, channels, scheduleSpec, zone, focus, destination,
        createdAt, nextRunAt, lastPeriodEnd);
  }

  public DigestSubscription withSettings(List<String> newChannels, String newSpec, String newFocus,
      String newDestination, Instant newNextRun) {
    return new DigestSubscription(id, owner, newChannels, newSpec, zone, newFocus, newDestination,
        createdAt, newNextRun, lastPeriodEnd);
  }
}
