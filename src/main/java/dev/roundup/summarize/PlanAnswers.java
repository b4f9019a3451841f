package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decisions stated plainly as the answer to a question about how the plan goes on: "when do we
 * resume the rollout?" — "once 5.13 is out. not before"; "what about the docs cleanup?" — "out.
 * that's docs debt"; "時間は？午前と午後どっち？" — "午前10時で". No decision word is said: the
 * answer is the decision when whoever leads the thread gives it, or when the asker accepts it
 * ({@link AcceptedReplies}). An answer that hedges, defers, redirects, takes the work on, asks
 * back or reports where things stand decides nothing.
 */
final class PlanAnswers {

  /**
   * "dinner venue?" — "I booked Taberna do Largo already": what the one answering already did is
   * a report of where things stand, not a plan settled in the answer; and so is the check asked
   * for, said done with the subject left out as chat does ("RCD tripped? ask them to check" —
   * "already did, all breakers on", "schon gemacht, alles an", "déjà fait, tout est enclenché",
   * "ya lo hicimos, todo arriba", "já fiz, tudo ligado", "もう確認しました、全部オンです"), while
   * "already on it" takes the work on and "we already agreed: Friday" says what holds.
   */
  private static final Pattern ALREADY =
      Pattern.compile("(?iu)^\\W*(?:I|ich|je|j'ai|yo|eu)\\b.*\\b(?:already|schon|bereits|déjà|ya|já)\\b"
          + "|^\\W*(?:already\\s+(?:did|done|tried|checked|have|had)|(?:schon|bereits)\\s+(?:gemacht"
          + "|erledigt|probiert|versucht|geprüft|nachgeschaut)|déjà\\s+(?:fait|essayé|vérifié|testé)"
          + "|ya\\s+(?:lo\\s+|la\\s+)?(?:hice|hicimos|hecho|probamos|probé|revisamos|revisé)"
          + "|já\\s+(?:fiz|fizemos|feito|tentei|tentamos|testei|testamos|verifiquei|verificamos))(?!\\p{L})"
          + "|^\\W*(?:もう|既に|すでに)(?:やった|やりました|確認(?:した|しました|済み)|試した|試しました)");

  /**
   * "pump filter? those clog in food plants" — "omg. filter is grey": an answer that opens with a
   * cry of surprise reports what the one answering just found, a finding and no plan ("wow",
   * "oh no", "krass", "oh là là", "mince", "vaya", "nossa", "うわ", "本当だ").
   */
  private static final Pattern FOUND = Pattern.compile("(?iu)^[\\W_]*(?:omg|wow|whoa|woah|yikes"
      + "|uh[\\s-]?oh|oh\\s+(?:no|wow|man|god|dear)|bingo|krass|boah|oha|oh\\s+mann|ach\\s+du"
      + "|oh\\s+là(?:\\s+là)?|oh\\s+la\\s+la|mince|zut|vaya|ostras|madre\\s+mía|caramba|nossa"
      + "|eita|caraca)(?![\\p{L}])|^[\\W_]*(?:うわ|げっ|マジか|本当だ|ほんとだ)");

  /**
   * "RFC 9457 problem details?" — "that's my preference too": where the one answering stands, a
   * preference voiced while the others still weigh in, not a plan settled in the answer. So is a
   * reply that opens by saying it is the speaker's view ("pour moi c'est LE point bloquant", "for
   * me it's the deal-breaker", "meiner Meinung nach …").
   */
  private static final Pattern PREFERENCE = Pattern.compile("(?iu)^\\W*(?:for\\s+me|imo|imho"
      + "|in\\s+my\\s+(?:view|opinion)|personally|pour\\s+moi|à\\s+mon\\s+avis|für\\s+mich"
      + "|meiner\\s+meinung\\s+nach|para\\s+m[ií]|en\\s+mi\\s+opini[oó]n|pra\\s+mim"
      + "|na\\s+minha\\s+opini[aã]o)(?![\\p{L}])|^\\W*(?:私としては|個人的には)"
      + "|\\b(?:my|our)\\s+(?:preference"
      + "|favou?rite|pick)\\b|\\bI\\s+(?:would\\s+|'d\\s+)?(?:prefer|lean\\s+towards?)\\b"
      + "|\\b(?:meine|unsere)\\s+(?:Präferenz|Favoriten?)\\b|\\bich\\s+(?:würde\\s+)?(?:bevorzuge|lieber)\\b"
      + "|\\b(?:ma|notre)\\s+pr[ée]f[ée]rence\\b|\\bje\\s+pr[ée]f[éeè]r"
      + "|\\b(?:mi|nuestra)\\s+preferencia\\b|\\b(?:yo\\s+)?prefer(?:iría|iriamos|imos)\\b|\\bprefiero\\b"
      + "|\\b(?:minha|nossa)\\s+preferência\\b|\\bprefiro\\b|\\bpreferiria\\b"
      + "|(?:私|僕|自分)は.*(?:がいい|が好み|派)|好みです");

