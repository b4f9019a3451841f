package dev.roundup.eval;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvalRun} as {@code docs/EVAL.md}: method, tables, published figures, targets. */
public final class EvalReport {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private EvalReport() {}

  public static String markdown(EvalRun run) {
    StringBuilder md = new StringBuilder();
    md.append("# Summary quality (ROUGE)\n\n");
    md.append(String.format(Locale.ROOT,
        "Run %s, wall time %.1f s (CPU %.1f s; load average %.1f at the end), %d cores, "
            + "Java %s. %s%n%n",
        WHEN.format(run.started()), run.wallTime().toMillis() / 1000.0,
        run.cpuTime().toMillis() / 1000.0, run.loadAverage(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        run.isLimited()
            ? "**Limited run: first " + run.limit() + " samples per table; not a verdict.**"
            : "Full test sets."));
    md.append("Regenerate with `java -jar target/roundup.jar eval` (flags: `--data DIR`, "
        + "`--dataset qmsum|dialogsum|all|threads`, `--out FILE`, `--limit N`).\n\n");
    targets(md, run);
    method(md);
    qmsum(md, run);
    dialogsum(md, run);
    return md.toString();
  }

  private static void targets(StringBuilder md, EvalRun run) {
    md.append("## Targets\n\n");
    if (run.summarizers().isEmpty()) {
      md.append("No Roundup summarizer was part of this run.\n\n");
      return;
    }
    md.append("For the embedded summarizer, at each dataset's budget: QMSum whole-meeting R1 ≥ 22, "
        + "DialogSum R1 ≥ 25, and ahead of TextRank-3 and LEAD-3 on every ROUGE variant.\n\n");
    for (String summarizer : run.summarizers()) {
      for (Targets.Check check : Targets.check(run, summarizer)) {
        md.append("- ").append(check.met() ? "met" : "**not met**").append(" — ")
            .append(summarizer).append(", ").append(check.target()).append(": ")
            .append(check.measured()).append('\n');
      }
    }
    md.append('\n');
  }

  private static void method(StringBuilder md) {
    md.append("""
        ## Method

        **Datasets** (read in place from the shared data folder, never copied into the repository \
        or the jar):
        - QMSum test split (MIT; AMI, ICSI and parliamentary committee meetings): 35 meetings, \
        37 general queries ("Summarize the whole meeting.", "What were the final decisions…") \
        — the main table — and 244 specific topic queries. Every query's input is the whole \
        meeting, with turns of 3 tokens or fewer dropped, as in qmsum/SOURCE.md. For topic \
        queries the question's frame ("Summarize the discussion about", "What did … say about") \
        is removed and the rest is passed as `SummaryOptions.focus`.
        - DialogSum test split (CC BY-NC-SA 4.0, evaluation only): 500 two-party dialogues, \
        `#PersonN#:` tags stripped from the turns, each scored against all three references.

        Each transcript becomes a `Conversation`: one message per turn, each speaker a stable \
        synthetic user id (`U0000001`, … in order of first appearance), ts one minute apart. \
        Mentions in Roundup's output (`<@U…>`) are rendered as the speaker's name, as Slack would.

        **Scorer** (`dev.roundup.eval.Rouge`), the one both SOURCE.md files use: text lowercased, \
        tokens are maximal runs of `[a-z0-9]`, everything else separates; **no Porter stemming** \
        and no stop-word removal. ROUGE-1 and ROUGE-2 are clipped n-gram overlap F1 (Lin 2004); \
        ROUGE-L is F1 of the longest common subsequence of the whole candidate and reference token \
        sequences (summary-level on the concatenated text, not ROUGE-Lsum). Figures are F1 ×100, \
        averaged over samples. With several references: *mean* averages a sample's F1 over its \
        references (as SOURCE.md reports), *max* takes each variant's best reference.

        **Budget**: every system's text is tokenized and cut at the same number of scorer tokens \
        per dataset — QMSum 110, the mean length of a whole-meeting reference (111 tokens; topic \
        references average 59 and get the same budget, since the input is the same meeting); \
        DialogSum 40, about three opening turns (LEAD-3 averages 39 tokens) so LEAD-3 stays close \
        to its SOURCE.md definition, which leaves room for two sentences against one-sentence \
        references (19 tokens). The *tokens* column is the mean length actually scored, \
        *written* the mean length the system produced before the cut.

        **Systems**: LEAD-3 (first three turns); LONGEST-3 (three longest turns by characters, \
        longest first); TextRank-3 (Mihalcea & Tarau: turn graph weighted by shared \
        words over log-lengths, no stop list, PageRank d = 0.85, top three turns best first); Roundup's summarizer (its \
        tl;dr, highlights, decisions, action items and open questions, in that order); ORACLE \
        (greedy, up to four turns in spoken order maximising (R1 + R2) / 2 of the budgeted text \
        against the references — mean over references for DialogSum; a ceiling, not a system). \
        The *uncut* tables rerun the SOURCE.md baselines as defined there (whole turns, no \
        budget) to show that this scorer reproduces SOURCE.md's figures, plus TextRank-3 uncut \
        (qmsum/SOURCE.md expects a TextRank-like summarizer near 16–17 R1 there).

        """);
  }

  private static void qmsum(StringBuilder md, EvalRun run) {
    if (run.qmsumGeneral() == null) {
      md.append("## QMSum\n\nNot run (dataset not requested or not found).\n\n");
      return;
    }
    md.append("## QMSum\n\n");
    singleReferenceTable(md, run.qmsumGeneral());
    md.append("Published orientation (QMSum paper, Table 3: all 279 test queries, standard "
        + "ROUGE with its own tokenizer — not the same setup):\n\n");
    publishedTable(md, PublishedFigures.QMSUM_PAPER);
    calibrationTable(md, run.qmsumGeneralUncut(), PublishedFigures.QMSUM_SOURCE, false);
    singleReferenceTable(md, run.qmsumSpecific());
  }

  private static void dialogsum(StringBuilder md, EvalRun run) {
    if (run.dialogsum() == null) {
      md.append("## DialogSum\n\nNot run (dataset not requested or not found).\n\n");
      return;
    }
    ResultTable table = run.dialogsum();
    md.append("## DialogSum\n\n");
    header(md, table);
    md.append("| system | R1 mean | R2 mean | RL mean | R1 max | R2 max | RL max | tokens "
        + "| written |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SystemScore row : table.rows()) {
      md.append("| ").append(row.system()).append(" | ")
          .append(cells(row.meanOverReferences())).append(" | ")
          .append(cells(row.maxOverReferences())).append(" | ")
          .append(tokens(row)).append(" |\n");
    }
    md.append('\n');
    md.append("Published orientation (DialogSum repository, fine-tuned abstractive model):\n\n");
    publishedTable(md, PublishedFigures.DIALOGSUM_REPO);
    calibrationTable(md, run.dialogsumUncut(), PublishedFigures.DIALOGSUM_SOURCE, true);
  }

  private static void header(StringBuilder md, ResultTable table) {
    md.append(String.format(Locale.ROOT, "### %s%n%n%d samples, %d references, budget %s, "
            + "scored in %.1f s.%n%n", table.title(), table.samples(), table.references(),
        table.budget(), table.elapsed().toMillis() / 1000.0));
  }

  private static void singleReferenceTable(StringBuilder md, ResultTable table) {
    header(md, table);
    md.append("| system | R1 | R2 | RL | tokens | written |\n|---|---:|---:|---:|---:|---:|\n");
    for (SystemScore row : table.rows()) {
      md.append("| ").append(row.system()).append(" | ").append(cells(row.meanOverReferences()))
          .append(" | ").append(tokens(row)).append(" |\n");
    }
    md.append('\n');
  }

  private static void publishedTable(StringBuilder md, Map<String, double[]> figures) {
    md.append("| published | R1 | R2 | RL |\n|---|---:|---:|---:|\n");
    figures.forEach((name, f) -> md.append(String.format(Locale.ROOT,
        "| %s | %.2f | %.2f | %.2f |%n", name, f[0], f[1], f[2])));
    md.append('\n');
  }

  private static void calibrationTable(StringBuilder md, ResultTable table,
      Map<String, double[]> source, boolean meanOverReferences) {
    header(md, table);
    md.append("| system | R1 | R2 | RL | SOURCE.md R1 | R2 | RL |\n"
        + "|---|---:|---:|---:|---:|---:|---:|\n");
    for (SystemScore row : table.rows()) {
      double[] f = source.get(row.system());
      md.append("| ").append(row.system()).append(" | ")
          .append(cells(meanOverReferences ? row.meanOverReferences() : row.maxOverReferences()))
          .append(f == null ? " | | | |\n"
              : String.format(Locale.ROOT, " | %.2f | %.2f | %.2f |%n", f[0], f[1], f[2]));
    }
    md.append('\n');
  }

  private static String tokens(SystemScore row) {
    return String.format(Locale.ROOT, "%.1f | %.1f", row.meanTokens(), row.meanTokensWritten());
  }

  private static String cells(RougeScore s) {
    return percent(s.rouge1()) + " | " + percent(s.rouge2()) + " | " + percent(s.rougeL());
  }

  static String triple(RougeScore s) {
    return percent(s.rouge1()) + "/" + percent(s.rouge2()) + "/" + percent(s.rougeL());
  }

  /** An F1 in [0, 1] as the ×100 figure with two decimals the tables use. */
  static String percent(double f1) {
    return String.format(Locale.ROOT, "%.2f", 100 * f1);
  }
}
