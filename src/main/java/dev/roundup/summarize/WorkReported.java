package dev.roundup.summarize;

import java.util.List;

/**
 * Decisions worded only by a report: what someone did or tried and what came of it ("J'ai changé
 * les piles, toujours rien", "Called coolmaster refrigeration, earliest they can come is tomorrow
 * 8am"), a reading or a figure reported ("Datalogger says first reading above 8 was 03:05",
 * "checked: pending refunds last week = €13.9k"), a task reported done ("C'est fait, tu peux
 * réessayer"). They say what happened or what is, and the thread settles nothing by them, however
 * the rule that found them read the exchange around them. A no that refuses what it answers is
 * no report, whatever reason it gives ("Nein, die Abnahme ist erst am Donnerstag fertig"). Run
 * by {@link DecisionDetector} after every rule has added what it found; a decision worded by a
 * report and by a choice ("Checked with legal: we go with B") keeps its choice.
 */
final class WorkReported {

  private WorkReported() {}

  /** The decisions whose wording says more than what was done, tried or read. */
  static List<Detection<Point>> without(PreparedConversation c, List<Detection<Point>> found) {
    return Detection.without(found, d -> onlyReports(c, d));
  }

  /**
   * Whether every sentence of the decision's wording (its sentences in the message of the one it
   * is attributed to, small talk aside) reports work done or tried, or a reading, and none says a
   * decision in so many words.
   */
  private static boolean onlyReports(PreparedConversation c, Detection<Point> d) {
    Cues cues = c.cues();
    int message = c.sentences().get(d.saidBy()).messageIndex();
    boolean any = false;
    for (int i : d.sentenceIndices()) {
      Sentence s = c.sentences().get(i);
      if (s.messageIndex() != message || s.smallTalk()) {
        continue;
      }
      String text = s.text();
      // "Können wir das Release vorziehen?" — "Nein, die Abnahme ist erst am Donnerstag fertig":
      // the no refuses what was asked; what follows it is the reason, not the wording's point.
      if (RegexPrefilter.find(cues.decision(), text) || !cues.reportsWorkTried(text)
          || RegexPrefilter.find(ReplyWords.of(cues).no(), text)) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
