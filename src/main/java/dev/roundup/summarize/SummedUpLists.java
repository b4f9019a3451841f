package dev.roundup.summarize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Several decisions summed up in one message as a list under a heading: "Follow-ups from the
 * token leak, per the call just now:" then "• deploy-bot moves to a fine-grained token" and "•
 * pre-commit secret scanning becomes mandatory". Each item is a decision of its own, unless it
 * gives someone a task ("• <@ana> rotates the keys", "• I'll patch the module"), asks, or puts
 * something off.
 */
final class SummedUpLists {

  /** A heading that sums up what was settled, ending with a colon, in any language. */
  private static final Pattern HEADING = Pattern.compile("(?iu)(?:\\bper\\s+(?:the|our|today's)\\s+"
      + "(?:call|meeting|sync|discussion|huddle)|\\b(?:follow-?ups|decisions|decided|agreed|outcomes?"
      + "|summary|recap|to\\s+sum\\s+up|zusammenfassung|beschlüsse|vereinbart|ergebnis|récap"
      + "|décisions|en\\s+résumé|resumen|decisiones|acordamos|resumo|decisões|combinamos)\\b"
      + "|まとめ|決定事項)[^:：]{0,40}[:：]\\s*$");
  /** A list item's marker as the message was written: a bullet, a dash or a number. */
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[•◦▪*\\-–]|\\d{1,2}[.)])\\s+");
  /** A list needs at least this many items to sum anything up. */
  private static final int MIN_ITEMS = 2;

  private SummedUpLists() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    for (int m = 0; m < c.messages().size(); m++) {
      List<Sentence> said = c.sentencesOf(m);
      if (said.size() <= MIN_ITEMS || !RegexPrefilter.find(HEADING, said.get(0).text())) {
        continue;
      }
      // The plain text has lost the bullets; the message's own lines still show them.
      long bullets = c.messages().get(m).text().lines()
          .filter(l -> RegexPrefilter.find(ITEM, l)).count();
      List<Sentence> items = said.subList(1, said.size());
      if (bullets < MIN_ITEMS) {
        continue;
      }
      for (Sentence s : items) {
        if (used.contains(s.index()) || !settles(c, s)) {
          continue;
        }
        used.add(s.index());
        found.add(DecisionDetector.stated(c.cues(), s));
      }
    }
  }

  /** Whether a list item states something settled rather than a task, a question or a delay. */
  private static boolean settles(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    String text = s.text();
    return !s.isQuestion() && s.terms().size() >= 2 && text.indexOf('<') < 0
        && text.indexOf('@') < 0 && !RegexPrefilter.find(cues.commitment(), text)
        && !RegexPrefilter.find(cues.assigned(), text) && !c.deferred(s)
        && RequestsToSomeone.request(c, s).isEmpty();
  }
}
