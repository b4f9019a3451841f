package dev.roundup.suggest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what people do by hand on a rhythm, from a {@link History}. Three kinds:
 * <ul>
 *   <li><b>remind</b>: the same (or nearly the same) message posted by the same person in the same
 *   channel on a rhythm, at a similar local time. Small talk ("good morning!") never qualifies.</li>
 *   <li><b>summarize</b>: the same summary (channel and window) requested on a rhythm.</li>
 *   <li><b>digest</b>: the same channel summarized by hand often, without one rhythm: a digest
 *   would bring it to them.</li>
 * </ul>
 * Pure: no Slack, no database, no clock of its own; the nightly run and the command line feed it.
 */
public final class Detector {

  /**
   * @param rules            what counts as a rhythm
   * @param minConfidence    candidates below this are not offered
   * @param digestWindow     how far back "often" is counted
   * @param digestMinimum    requests for one channel within that window that make "often"
   */
  public record Settings(RhythmRules rules, double minConfidence, Duration digestWindow, int digestMinimum) {
    public static final Settings DEFAULT = new Settings(RhythmRules.DEFAULT, 0.5, Duration.ofDays(28), 6);
  }

  /** A task body is at most this long; a longer post is not a reminder anyone types weekly. */
  static final int MAX_TEXT = 1_000;

  private final Settings settings;
  private final RhythmFinder finder;

  public Detector(Settings settings) {
    this.settings = settings;
    this.finder = new RhythmFinder(settings.rules());
  }

  /** Every candidate, the most confident first. */
  public List<Candidate> detect(History history) {
    List<Candidate> out = new ArrayList<>();
    out.addAll(reminders(history));
    out.addAll(summaries(history));
    out.removeIf(c -> c.confidence() < settings.minConfidence());
    out.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
        .thenComparing(Candidate::user).thenComparing(Candidate::channel));
    return out;
  }

  private List<Candidate> reminders(History history) {
    List<Candidate> out = new ArrayList<>();
    for (PostClusters.Cluster cluster : PostClusters.of(history.posts())) {
      if (cluster.posts().size() < settings.rules().fewest()) {
        continue;
      }
      Post latest = cluster.latest();
      if (cluster.texts().get(cluster.texts().size() - 1).smallTalk() || latest.text().length() > MAX_TEXT
          || latest.text().isBlank()) {
        continue;
      }
      List<Occurrence> occurrences = cluster.posts().stream().map(Post::where).toList();
      ZoneId zone = history.zones().apply(cluster.user());
      finder.find(occurrences, zone, history.from(), history.now()).ifPresent(r -> out.add(
          new Candidate(cluster.user(), Kind.REMIND, cluster.channel(), r.phrase(),
              oneLine(latest.text()), r.hits(), round(r.score()), r.describe(), "")));
    }
    return out;
  }

  private List<Candidate> summaries(History history) {
    Map<String, List<SummaryRequest>> byChannel = new LinkedHashMap<>();
    for (SummaryRequest r : history.requests()) {
      byChannel.computeIfAbsent(r.user() + "\u0000" + r.target(), k -> new ArrayList<>()).add(r);
    }
    List<Candidate> out = new ArrayList<>();
    for (List<SummaryRequest> requests : byChannel.values()) {
      requests.sort(Comparator.comparing(r -> r.where().at()));
      SummaryRequest first = requests.get(0);
      ZoneId zone = history.zones().apply(first.user());
      Map<String, List<SummaryRequest>> byWindow = new LinkedHashMap<>();
      requests.forEach(r -> byWindow.computeIfAbsent(r.window(), k -> new ArrayList<>()).add(r));
      Candidate best = null;
      for (Map.Entry<String, List<SummaryRequest>> w : byWindow.entrySet()) {
        Optional<Rhythm> rhythm = finder.find(w.getValue().stream().map(SummaryRequest::where).toList(),
            zone, history.from(), history.now());
        if (rhythm.isPresent() && (best == null || rhythm.get().score() > best.confidence())) {
          Rhythm r = rhythm.get();
          best = new Candidate(first.user(), Kind.SUMMARIZE, first.target(), r.phrase(), "", r.hits(),
              round(r.score()), r.describe(), w.getKey());
        }
      }
      if (best == null) {
        best = digest(requests, zone, history).orElse(null);
      }
      if (best != null) {
        out.add(best);
      }
    }
    return out;
  }

  /**
   * Often, without one rhythm: at least {@code digestMinimum} requests in the window, spread over
   * at least three of its weeks and one of them in the last week (so it has not stopped).
   */
  private Optional<Candidate> digest(List<SummaryRequest> requests, ZoneId zone, History history) {
    Instant start = history.now().minus(settings.digestWindow());
    if (start.isBefore(history.from())) {
      start = history.from();
    }
    Instant windowStart = start;
    List<SummaryRequest> recent = requests.stream().filter(r -> !r.where().at().isBefore(windowStart)
        && r.where().at().isBefore(history.now())).toList();
    int weeks = (int) Math.max(1, Duration.between(windowStart, history.now()).toDays() / 7);
    if (recent.size() < settings.digestMinimum() || weeks < 3) {
      return Optional.empty();
    }
    Set<Long> weeksWith = new HashSet<>();
    for (SummaryRequest r : recent) {
      weeksWith.add(Duration.between(r.where().at(), history.now()).toDays() / 7);
    }
    if (weeksWith.size() < 3 || !weeksWith.contains(0L)) {
      return Optional.empty();
    }
    List<ZonedDateTime> local = recent.stream().map(r -> r.where().at().atZone(zone)).toList();
    double perWeek = (double) recent.size() / weeks;
    Cadence cadence;
    if (perWeek >= 2) {
      cadence = new Cadence.Weekly(Cadence.WEEKDAYS);
    } else {
      Map<DayOfWeek, Integer> days = new EnumMap<>(DayOfWeek.class);
      local.forEach(t -> days.merge(t.getDayOfWeek(), 1, Integer::sum));
      DayOfWeek mode = days.entrySet().stream().max(Map.Entry.<DayOfWeek, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
      cadence = new Cadence.Weekly(Set.of(mode));
    }
    List<LocalTime> times = new ArrayList<>(local.stream().map(ZonedDateTime::toLocalTime).toList());
    times.sort(null);
    LocalTime median = times.get(times.size() / 2);
    int halfHours = (int) Math.round(median.toSecondOfDay() / 1800.0) % 48;
    LocalTime time = LocalTime.ofSecondOfDay(halfHours * 1800L);
    double confidence = Math.min(1, recent.size() / 12.0) * weeksWith.size() / (double) Math.max(weeks, 4);
    String phrase = cadence.phrase() + " at " + String.format(Locale.ROOT, "%02d:%02d", time.getHour(),
        time.getMinute());
    long days = Math.max(7, ChronoUnit.DAYS.between(LocalDate.ofInstant(windowStart, zone),
        LocalDate.ofInstant(history.now(), zone)));
    String pattern = recent.size() + " times in the last " + (days % 7 == 0 ? days / 7 + " weeks" : days + " days");
    SummaryRequest any = recent.get(0);
    return Optional.of(new Candidate(any.user(), Kind.DIGEST, any.target(), phrase, "",
        recent.stream().map(SummaryRequest::where).toList(), round(confidence), pattern, ""));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
