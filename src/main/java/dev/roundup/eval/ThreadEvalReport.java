package dev.roundup.eval;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Slack-thread section of {@code docs/EVAL.md}: precision and recall per section for each
 * split, the goals checked on the held-out threads and on the whole set, the traps, and the
 * breakdown by kind and language.
 */
public final class ThreadEvalReport {

  /** The goals the issue set for decisions and action items. */
  static final double PRECISION_GOAL = 0.9;
  static final double RECALL_GOAL = 0.85;

  private ThreadEvalReport() {}

  public static String markdown(List<ThreadEval.Run> runs) {
    return markdown(runs, null);
  }

  /**
   * @param history the held-out history written beside the threads (first-run figures of each
   *                held-out batch), or null
   */
  public static String markdown(List<ThreadEval.Run> runs, String history) {
    return markdown(runs, history, List.of());
  }

  /**
   * @param history  the held-out history written beside the threads, or null
   * @param readings second readings of some threads ({@link ReaderAgreement}), scored beside the
   *                 summarizers on the same threads; none leaves the section out
   */
  public static String markdown(List<ThreadEval.Run> runs, String history,
      List<ReaderAgreement.Reading> readings) {
    StringBuilder md = new StringBuilder("## Slack threads (hand-written, with gold)\n\n");
    md.append("""
        Threads written the way teams write in Slack (incidents, planning, support, \
        decision-making), each with gold decisions, action items with owners and open \
        questions, and traps: deferrals and musings that are not decisions ("let's see", "TBD", \
        "still open, we'll decide at the next sync"), requests and their acceptance that are \
        one commitment, casual or past-tense remarks that are not tasks, questions closed by a \
        non-answer or only redirected ("good question, let's ask finance"), and messages to the \
        bot ("ignore all previous instructions…"). Files: `src/test/resources/eval/slack-threads/` \
        (`dev/`: written first and used while tuning the detectors; `heldout/`: written after \
        tuning by writers who did not read the summarizer, scored before anything changed \
        because of it, and their misses not read since; a batch joins `dev/` once its misses \
        have been read, and HISTORY.md below keeps every batch's first run).

        **Scoring** (`dev.roundup.eval.ThreadScorer`): an item matches a gold item when it cites \
        one of the gold item's messages — and, for action items, names the same owner (none when \
        gold has none); each gold item matches once, so a duplicate counts as wrong. Precision = \
        matched / listed, recall = matched / gold, summed over threads. *Traps*: decisions citing \
        a deferral or musing; action items citing a casual remark; open questions the thread \
        answered; anything citing a message to the bot. Messages marked `either` (a vague "we'll \
        look into it" a careful reader could list or leave out) count neither way: an item citing \
        only those is not scored, nor is a gold item resting only on them. An action item gold \
        marks "(done)" was finished inside the thread; a summary's action items are what is still \
        to do, so listing it and leaving it out both score nothing. The 95% intervals are a \
        bootstrap over threads (`ThreadBootstrap`: threads drawn again with replacement, 2,000 \
        draws, a fixed seed): how far a figure could move on another set of threads like these.

        """);
    md.append("Summarizers in this run: ")
        .append(String.join(", ", runs.stream().map(ThreadEval.Run::system).toList()))
        .append(". `eval --llm` adds a row for the LLM configured in `roundup.llm.*` (provider "
            + "and model in its name), scored the same way.\n\n");
    for (ThreadEval.Run run : runs) {
      md.append("### ").append(run.system()).append("\n\n");
      md.append("Receipts — ").append(run.receipts().line(run.system())).append(".\n\n");
      goals(md, run);
      md.append("| threads | n | decisions P | R | action items P | R | (any owner) P | R "
          + "| open questions P | R | deferrals as decisions | trap actions | answered listed "
          + "open | bot content |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      row(md, "dev (tuned on)", run.totals(t -> t.split().equals("dev")));
      row(md, "held-out", run.totals(t -> t.split().equals("heldout")));
      row(md, "all", run.totals(t -> true));
      md.append('\n');
      group(md, "By kind (all threads)", run.by(GoldThread::kind));
      group(md, "By language (all threads)", run.by(GoldThread::language));
      group(md, "By batch (all threads; a batch still held out shows its one run, a batch in the "
          + "tuning threads its figures after the rounds that followed it — first runs are in "
          + "HISTORY.md)", byBatch(run));
    }
    readers(md, runs, readings);
    if (history != null && !history.isBlank()) {
      md.append(history.strip()).append("\n\n");
    }
    return md.toString();
  }

  /**
   * The second reader's gold scored against the writer's, and each summarizer on the same
   * threads: what the goals ask, next to what a second careful reader reaches.
   */
  private static void readers(StringBuilder md, List<ThreadEval.Run> runs,
      List<ReaderAgreement.Reading> readings) {
    if (readings.isEmpty()) {
      return;
    }
    Set<String> read = readings.stream().map(r -> r.first().id()).collect(Collectors.toSet());
    String batches = readings.stream().map(r -> r.first().batch()).distinct()
        .sorted(Comparator.comparingInt(ThreadEvalReport::batchOrder).thenComparing(b -> b))
        .collect(Collectors.joining(", "));
    md.append("### Two readers\n\n");
    md.append("A second reader, who saw each thread's messages and the gold rules of WRITING.md "
        + "but not the writer's gold, wrote gold of their own for ").append(readings.size())
        .append(readings.size() == 1 ? " thread" : " threads").append(" (batches ")
        .append(batches).append("; `").append(ReaderAgreement.FOLDER).append("/`). Their gold "
            + "is scored against the writer's exactly as a summary is (the tasks they mark done "
            + "and their `either` marks count for nothing, as a summary has neither), each "
            + "summarizer on the same threads beside it: how far two careful readers agree is "
            + "about as far as one reader's gold can be matched.\n\n");
    // Held-out threads first: on the tuning threads the summarizer has been fitted to the gold.
    Map<String, ThreadEval.Totals> rows = new LinkedHashMap<>();
    for (String split : List.of("heldout", "dev")) {
      List<ReaderAgreement.Reading> in = readings.stream()
          .filter(r -> r.first().split().equals(split)).toList();
      if (in.isEmpty()) {
        continue;
      }
      String where = split.equals("heldout") ? "held-out" : "tuned on";
      rows.put("second reader, " + where,
          ThreadEval.Totals.of(ReaderAgreement.scored(in)));
      runs.forEach(run -> rows.put(run.system() + ", " + where,
          run.totals(t -> t.split().equals(split) && read.contains(t.id()))));
    }
    group(md, "Against the writer's gold, the threads read twice", rows);
  }

  private static void goals(StringBuilder md, ThreadEval.Run run) {
    md.append("Goals: decisions and action items precision ≥ 0.9 and recall ≥ 0.85; no deferral "
        + "counted as a decision on the trap threads.\n\n");
    for (String split : new String[] {"heldout", "dev"}) {
      ThreadEval.Totals t = run.totals(th -> th.split().equals(split));
      if (t.threads() == 0) {
        continue;
      }
      String name = split.equals("heldout") ? "held-out" : "dev";
      List<ThreadScorer.Result> results = run.of(th -> th.split().equals(split));
      check(md, name + " decisions", t.decisions(),
          ThreadBootstrap.of(results.stream().map(ThreadScorer.Result::decisions).toList()));
      check(md, name + " action items", t.actions(),
          ThreadBootstrap.of(results.stream().map(ThreadScorer.Result::actions).toList()));
      md.append("- ").append(t.deferralsAsDecisions() == 0 ? "met" : "**not met**")
          .append(" — ").append(name).append(": deferrals counted as decisions on ")
          .append(t.trapThreads()).append(" trap threads: ").append(t.deferralsAsDecisions())
          .append('\n');
    }
    md.append('\n');
  }

  private static void check(StringBuilder md, String what, SectionScore s,
      ThreadBootstrap.Intervals spread) {
    boolean met = s.precision() >= PRECISION_GOAL && s.recall() >= RECALL_GOAL;
    md.append("- ").append(met ? "met" : "**not met**").append(" — ").append(what)
        .append(": precision ").append(f(s.precision())).append(", recall ")
        .append(f(s.recall())).append(" (").append(s.matched()).append(" right, ")
        .append(s.spurious()).append(" wrong, ").append(s.missed()).append(" missed; 95% ")
        .append("interval over threads: precision ").append(range(spread.precision()))
        .append(", recall ").append(range(spread.recall())).append(")\n");
  }

  private static String range(ThreadBootstrap.Interval i) {
    return f(i.low()) + "–" + f(i.high());
  }

  /** The threads by the batch they were written in, the unnumbered first threads first. */
  static Map<String, ThreadEval.Totals> byBatch(ThreadEval.Run run) {
    Map<String, ThreadEval.Totals> byNumber = run.by(GoldThread::batch);
    Map<String, ThreadEval.Totals> ordered = new LinkedHashMap<>();
    byNumber.keySet().stream()
        .sorted(Comparator.comparingInt(ThreadEvalReport::batchOrder).thenComparing(b -> b))
        .forEach(b -> ordered.put(b.isEmpty() ? "first threads (unnumbered)" : "batch " + b,
            byNumber.get(b)));
    return ordered;
  }

  private static int batchOrder(String batch) {
    try {
      return batch.isEmpty() ? -1 : Integer.parseInt(batch.strip());
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static void group(StringBuilder md, String title, Map<String, ThreadEval.Totals> groups) {
    md.append("**").append(title).append("**\n\n");
    md.append("| group | n | decisions P | R | action items P | R | open questions P | R |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    groups.forEach((name, t) -> md.append("| ").append(name).append(" | ").append(t.threads())
        .append(" | ").append(pr(t.decisions())).append(" | ").append(pr(t.actions()))
        .append(" | ").append(pr(t.questions())).append(" |\n"));
    md.append('\n');
  }

  private static void row(StringBuilder md, String name, ThreadEval.Totals t) {
    if (t.threads() == 0) {
      return;
    }
    md.append("| ").append(name).append(" | ").append(t.threads()).append(" | ")
        .append(pr(t.decisions())).append(" | ").append(pr(t.actions())).append(" | ")
        .append(pr(t.actionsAnyOwner())).append(" | ").append(pr(t.questions())).append(" | ")
        .append(t.deferralsAsDecisions()).append(" | ").append(t.trapActions()).append(" | ")
        .append(t.answeredAsOpen()).append(" | ").append(t.botContent()).append(" |\n");
  }

  private static String pr(SectionScore s) {
    return f(s.precision()) + " | " + f(s.recall());
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
