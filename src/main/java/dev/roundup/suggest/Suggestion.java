package dev.roundup.suggest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A suggestion offered to someone, and what became of it.
 *
 * @param quietUntil the same suggestion is not offered again before this (Not now, Edit first, an
 *                   offer left unanswered); null for Never and Accepted, which are for good
 * @param dmChannel  the direct message carrying the card (null until it is posted)
 */
public record Suggestion(long id, String teamId, String user, Kind kind, String channel, String phrase,
    String text, String pattern, String window, List<Occurrence> evidence, double confidence, State state,
    Instant offeredAt, Instant answeredAt, Instant quietUntil, String dmChannel, String dmTs) {

  /** Where a suggestion stands. */
  public enum State {
    /** Offered, not answered yet: shown in the DM and the App Home. */
    OFFERED,
    /** Scheduled: the task exists. */
    ACCEPTED,
    /** The task form was opened with it. */
    EDITED,
    NOT_NOW,
    NEVER,
    /** Offered and never answered until it went quiet. */
    EXPIRED
  }

  /** Evidence kept with a suggestion: the newest, enough for the card. */
  static final int KEPT_EVIDENCE = 12;

  public Suggestion {
    evidence = List.copyOf(evidence);
  }

  /** A new offer of this candidate, unanswered until {@code now + quiet}. */
  static Suggestion offer(String teamId, Candidate c, Instant now, Duration quiet) {
    List<Occurrence> newest = c.evidence().subList(Math.max(0, c.evidence().size() - KEPT_EVIDENCE),
        c.evidence().size());
    return new Suggestion(0, teamId, c.user(), c.kind(), c.channel(), c.phrase(), c.text(), c.pattern(),
        c.window(), newest, c.confidence(), State.OFFERED, now, null, now.plus(quiet), null, null);
  }

  Suggestion withId(long newId) {
    return new Suggestion(newId, teamId, user, kind, channel, phrase, text, pattern, window, evidence,
        confidence, state, offeredAt, answeredAt, quietUntil, dmChannel, dmTs);
  }

  /** Still waiting for an answer at {@code now}. */
  public boolean pending(Instant now) {
    return state == State.OFFERED && (quietUntil == null || quietUntil.isAfter(now));
  }
}
