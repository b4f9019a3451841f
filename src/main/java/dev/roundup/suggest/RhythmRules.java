package dev.roundup.suggest;

import java.time.Duration;

/**
 * What counts as a rhythm. Tuned on generated workspaces from fixed seeds (docs/EVAL.md).
 *
 * @param tolerance   how far from its usual local time an occurrence may be and still keep the rhythm
 * @param minWeekly   occurrences a rhythm on one day of the week needs ("the last 4 Fridays")
 * @param minDaily    occurrences a rhythm on several days of the week needs
 * @param minMonthly  occurrences a monthly rhythm needs
 * @param minRatio    share of its expected days a rhythm must have kept since it began
 * @param minPurity   share of the person's occurrences (of this message or request) that keep the
 *                    rhythm: the same words said often at other times are a habit, not a rhythm
 * @param roundTo     the suggested time is the usual time rounded to this many minutes
 */
public record RhythmRules(Duration tolerance, int minWeekly, int minDaily, int minMonthly, double minRatio,
    double minPurity, int roundTo) {

  /** The fewest occurrences any rhythm needs. */
  public int fewest() {
    return Math.min(minWeekly, Math.min(minDaily, minMonthly));
  }

  public static final RhythmRules DEFAULT =
      new RhythmRules(Duration.ofMinutes(45), 4, 8, 4, 0.7, 0.6, 5);
}
