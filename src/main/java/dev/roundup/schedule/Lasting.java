package dev.roundup.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long a repeating schedule lasts, said as a length or a count rather than an end date: "every
 * day for 2 weeks", "every monday for the next 4 weeks", "daily for a month", "for up to 2 months",
 * "every friday 6 times", "for 3 occurrences", "10x". Both become the rule's last day: a length counts from the first
 * run ("every Monday for 4 weeks" made on a Tuesday runs four Mondays), a count ends on the day of
 * the last run it allows.
 *
 * @param length how long, or null when a count of runs was said
 * @param runs how many runs, or 0 when a length was said
 * @param rest the phrase without these words
 */
record Lasting(Period length, int runs, List<Token> rest) {

  /** Counts above this are refused: a year of daily runs is the most anyone means by a count. */
  static final int MAX_RUNS = 366;

  /** The length or count in {@code tokens}, if they say one. */
  static Optional<Lasting> find(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      int i = k;
      boolean forSaid = tokens.get(i).is("for");
      if (forSaid) {
        i++;
      }
      if (i + 1 < tokens.size() && tokens.get(i).is("up") && tokens.get(i + 1).is("to")) {
        forSaid = true; // "up to 2 months", "for up to 7x"
        i += 2;
      } else if (forSaid) {
        if (i < tokens.size() && tokens.get(i).is("the")) {
          i++;
        }
        if (i < tokens.size() && tokens.get(i).is("next")) {
          i++;
        }
      }
      if (i >= tokens.size()) {
        continue;
      }
      Token amount = tokens.get(i);
      Optional<Integer> n = amount.is("a", "an") ? Optional.of(1) : Vocabulary.number(amount);
      int unitAt = i + 1;
      if (n.isEmpty() && forSaid && i > k + 1 && tokens.get(i - 1).is("next")) {
        n = Optional.of(1); // "for the next week"
        unitAt = i;
      }
      if (n.isEmpty() || unitAt >= tokens.size()) {
        continue;
      }
      String unit = tokens.get(unitAt).text();
      if (unit.equals("times") || unit.equals("occurrences") || unit.equals("runs") || unit.equals("x")) {
        // "3 times a week" says how often, not how many
        boolean often = unitAt + 1 < tokens.size() && tokens.get(unitAt + 1).is("a", "per", "each", "every");
        if (often || n.get() < 1 || n.get() > MAX_RUNS) {
          continue;
        }
        return Optional.of(new Lasting(null, n.get(), without(tokens, k, unitAt)));
      }
      if (forSaid && n.get() >= 1) {
        Optional<Period> length = Units.periodOf(unit, n.get());
        if (length.isPresent() && !unit.matches("[a-z]{1,2}")) {
          return Optional.of(new Lasting(length.get(), 0, without(tokens, k, unitAt)));
        }
      }
    }
    return Optional.empty();
  }

  /** The rule's last day, given its first run and the day of its {@link #runs}th run. */
  LocalDate end(LocalDate firstRun, LocalDate lastCountedRun) {
    return length != null ? firstRun.plus(length).minusDays(1) : lastCountedRun;
  }

  private static List<Token> without(List<Token> tokens, int from, int to) {
    List<Token> rest = new ArrayList<>(tokens.subList(0, from));
    rest.addAll(tokens.subList(to + 1, tokens.size()));
    return rest;
  }
}
