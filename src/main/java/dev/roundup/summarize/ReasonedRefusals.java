package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A proposal turned down by its reason alone: "could we just push psych to the afternoon?" —
 * "psych have a 2pm paper with the same cohort, so no"; "could we share with Ashton Juniors?" —
 * "their pitch is 40 min away for half our families. not doing that"; "…, also nein", "…, donc
 * non", "…, así que no", "…, então não", "…なので無理です". The answer says why the idea fails and
 * nothing of what holds instead, so the thread settles nothing by it: neither the answer nor the
 * proposal it turns down is cited by a decision, however the asker takes it ("ah ok ignore me",
 * "fair"). A no that says what holds instead ("No, we keep the intros") is read by {@link
 * GrantedInAnswers}; a bare "no" is not one of these.
 */
final class ReasonedRefusals {

  /** A reason, then a no that closes the message, in every cue language. */
  private static final Pattern REASON_THEN_NO = Pattern.compile("(?iu)\\p{L}[^?？]*?[\\s,.;:—–-]\\s*"
      + "(?:so\\s+no|so\\s+that'?s\\s+a\\s+no|not\\s+doing\\s+that|not\\s+happening"
      + "|also\\s+nein|(?:das\\s+)?machen\\s+wir\\s+nicht|kommt\\s+nicht\\s+in\\s+frage"
      + "|donc\\s+non|on\\s+ne\\s+(?:le\\s+)?fait\\s+pas|pas\\s+question"
      + "|así\\s+que\\s+no|no\\s+lo\\s+hacemos|ni\\s+hablar"
      + "|então\\s+não|não\\s+vamos\\s+fazer\\s+isso|nem\\s+pensar)[\\s.!…]*$"
      + "|[^?？]{2,}(?:ので|から)[、,]?(?:なし|無理|やめておきます|やめましょう)(?:です|で)?[。！!]?$");

  /** Content words below which a message gives no reason ("no, so no"). */
  private static final int MIN_TERMS = 3;

  private ReasonedRefusals() {}

  /**
   * Whether the message answers a question and turns it down by its reason alone ({@link
   * #REASON_THEN_NO}): its text before the closing no says why, with words of its own.
   */
  static boolean turnsDown(PreparedConversation c, int m) {
    List<Sentence> said = c.sentencesOf(m);
    int asked = c.model().respondsTo(m);
    if (said.isEmpty() || asked < 0 || said.stream().anyMatch(Sentence::isQuestion)
        || c.sentencesOf(asked).stream().noneMatch(Sentence::isQuestion)) {
      return false;
    }
    return said.stream().mapToInt(s -> s.terms().size()).sum() >= MIN_TERMS
        && RegexPrefilter.find(REASON_THEN_NO, c.plainText(m));
  }
}
