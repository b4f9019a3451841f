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
 * "fair"). So is a reason followed by a bare no ("same manifold, no") and a no kept to the case in
 * hand followed only by why ("no, not for this. it's one day"). A no that says what holds instead
 * ("No, we keep the intros") is read by {@link GrantedInAnswers}; a bare "no" is not one of these.
 */
final class ReasonedRefusals {

  /** A no that closes the message after a reason, in the cue languages written with spaces. */
  private static final String CLOSING_NO = "[\\s,.;:—–-]\\s*"
      + "(?:so\\s+no|so\\s+that'?s\\s+a\\s+no|not\\s+doing\\s+that|not\\s+happening"
      + "|also\\s+nein|(?:das\\s+)?machen\\s+wir\\s+nicht|kommt\\s+nicht\\s+in\\s+frage"
      + "|donc\\s+non|on\\s+ne\\s+(?:le\\s+)?fait\\s+pas|pas\\s+question"
      + "|así\\s+que\\s+no|no\\s+lo\\s+hacemos|ni\\s+hablar"
      + "|então\\s+não|não\\s+vamos\\s+fazer\\s+isso|nem\\s+pensar)[\\s.!…]*$";

  /** The same in Japanese, where the reason runs on into it: "…なので無理です". */
  private static final String CLOSING_NO_JA =
      "(?:ので|から)[、,]?(?:なし|無理|やめておきます|やめましょう)(?:です|で)?[。！!]?$";

  /** A reason, then a no that closes the message, in every cue language. */
  private static final Pattern REASON_THEN_NO = Pattern.compile(
      "(?iu)\\p{L}[^?？]*?" + CLOSING_NO + "|[^?？]{2,}" + CLOSING_NO_JA);

  /** The bare no that closes a message after a reason ({@link #REASON_THEN_BARE_NO}). */
  private static final String CLOSING_BARE_NO = "[,;—–-]\\s*(?:no|nope|nein|non|não)[\\s.!…]*$";

  /**
   * The reason, then a bare no: "same manifold, no", "gleicher Verteiler, nein", "même collecteur,
   * non", "mismo colector, no", "mesmo coletor, não"; the reason may be a single word of its own.
   */
  private static final Pattern REASON_THEN_BARE_NO = Pattern.compile(
      "(?iu)\\p{L}[^?？]*?" + CLOSING_BARE_NO);

  /**
   * The closing no of {@link #REASON_THEN_NO} alone, without the reason before it: every text
   * that pattern finds something in has it, since each match ends with it. Looking for it first
   * is cheap, where the reason's lazy run is tried from every letter of a long message up to each
   * mark before the pattern fails; most messages do not end in a no at all.
   */
  private static final Pattern CLOSES_WITH_NO =
      Pattern.compile("(?iu)" + CLOSING_NO + "|" + CLOSING_NO_JA);

  /** The closing no of {@link #REASON_THEN_BARE_NO} alone, looked for first the same way. */
  private static final Pattern CLOSES_WITH_BARE_NO = Pattern.compile("(?iu)" + CLOSING_BARE_NO);

  /**
   * A no kept to the case in hand, then only why: "no, not for this. it's one day", "nein, nicht
   * dafür. das ist nur ein Tag", "non, pas pour ça. c'est un seul jour", "no, para esto no. es un
   * solo día", "não, pra isso não. é um dia só", 「いいえ、今回はしません。1日だけなので」.
   */
  private static final Pattern NO_FOR_THIS = Pattern.compile("(?iu)"
      + "^\\W*(?:no|nope)\\W+not\\s+for\\s+(?:this|that|one\\s+day)[.,;:]\\s*(?:it'?s|that'?s|it\\s+is|they'?re|we'?re)\\s[^.!?]*[.!]?$"
      + "|^\\W*nein\\W+nicht\\s+(?:dafür|deswegen|für\\s+(?:das|so\\s+was|sowas))[.,;:]\\s*(?:das\\s+|es\\s+)?(?:ist|sind|dauert)\\s[^.!?]*[.!]?$"
      + "|^\\W*non\\W+pas\\s+pour\\s+(?:ça|ca|cela)[.,;:]\\s*(?:c'est|ça\\s+fait|ça\\s+dure)\\s[^.!?]*[.!]?$"
      + "|^\\W*no\\W+(?:no\\s+para\\s+(?:esto|eso)|para\\s+(?:esto|eso)\\s+no)[.,;:]\\s*(?:es|son|dura)\\s[^.!?]*[.!]?$"
      + "|^\\W*não\\W+(?:não\\s+(?:pra|para)\\s+isso|(?:pra|para)\\s+isso\\s+não)[.,;:]\\s*(?:é|são|dura)\\s[^.!?]*[.!]?$"
      + "|^(?:いいえ|いや)[、,]?(?:今回は|これには|そこまでは)(?:しません|なし)[。、][^。]{1,20}(?:ので|から|だけ)(?:です)?[。]?$");

  /** Content words below which a message gives no reason ("no, so no"). */
  private static final int MIN_TERMS = 3;

  private ReasonedRefusals() {}

  /**
   * Whether the message answers a question or a proposal ("what if we just tape off pump 2") and
   * turns it down by its reason alone ({@link
   * #REASON_THEN_NO}: its text before the closing no says why, with words of its own), or by a no
   * kept to the case in hand and only why ({@link #NO_FOR_THIS}).
   */
  static boolean turnsDown(PreparedConversation c, int m) {
    List<Sentence> said = c.sentencesOf(m);
    int asked = c.model().respondsTo(m);
    if (said.isEmpty() || asked < 0 || said.stream().anyMatch(Sentence::isQuestion)
        || c.sentencesOf(asked).stream().noneMatch(Sentence::isQuestion)
        && c.model().act(asked) != ConversationModel.Act.PROPOSAL) {
      return false;
    }
    String text = c.plainText(m);
    int terms = said.stream().mapToInt(s -> s.terms().size()).sum();
    return terms >= MIN_TERMS && RegexPrefilter.find(CLOSES_WITH_NO, text)
            && RegexPrefilter.find(REASON_THEN_NO, text)
        || terms >= 1 && RegexPrefilter.find(CLOSES_WITH_BARE_NO, text)
            && RegexPrefilter.find(REASON_THEN_BARE_NO, text)
        || RegexPrefilter.find(NO_FOR_THIS, text);
  }
}
