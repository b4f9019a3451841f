package dev.roundup.summarize;

import java.util.Optional;
import java.util.Set;

/**
 * Rules for what comes next that carry no decision word, named a rule where they are said: "every
 * new flag gets an owner and an expiry date" answered "yes, that's the rule from day one", or "need
 * a written request from an account owner though, that's policy" said in one breath. The rule is
 * the decision, citing the reply that named it so ({@link Cues#ruleAffirmed()}).
 */
final class RulesAffirmed {

  /** Content words a sentence needs besides "that's the rule" to state a rule itself. */
  private static final int OWN_WORDS = 3;

  private RulesAffirmed() {}

  /**
   * The statement named a rule by the first reply from someone else, or by its own aside; empty
   * when neither, when the statement is a question, or when the reply objects.
   */
  static Optional<Detection<Point>> affirmed(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    Cues cues = c.cues();
    if (s.isQuestion() || s.user() == null || used.contains(s.index())) {
      return Optional.empty();
    }
    if (RegexPrefilter.find(cues.ruleAffirmed(), s.text())) {
      String rest = cues.ruleAffirmed().matcher(s.text()).replaceAll(" ");
      TextAnalysis analysis = TextAnalysis.of(c.language());
      if (analysis.terms(rest).size() < OWN_WORDS) {
        return Optional.empty(); // "yes, that's the rule": it names another message a rule
      }
      used.add(s.index());
      return Optional.of(DecisionDetector.stated(cues, s));
    }
    java.util.List<Sentence> own = c.sentencesOf(s.messageIndex());
    int reply = own.get(own.size() - 1) == s ? c.firstOtherVoice(s.messageIndex(), 1) : -1;
    if (reply < 0 || s.terms().size() < OWN_WORDS) {
      return Optional.empty();
    }
    String plain = c.plainText(reply);
    if (!RegexPrefilter.find(cues.ruleAffirmed(), plain) || RegexPrefilter.find(cues.dissent(), plain)
        || cues.isDeferral(plain)) {
      return Optional.empty();
    }
    used.add(s.index());
    return Optional.of(AgreedProposals.agreed(c, s, reply, used));
  }
}
