package dev.roundup.suggest;

import java.util.List;

/**
 * Something the detector would offer to take over, before any guard is applied.
 *
 * @param user       who does it by hand
 * @param channel    where it is posted (remind) or which channel is summarized
 * @param phrase     a schedule phrase Roundup's parser accepts, read in the person's time zone
 * @param text       what would be posted (remind); empty otherwise
 * @param evidence   the occurrences that show the rhythm, oldest first
 * @param confidence from 0 to 1
 * @param pattern    the rhythm in words: "on each of the last 4 Fridays around 10:00 AM"
 * @param window     the summary window asked for ("last 7 days"), empty when none or for remind
 */
public record Candidate(String user, Kind kind, String channel, String phrase, String text,
    List<Occurrence> evidence, double confidence, String pattern, String window) {

  public Candidate {
    evidence = List.copyOf(evidence);
  }
}
