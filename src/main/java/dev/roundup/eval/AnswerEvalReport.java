package dev.roundup.eval;

import java.util.Locale;

/**
 * The answering section of {@code docs/EVAL.md}: retrieval recall@k and hit@k of the supporting
 * turns, ROUGE of the answers against QMSum's human answers at one length budget (all questions,
 * and those Roundup answered), and how often Roundup says "not found".
 */
public final class AnswerEvalReport {

  private AnswerEvalReport() {}

  public static String markdown(AnswerEval.Result r) {
    StringBuilder out = new StringBuilder("\n## Answering questions (QMSum specific queries)\n\n");
    out.append(r.questions()).append(" questions, each asked of its own meeting; supporting turns "
        + "and the human answer from QMSum. Budget for ROUGE: ").append(r.budget())
        .append(" (the mean human answer length), the same for every system; an answer that was "
        + "\"not found\" scores 0. Run time ").append(r.time().toSeconds()).append(" s.\n\n");
    out.append("| system |");
    for (int k : AnswerEval.DEPTHS) {
      out.append(" recall@").append(k).append(" |");
    }
    for (int k : AnswerEval.DEPTHS) {
      out.append(" hit@").append(k).append(" |");
    }
    out.append("\n|---|").append("---:|".repeat(AnswerEval.DEPTHS.length * 2)).append('\n');
    for (AnswerEval.Retrieval row : r.retrieval()) {
      out.append("| ").append(row.system()).append(" |");
      for (double v : row.recall()) {
        out.append(' ').append(f(v)).append(" |");
      }
      for (double v : row.hit()) {
        out.append(' ').append(f(v)).append(" |");
      }
      out.append('\n');
    }
    out.append("\n| system | R-1 | R-2 | R-L | tokens | R-1 (answered: ").append(r.answered())
        .append(") | R-2 | R-L |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < r.rouge().size(); i++) {
      SystemScore all = r.rouge().get(i);
      SystemScore answered = r.rougeWhenAnswered().get(i);
      out.append("| ").append(all.system()).append(" | ")
          .append(f(all.meanOverReferences().rouge1())).append(" | ")
          .append(f(all.meanOverReferences().rouge2())).append(" | ")
          .append(f(all.meanOverReferences().rougeL())).append(" | ")
          .append(String.format(Locale.ROOT, "%.0f", all.meanTokens())).append(" | ")
          .append(f(answered.meanOverReferences().rouge1())).append(" | ")
          .append(f(answered.meanOverReferences().rouge2())).append(" | ")
          .append(f(answered.meanOverReferences().rougeL())).append(" |\n");
    }
    out.append("\n| Roundup says \"not found\" on a question about | not found | asked | share |\n"
        + "|---|---:|---:|---:|\n");
    for (AnswerEval.NotFound n : r.notFound()) {
      out.append("| ").append(n.what()).append(" | ").append(n.notFound()).append(" | ")
          .append(n.asked()).append(" | ").append(f(n.share())).append(" |\n");
    }
    return out.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