  /**
   * "do we keep a weekday emergency window?" — "On verra au besoin, pour l'instant non": a no
   * that holds for now answers the question, however it hedges about later ("not for now",
   * "vorerst nicht", "por ahora no", "por enquanto não"). "not now, let's talk next week" puts the
   * question off: the no must end the reply or open it.
   */
  private static final Pattern NO_FOR_NOW = Pattern.compile("(?iu)"
      + "^\\W*(?:no|non|nein|não|nope)\\W+(?:for\\s+now|pour\\s+l'instant|pour\\s+le\\s+moment"
      + "|vorerst|fürs\\s+Erste|por\\s+ahora|de\\s+momento|por\\s+enquanto|por\\s+ora)\\W*$"
      + "|\\bnot\\s+for\\s+now\\W*$|\\bvorerst\\s+nicht\\W*$|^\\W*(?:今は|今のところ|当面は?)"
      + "(?:なし|なしで|やらない|しない)");

  /**
   * "Hm, hadn't thought about it", "daran hab ich nicht gedacht", "j'y avais pas pensé", "no lo
   * había pensado", "não tinha pensado nisso", "考えていなかった": the one answering meets the question
   * for the first time, and settles nothing.
   */
  private static final Pattern NOT_THOUGHT_OF = Pattern.compile("(?iu)\\b(?:hadn'?t|haven'?t"
      + "|didn'?t|never)\\s+(?:really\\s+)?thought\\s+(?:about|of)\\s+(?:it|that|this)\\b"
      + "|\\b(?:dar[aü]n|dran|darüber)\\s+(?:hab(?:e)?|hatte)\\s+ich\\s+(?:noch\\s+)?(?:nicht|nie)"
      + "\\s+(?:nach)?gedacht|\\bhab(?:e)?\\s+ich\\s+(?:noch\\s+)?nicht\\s+(?:dran|daran)\\s+gedacht"
      + "|\\by\\s+(?:avais|ai)\\s+(?:pas|jamais)\\s+pensé|\\bno\\s+lo\\s+(?:había|he)\\s+pensado"
      + "|\\bno\\s+había\\s+pensado\\s+en\\s+eso|\\bnão\\s+tinha\\s+pensado\\s+nisso|\\bnem\\s+pensei"
      + "\\s+nisso|考えていなかった|考えてなかった|考えていませんでした");

  /** The words for no that close a reply after "for now" ({@link #FOR_NOW_THEN_NO}). */
  private static final List<String> CLOSING_NO =
      List.of("no", "non", "nein", "nicht", "não", "nope");

  /**
   * The other no for now beside {@link #NO_FOR_NOW}: "for now", then a no that ends the reply
   * ("pour l'instant non", "por ahora no"). Kept apart to be tried only on a reply that ends in
   * such a no ({@link #endsWithNo}): the prefilter can only look for words as common as "for"
   * and "de" first, so it ran through most replies.
   */
  private static final Pattern FOR_NOW_THEN_NO = Pattern.compile("(?iu)(?:\\bfor\\s+now|\\bpour"
      + "\\s+l'instant|\\bpour\\s+le\\s+moment|\\bvorerst|\\bfürs\\s+Erste|\\bpor\\s+ahora"
      + "|\\bde\\s+momento|\\bpor\\s+enquanto|\\bpor\\s+ora)\\W+(?:"
      + String.join("|", CLOSING_NO) + ")\\W*$");

