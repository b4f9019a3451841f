package dev.roundup.suggest.synthetic;

import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.suggest.Candidate;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores suggestions against what was planted. A suggestion is right when it matches a planted
 * rhythm not matched yet: the same person, channel and kind, and a schedule whose next four runs
 * fall on the same local days as the planted one's, each within the planted tolerance. Everything
 * else is a false positive, named after the distractor it came from when there is one.
 */
public final class Scoring {

  /** How many upcoming runs two schedules must agree on. */
  private static final int RUNS = 4;

  /** One workspace's outcome. */
  public record Result(SyntheticWorkspace workspace, List<Candidate> suggestions, List<Planted> found,
      List<Planted> missed, List<Mistake> mistakes, Duration detectorTime) {

    public int truePositives() {
      return found.size();
    }
  }

  /** A false positive and where it came from. */
  public record Mistake(Candidate suggestion, String source) {}

  private static final ScheduleParser PARSER = new ScheduleParser();

  private Scoring() {}

  public static Result score(SyntheticWorkspace ws, List<Candidate> suggestions, Duration detectorTime) {
    List<Planted> open = new ArrayList<>(ws.planted());
    List<Planted> found = new ArrayList<>();
    List<Mistake> mistakes = new ArrayList<>();
    for (Candidate c : suggestions) {
      Optional<Planted> match = open.stream().filter(p -> matches(ws, p, c)).findFirst();
      if (match.isPresent()) {
        open.remove(match.get());
        found.add(match.get());
      } else {
        mistakes.add(new Mistake(c, source(ws, c)));
      }
    }
    return new Result(ws, suggestions, found, open, mistakes, detectorTime);
  }

  static boolean matches(SyntheticWorkspace ws, Planted p, Candidate c) {
    return p.user().equals(c.user()) && p.channel().equals(c.channel()) && p.kind() == c.kind()
        && sameRuns(p.phrase(), c.phrase(), ws.zones().apply(p.user()), ws.now().atZone(ws.zones().apply(p.user())),
            p.tolerance());
  }

  /** Whether two phrases run on the same days, each run within the tolerance of the other's. */
  static boolean sameRuns(String expected, String actual, ZoneId zone, ZonedDateTime now, Duration tolerance) {
    List<ZonedDateTime> a = runs(expected, zone, now);
    List<ZonedDateTime> b = runs(actual, zone, now);
    if (a.size() != RUNS || b.size() != RUNS) {
      return false;
    }
    for (int i = 0; i < RUNS; i++) {
      if (!a.get(i).toLocalDate().equals(b.get(i).toLocalDate())
          || Duration.between(a.get(i), b.get(i)).abs().compareTo(tolerance) > 0) {
        return false;
      }
    }
    return true;
  }

  private static List<ZonedDateTime> runs(String phrase, ZoneId zone, ZonedDateTime now) {
    ParseResult parsed = PARSER.parse(phrase, zone, now);
    return parsed instanceof Parsed p ? p.schedule().next(now, RUNS) : List.of();
  }

  private static String source(SyntheticWorkspace ws, Candidate c) {
    for (Planted p : ws.planted()) {
      if (p.user().equals(c.user()) && p.channel().equals(c.channel())) {
        return p.kind() == c.kind() ? p.label() + ", wrong schedule" : p.label() + ", wrong kind";
      }
    }
    for (Decoy d : ws.decoys()) {
      if ((d.user() == null || d.user().equals(c.user())) && (d.channel() == null || d.channel().equals(c.channel()))
          && (d.user() != null || d.channel() != null)) {
        return d.label();
      }
    }
    return "everyday chatter";
  }
}
