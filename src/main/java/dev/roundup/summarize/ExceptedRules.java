package dev.roundup.summarize;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A rule given in a reply together with its exception, agreed as it is said: "me parece bien:
 * todo backend, menos quien lleve menos de 3 meses", "d'accord, au-delà de 400 lignes on découpe,
 * sauf code généré", "yes, mac or linux (thinkpad). windows only on request, for finance". The
 * exception ({@link Cues#exception()}) is what makes it a rule rather than a remark; the opening
 * yes is what makes it settled. "everything works except search" opens with no yes: a status;
 * "ok. if anyone other than them saw it, it's probably a breach" is hedged: a guess.
 */
final class ExceptedRules {

  /** How far into the message its opening yes may start ("ok," after an emoji or a mention). */
  private static final int OPENING = 3;

  private ExceptedRules() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    Set<Integer> cited = c.messagesCitedBy(found);
    for (Sentence s : c.sentences()) {
      if (!cited.contains(s.messageIndex())) {
        excepted(c, s, used).ifPresent(d -> {
          found.add(d);
          cited.add(s.messageIndex());
        });
      }
    }
  }

  private static Optional<Detection<Point>> excepted(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    Cues cues = c.cues();
    String text = s.text();
    if (s.isQuestion() || s.user() == null || used.contains(s.index())
        || s.messageIndex() == c.scopeStart(s.messageIndex())
        || !RegexPrefilter.find(cues.exception(), text)) {
      return Optional.empty();
    }
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    // "ok that's personal data. if anyone other than Fielding accessed it we're probably looking
    // at a notifiable breach": a guess with its exception, no rule.
    if (!opensWithYes(cues, own.get(0).text()) || RegexPrefilter.find(cues.commitment(), text)
        || guessed(cues, text) || c.deferred(s) || ConcludingPlans.objected(c, s.messageIndex())) {
      return Optional.empty();
    }
    used.add(s.index());
    return Optional.of(DecisionDetector.stated(cues, s));
  }

  /**
   * A guess rather than a rule: hedged before its exception ("probably everyone except …"), or a
   * case put and hedged anywhere ("if anyone other than Fielding accessed it we're probably …").
   * "all of backend, except new joiners, who should wait" is not hedged by what the exception
   * says.
   */
  private static boolean guessed(Cues cues, String text) {
    Matcher except = cues.exception().matcher(text);
    String rule = except.find() ? text.substring(0, except.start()) : text;
    return ConcludingPlans.hedged(rule)
        || CASE_PUT.matcher(text).lookingAt() && ConcludingPlans.hedged(text);
  }

  /** A sentence that opens by putting a case: "if …", "wenn …", "si …", "se …", 「もし」. */
  private static final java.util.regex.Pattern CASE_PUT =
      java.util.regex.Pattern.compile("(?iu)\\W*(?:if|wenn|falls|si|se|もし)(?!\\p{L})");

  private static boolean opensWithYes(Cues cues, String first) {
    if (cues.agreesWithAView(first)) {
      return false; // "agreed, that's my worry too. i don't want us going in unless …": a view
    }
    Matcher agreed = cues.agreement().matcher(first);
    Matcher yes = cues.yesNoAnswer().matcher(first);
    return agreed.find() && agreed.start() <= OPENING || yes.find() && yes.start() <= OPENING;
  }
}