  private PlanAnswers() {}

  /**
   * Whether the text ends with one of {@link #CLOSING_NO} (in any case) and then only characters
   * {@code \W} stands for: true of every reply {@link #FOR_NOW_THEN_NO} finds something in, since
   * each such no ends with a letter {@code \W} does not take.
   */
  private static boolean endsWithNo(String text) {
    int end = text.length();
    while (end > 0 && !isWordChar(text.charAt(end - 1))) {
      end--;
    }
    for (String no : CLOSING_NO) {
      if (end >= no.length() && text.regionMatches(true, end - no.length(), no, 0, no.length())) {
        return true;
      }
    }
    return false;
  }

  /** A character of {@code \w} (without Unicode classes): [a-zA-Z_0-9]. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /**
   * Whether the reply says no for now ({@link #NO_FOR_NOW}, {@link #FOR_NOW_THEN_NO}), which
   * answers however it hedges.
   */
  static boolean noForNow(String plain) {
    return endsWithNo(plain) && RegexPrefilter.find(FOR_NOW_THEN_NO, plain)
        || RegexPrefilter.find(NO_FOR_NOW, plain);
  }

  /**
   * Whether message {@code b} plainly answers a question about how the plan goes on asked in
   * message {@code a}.
   */
  static boolean answersPlanQuestion(PreparedConversation c, int a, int b) {
    Act act = c.model().act(b);
    if (noForNow(c.plainText(b)) && !c.sentencesOf(b).isEmpty()
        && !c.sentencesOf(b).get(0).isQuestion()) {
      return firstReply(c, a, b) && c.sentencesOf(a).stream().anyMatch(q ->
          ChoiceQuestions.isPlanQuestion(c, q) || ChoiceQuestions.isActionQuestion(c, q)
              || q.isQuestion() && RegexPrefilter.find(c.cues().yesNoQuestion(), q.text()));
    }
    boolean says = act == Act.STATEMENT || act == Act.PROPOSAL || act == Act.COMMITMENT
        || (act == Act.AGREEMENT || act == Act.REFUSAL && plainNo(c, b))
            && !Agreement.isBare(c.cues(), c.messages().get(b).text(), c.plainText(b));
    if (!says || c.sentencesOf(a).stream().noneMatch(q -> ChoiceQuestions.isPlanQuestion(c, q))) {
      return false;
    }
    if (!firstReply(c, a, b) || putOffBefore(c, a, b)) {
      return false;
    }
    List<Sentence> answer = wording(c, b);
    if (answer.isEmpty()) {
      return false;
    }
    Cues cues = c.cues();
    String plain = c.plainText(b);
    // "no idea, needs legal", "TBD, depends on the platform license", "probably, but that's a v3
    // discussion", "I'll check with product": the question is still open, or someone took it.
    // "Translations arrived this morning, they're merged": where things stand, not what to do.
    // "hm. good question": the non-answer after a word of hesitation. "omg. filter is grey":
    // what was just found.
    return answer.stream().noneMatch(s -> RegexPrefilter.find(cues.commitment(), s.text())
        || RegexPrefilter.find(cues.guess(), s.text()) || RegexPrefilter.find(cues.done(), s.text())
        || RegexPrefilter.find(cues.nonAnswer(), s.text()))
        && !RegexPrefilter.find(cues.nonAnswer(), plain) && !RegexPrefilter.find(cues.redirect(), plain)
        && !cues.isDeferral(plain) && !RegexPrefilter.find(cues.unsure(), plain)
        && !RegexPrefilter.find(ALREADY, plain) && !RegexPrefilter.find(PREFERENCE, plain)
        && !RegexPrefilter.find(FOUND, plain)
        && !RegexPrefilter.find(NOT_THOUGHT_OF, plain);
  }

  /** Whether a reply voices a preference ("that's my preference too", "je préfère …"). */
  static boolean prefers(String plain) {
    return RegexPrefilter.find(PREFERENCE, plain);
  }

