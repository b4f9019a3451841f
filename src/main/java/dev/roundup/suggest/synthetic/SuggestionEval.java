package dev.roundup.suggest.synthetic;

import dev.roundup.suggest.Candidate;
import dev.roundup.suggest.Detector;
import dev.roundup.suggest.History;
import dev.roundup.suggest.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * Precision and recall of the detector on generated workspaces. The thresholds were tuned on
 * {@link #TUNING_SEEDS}; the figures reported come from {@link #REPORT_SEEDS}, which were never
 * looked at while tuning.
 */
public final class SuggestionEval {

  /** The seeds the detector's thresholds were tuned on. */
  public static final List<Long> TUNING_SEEDS = LongStream.rangeClosed(1, 5).boxed().toList();
  /** Fresh seeds, for the report only. */
  public static final List<Long> REPORT_SEEDS = LongStream.rangeClosed(1001, 1010).boxed().toList();
  /** The goal the issue sets. */
  public static final double PRECISION_GOAL = 0.9;
  public static final double RECALL_GOAL = 0.7;

  /** Every workspace's result. */
  public record Run(WorkspaceGenerator.Size size, List<Scoring.Result> results) {

    public int planted() {
      return results.stream().mapToInt(r -> r.workspace().planted().size()).sum();
    }

    public int suggested() {
      return results.stream().mapToInt(r -> r.suggestions().size()).sum();
    }

    public int matched() {
      return results.stream().mapToInt(Scoring.Result::truePositives).sum();
    }

    public double precision() {
      return suggested() == 0 ? 1 : (double) matched() / suggested();
    }

    public double recall() {
      return planted() == 0 ? 1 : (double) matched() / planted();
    }

    public boolean meetsGoal() {
      return precision() >= PRECISION_GOAL && recall() >= RECALL_GOAL;
    }
  }

  private SuggestionEval() {}

  public static Run run(List<Long> seeds, WorkspaceGenerator.Size size, Detector detector) {
    List<Scoring.Result> results = new ArrayList<>();
    for (long seed : seeds) {
      SyntheticWorkspace ws = WorkspaceGenerator.generate(seed, size);
      long start = System.nanoTime();
      History history = ws.history();
      List<Candidate> suggestions = detector.detect(history);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      results.add(Scoring.score(ws, suggestions, took));
    }
    return new Run(size, results);
  }

  /** The report's section of docs/EVAL.md; {@code tuning} may be null (not run). */
  public static String markdown(Run tuning, Run report, String when) {
    StringBuilder md = new StringBuilder();
    md.append("# Suggestion quality (precision and recall)\n\n");
    md.append(when).append("\n\n");
    md.append("Regenerate with `java -jar target/roundup.jar eval --dataset suggestions` "
        + "(flags: `--seeds 1001-1010`, `--out FILE`).\n\n");
    md.append("## Targets\n\n");
    md.append(String.format(Locale.ROOT, "Precision ≥ %.1f with recall ≥ %.1f on workspaces generated from "
        + "seeds never used while tuning.%n%n", PRECISION_GOAL, RECALL_GOAL));
    md.append(String.format(Locale.ROOT, "- %s — seeds %s: precision %.3f (%d of %d suggestions right), "
        + "recall %.3f (%d of %d planted rhythms found)%n", report.meetsGoal() ? "met" : "not met",
        seeds(report), report.precision(), report.matched(), report.suggested(), report.recall(),
        report.matched(), report.planted()));
    if (tuning != null) {
      md.append(String.format(Locale.ROOT, "- for comparison, the tuning seeds %s: precision %.3f, recall %.3f%n",
          seeds(tuning), tuning.precision(), tuning.recall()));
    }
    md.append('\n');
    md.append(METHOD);
    md.append("## Per workspace (report seeds)\n\n");
    md.append("| seed | people | messages | planted | suggested | right | precision | recall | detector time |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Scoring.Result r : report.results()) {
      SyntheticWorkspace ws = r.workspace();
      md.append(String.format(Locale.ROOT, "| %d | %d | %,d | %d | %d | %d | %.2f | %.2f | %d ms |%n", ws.seed(),
          ws.people().stream().filter(p -> !p.isBot()).count(), ws.messages().size(), ws.planted().size(),
          r.suggestions().size(), r.truePositives(),
          r.suggestions().isEmpty() ? 1.0 : (double) r.truePositives() / r.suggestions().size(),
          (double) r.truePositives() / ws.planted().size(), r.detectorTime().toMillis()));
    }
    md.append("\n## Recall by planted rhythm (report seeds)\n\n");
    md.append("| planted | kind | found | of |\n|---|---|---:|---:|\n");
    Map<String, int[]> byLabel = new TreeMap<>();
    Map<String, Kind> kinds = new LinkedHashMap<>();
    for (Scoring.Result r : report.results()) {
      r.workspace().planted().forEach(p -> {
        byLabel.computeIfAbsent(p.label(), k -> new int[2])[1]++;
        kinds.put(p.label(), p.kind());
      });
      r.found().forEach(p -> byLabel.get(p.label())[0]++);
    }
    byLabel.forEach((label, n) -> md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d |%n", label,
        kinds.get(label).word(), n[0], n[1])));
    md.append("\n## False positives (report seeds)\n\n");
    Map<String, Integer> mistakes = new TreeMap<>();
    report.results().forEach(r -> r.mistakes().forEach(m -> mistakes.merge(m.source(), 1, Integer::sum)));
    if (mistakes.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| came from | suggestions |\n|---|---:|\n");
      mistakes.forEach((source, n) -> md.append("| ").append(source).append(" | ").append(n).append(" |\n"));
    }
    md.append("\nDistractors planted in every workspace, none of which should be suggested: ");
    md.append(String.join("; ", report.results().get(0).workspace().decoys().stream().map(Decoy::label)
        .distinct().toList())).append(".\n");
    return md.toString();
  }

  private static String seeds(Run run) {
    List<Long> s = run.results().stream().map(r -> r.workspace().seed()).toList();
    return s.size() == 1 ? String.valueOf(s.get(0)) : s.get(0) + "–" + s.get(s.size() - 1);
  }

  private static final String METHOD = """
      ## Method

      **Workspaces.** `WorkspaceGenerator` builds each workspace from a seed (the same seed, the same \
      workspace): 48 people in eight time zones (Los Angeles, New York, São Paulo, London, Berlin, \
      Kolkata, Tokyo, Sydney — Europe and North America leave daylight-saving time inside the span, \
      Sydney enters it), 14 channels, 26 weeks of history ending on a Monday morning in November \
      2026 moved back by up to three weeks per seed, about 1–6 messages per person per working day \
      of template chatter (a quarter of it thread replies, a seventh small talk), and holidays on \
      which nobody keeps a rhythm.

      **Planted rhythms (the truth), 14 per workspace**, each kept in the person's local time with \
      jitter (±5 to ±12 minutes) and skipped days (4–6 % of them, plus holidays): four weekly \
      reminders (two of them reworded from week to week: "Reminder: timesheets due today by 5pm", \
      "Don't forget your timesheets, 5pm today"), two weekday reminders (with a week of vacation), \
      one twice-weekly reminder, two monthly reminders (first Monday, last Friday), three summary \
      requests on a rhythm (`@roundup summarize #channel 7d` every Monday or Friday, `last 24 hours` \
      every weekday), and two channels summarized by hand three or four times a week at scattered \
      times (σ = 70 minutes) with varying windows, which a digest would serve.

      **Distractors**, which must not be suggested: irregular repeats of reminder-like words (about \
      once a week, any day, any time); the same words on the same weekday but at any time of day; \
      a reminder every other week (not a weekly rhythm, and not one Roundup's cadences offer); a \
      habit only three weeks old; a month-end reminder on a different day each month; weekly \
      reminders and summary requests that stopped four to nine weeks ago; a weekly duty posted by \
      three people in turn, and the same words posted weekly by a different person each time; daily \
      standup updates (the same headings, different news); "good morning" every weekday; occasional \
      summary requests; bots posting on schedules (a nightly build report, weekly metrics), \
      Slackbot's reminders and Roundup's own task posts.

      **Scoring.** The detector reads the workspace as the nightly run reads the store (the same \
      `HistoryBuilder` rule: people's top-level posts, mentions of Roundup that ask for a summary; \
      bots, Slackbot, Roundup and thread replies left out) and returns every suggestion at or above \
      its confidence threshold; no per-person limit is applied (that is the delivery's rule, not the \
      detector's). A suggestion is right when it matches a planted rhythm not yet matched: the same \
      person, channel and kind, and a schedule phrase that Roundup's parser reads (in the person's \
      zone) into four next runs on the same local days as the planted rhythm's, each within 30 \
      minutes of it (90 for a digest, whose times are scattered by design). Precision is right \
      suggestions over all suggestions; recall is planted rhythms found over all planted.

      **Tuning.** The thresholds (`RhythmRules.DEFAULT`, `Detector.Settings.DEFAULT`) were set by \
      looking at seeds 1–5 only; seeds 1001–1010 were generated for this report after tuning.

      **Limits.** The workspaces are generated: real people reword more freely, keep rhythms less \
      tidily and say more things that look like reminders, so these figures are an upper bound on \
      what to expect, and the distractors are the cases we thought of. The evaluation reads 26 \
      weeks, as the `suggest` command reads a whole export; the nightly run reads what the message \
      store keeps (`roundup.ingest.retention`, 35 days by default), where weekly and weekday \
      rhythms fit but a monthly one needs a retention of about four months.

      """;
}
