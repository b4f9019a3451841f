package dev.roundup.summarize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plans stated by whoever leads the thread as the conclusion of what was said ("ok, we stay on
 * the fallback overnight", "then we pause the rollout entirely until the safari bug is fixed",
 * "parfait. On fait un point toutes les deux semaines", "Dann schalten wir die Filialen auf
 * LTE-Backup um, bis die Leitung wieder steht", "vale, turnos por día. Arrancamos en junio").
 * Nobody need agree: the one leading says what happens, and it stands unless the next other voice
 * objects or puts it off. Said by anyone else, the same words are a proposal
 * ({@link AgreedProposals}); a question, a deferral, a report or a task of one's own ("I'll …")
 * is none of these.
 */
final class ConcludingPlans {

  /** Messages after the plan within which an objection takes it back. */
  private static final int OBJECTED_WITHIN = 2;
  /** Fewer content words than this say too little to be a plan ("then we go"). */
  private static final int MIN_TERMS = 2;
  /** A sentence before the plan with this many content words or fewer only leads into it. */
  private static final int TERSE = 2;

  /**
   * "then we pause the rollout", "entonces lo tratamos como incidente", "Dann schalten wir …":
   * a plan drawn as the conclusion of what was said, which anyone in the thread may draw.
   */
  private static final Pattern CONCLUSION = Pattern.compile("(?iu)^\\W*(?:(?:ok(?:ay)?|gut|vale|bueno"
      + "|beleza|bon|d'accord)\\W+)?(?:then|so|dann|also|alors|donc|entonces|então|じゃあ|では|let'?s)\\b");

  private ConcludingPlans() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    Cues cues = c.cues();
    for (Sentence s : c.sentences()) {
      // The message that opens a thread puts the plan to the others; it concludes nothing yet.
      Sentence then = spelledOutBy(c, s);
      if (s.isQuestion() || s.user() == null
          || s.terms().size() + (then == null ? 0 : then.terms().size()) < MIN_TERMS
          || c.scopeStart(s.messageIndex()) == s.messageIndex()
          || c.sentencesOf(s.messageIndex()).stream().anyMatch(t -> used.contains(t.index()))
          || !cues.concluded().matcher(s.text()).find()
          || !onlyAgreementBefore(c, s) || c.deferred(s)
          || cues.commitment().matcher(s.text()).lookingAt()
          || !PlanAnswers.leads(c, s.user(), s.messageIndex(), found)
              && !CONCLUSION.matcher(s.text()).find()
          || objected(c, s.messageIndex()) || restatedRightAfter(c, s, found)) {
        continue;
      }
      used.add(s.index());
      if (then == null) {
        found.add(Detection.of(new Point(DecisionDetector.readable(cues, s.text()),
            List.of(s.ts())), s.index()));
        continue;
      }
      used.add(then.index());
      found.add(new Detection<>(new Point(DecisionDetector.readable(cues,
          s.text() + " " + then.text()), List.of(s.ts())), Set.of(s.index(), then.index()),
          s.index()));
    }
  }

  /**
   * "ok let's prioritise it. two active keys, and the old one expires after a grace period": a
   * plan of a word or two spelled out by the sentence after it in the same message; null when
   * the plan says enough itself or nothing follows that spells it out.
   */
  private static Sentence spelledOutBy(PreparedConversation c, Sentence s) {
    if (s.terms().size() >= MIN_TERMS) {
      return null;
    }
    List<Sentence> said = c.sentencesOf(s.messageIndex());
    int at = said.indexOf(s);
    if (at < 0 || at + 1 >= said.size()) {
      return null;
    }
    Sentence next = said.get(at + 1);
    return next.isQuestion() || c.cues().commitment().matcher(next.text()).find() ? null : next;
  }

  /**
   * "Then we test against the prod-replica env instead" — "ok" — "Prod-replica it is": a decision
   * found in the next messages with two words of its own already says it; one decision per
   * choice.
   */
  private static boolean restatedRightAfter(PreparedConversation c, Sentence s,
      List<Detection<Point>> found) {
    List<Integer> next = c.following(s.messageIndex(), OBJECTED_WITHIN);
    return found.stream().map(d -> c.sentences().get(d.saidBy()))
        .anyMatch(t -> next.contains(t.messageIndex())
            && t.terms().stream().distinct().filter(s.terms()::contains).count() >= 2);
  }

  /**
   * Whether the plan opens its message or follows only small talk, a bare agreement or a word or
   * two ("parfait. On fait …", "vale, turnos por día. Arrancamos …").
   */
  private static boolean onlyAgreementBefore(PreparedConversation c, Sentence s) {
    for (Sentence t : c.sentencesOf(s.messageIndex())) {
      if (t == s) {
        return true;
      }
      // "vale, turnos por día. Arrancamos en junio": a word or two of what was settled first.
      if (t.isQuestion() || !t.smallTalk() && t.terms().size() > TERSE
          && !Agreement.isBare(c.cues(), t.text(), t.text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first other voice after the message refuses or defers, rather than taking the
   * plan on.
   */
  static boolean objected(PreparedConversation c, int m) {
    String author = c.messages().get(m).user();
    for (int i : c.following(m, OBJECTED_WITHIN)) {
      String user = c.messages().get(i).user();
      if (user != null && !user.equals(author)) {
        ConversationModel.Act act = c.model().act(i);
        // "mach ich, brauch aber jemanden vor Ort": taking it on with a "but" carries it out.
        return (act == ConversationModel.Act.REFUSAL || act == ConversationModel.Act.DEFERRAL)
            && !c.cues().commitment().matcher(c.plainText(i)).find();
      }
    }
    return false;
  }
}