  /**
   * "do we pay for the recovery or do they?" — another voice: "that's for procurement, not
   * today" — then "mechanic says it's ~2h per bus. we'll start with the 3 stalled ones"; "payons-
   * nous le dépannage ?" — "c'est pour les achats, pas aujourd'hui" — "le garagiste dit 2h par
   * bus": once someone else has put the question off, a later reply read as answering it goes on
   * with the work and settles nothing, whether read as a plain answer or as the lead settling the
   * choice ({@link AcceptedReplies}). A reply that comes before any putting off still answers
   * ("do we pay for the recovery?" — "no, the supplier pays").
   */
  static boolean putOffBefore(PreparedConversation c, int a, int b) {
    String answerer = c.messages().get(b).user();
    for (int i = a + 1; i < b; i++) {
      String user = c.messages().get(i).user();
      if (user != null && !user.equals(answerer) && c.model().respondsTo(i) == a
          && c.model().act(i) == Act.DEFERRAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * "do we freeze features?" — "I'll check with product, dunno yet" — "reminder votes close
   * friday": only the answerer's first reply to the question answers it.
   */
  private static boolean firstReply(PreparedConversation c, int a, int b) {
    String answerer = c.messages().get(b).user();
    for (int i = a + 1; i < b; i++) {
      if (answerer != null && answerer.equals(c.messages().get(i).user())
          && c.scopeStart(i) == c.scopeStart(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "do beta customers get a discount?" — "no discounts for betas"; "who approves entry?" — "the
   * feature's PM approves. sales can nominate but not promise": a reply read as a refusal that
   * says what the rule is, by a plain no or with the "but" only after its first sentence,
   * answers as plainly as a yes. "We have to keep invoices, so we anonymise the user but keep
   * the invoices" weighs one thing against another.
   */
  private static boolean plainNo(PreparedConversation c, int b) {
    List<Sentence> said = c.sentencesOf(b);
    if (said.isEmpty()) {
      return false;
    }
    String first = said.get(0).text();
    return RegexPrefilter.find(ReplyWords.of(c.cues()).no(), first)
        || !RegexPrefilter.find(c.cues().dissent(), first);
  }

  /**
   * The sentences that say the answer: the first, or the first two when the first is a word or
   * two ("out. that's docs debt not tech debt"); empty when the reply opens with a question.
   */
  static List<Sentence> wording(PreparedConversation c, int b) {
    List<Sentence> said = c.sentencesOf(b);
    if (said.isEmpty() || said.get(0).isQuestion() || said.get(0).smallTalk()) {
      return List.of();
    }
    Sentence first = said.get(0);
    boolean terse = first.terms().size() < 2 && SameSubject.numbers(first).isEmpty();
    if (terse && said.size() > 1 && !said.get(1).isQuestion()
        && !RegexPrefilter.find(c.cues().commitment(), said.get(1).text())) {
      return said.subList(0, 2);
    }
    return terse && first.terms().isEmpty() ? List.of() : List.of(first);
  }

  /**
   * Whether someone leads the thread message {@code b} is in: they started it, or a decision
   * found before {@code b} in it is theirs ("じゃあ水曜リリースで決定" makes Mai the one whose answer
   * to "時間は？" settles it), or they opened the conversation the thread is a side thread of: the
   * organiser who opened the channel's discussion answers "are we doing the owl display again?"
   * — "Not this year, their insurance went up" for everyone; or they hand out work in the thread
   * that is taken on ("<@ife> can you get that in today" — "yep"): the manager who steps into a
   * reported problem answers "and the 11? guest pass?" — "everyone who got turned away gets a
   * guest pass" for the team ({@link PlansWithWorkHandedOut#handsOutWork}).
   */
  static boolean leads(PreparedConversation c, String user, int b,
      List<Detection<Point>> found) {
    int scope = c.scopeStart(b);
    if (user.equals(c.messages().get(scope).user()) || user.equals(c.messages().get(0).user())) {
      return true;
    }
    for (Detection<Point> d : found) {
      Sentence said = c.sentences().get(d.saidBy());
      int m = said.messageIndex();
      if (m < b && c.scopeStart(m) == scope && user.equals(said.user())) {
        return true;
      }
    }
    return PlansWithWorkHandedOut.handsOutWork(c, user, scope);
  }
}
