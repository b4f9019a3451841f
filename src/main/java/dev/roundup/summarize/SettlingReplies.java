package dev.roundup.summarize;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Agreed!" or "Ship it" on its own: a settling reply makes the proposal it answers the decision,
 * citing both. A go-ahead to someone's offer ("I can draft the announcement" — "go for it") or
 * to a status report ("pr's up, need a reviewer" — "approved") settles nothing.
 */
final class SettlingReplies {

  /** "<@george> ^ …", "^ <@ana>", "<@ana> 👆": a message that points someone at an earlier one. */
  private static final Pattern POINTER =
      Pattern.compile("^\\W*(?:" + Cues.MENTION + "\\s*)+(?:\\^|👆|☝)|^\\s*(?:\\^|👆|☝)+\\s*<@");

  private SettlingReplies() {}

  static void add(PreparedConversation c, Sentence s, List<Detection<Point>> found,
      Set<Integer> used) {
    if (AgreedProposals.goesOnAsStory(c, s.messageIndex())) {
      return; // "賛成です。先週誰かが…": a reaction told as a story settles nothing
    }
    proposalBefore(c, s, used).filter(p -> used.add(p.index()))
        .ifPresent(p -> {
          used.add(s.index());
          String text = DecisionDetector.readable(c.cues(), p.text());
          found.add(new Detection<>(new Point(p.isQuestion()
              ? AgreedProposals.withoutQuestionMarks(text).replace("¿", "").strip() : text,
              List.of(p.ts(), s.ts())), Set.of(p.index(), s.index())));
        });
  }

  /**
   * "can we push the rest of bay 34 into STS 3's sequence? adds maybe 60 moves but keeps us
   * moving" — "do it"; "expedited review? apple usually grants it for crash fixes" — "yes, do
   * that": the go-ahead settles the step asked, not the reason given after it. The step is the
   * nearest question before the reason that asks what to do ({@link
   * ChoiceQuestions#isActionQuestion}), or in English a few words naming it ("expedited review?",
   * "rollback?"; not "still filling up?", "seriously?"), put to no one in particular. Not when a
   * plan of the writer's own is said after it ("should we tell the customer? i'd hold the release
   * until monday. the fix needs QA anyway" — "do it" holds the release: that plan is the step),
   * nor a question to "you" ("you seeing the same on
   * db-3?", "pete can you approve the £1.4k?"). Without a question before the reason, the step
   * proposed before it ({@link #proposedBefore}); empty when there is none either: the message's
   * last statement is then what the go-ahead settles.
   */
  private static Optional<Sentence> stepAsked(PreparedConversation c, List<Sentence> sentences,
      Sentence after, Set<Integer> used) {
    Cues cues = c.cues();
    int end = sentences.indexOf(after);
    int asked = end - 1;
    while (asked >= 0 && !sentences.get(asked).isQuestion()) {
      asked--;
    }
    if (asked < 0) {
      return proposedBefore(c, sentences, after, used);
    }
    for (Sentence plan : sentences.subList(asked + 1, end + 1)) {
      if (putsAPlan(cues, plan)) {
        return Optional.of(plan);
      }
    }
    return Optional.of(sentences.get(asked)).filter(q -> asksAStep(c, q));
  }

  /**
   * "we could fail over to the backup line via their CH2 gateway. more hops but should be ~5ms
   * not 2s" — "do it": with no question asked, the go-ahead settles the step proposed, not what
   * is said after it about the step. In English: other languages' proposal cues also read much that
   * only describes. Empty when the last statement proposes or states a plan itself ("let's go with
   * Elif's policy. … Everything else goes live Jan 1." — "ok, deal"), or no statement before it
   * proposes, or one that does is cited by a decision already.
   */
  private static Optional<Sentence> proposedBefore(PreparedConversation c, List<Sentence> sentences,
      Sentence after, Set<Integer> used) {
    Cues cues = c.cues();
    if (!cues.isEnglish() || proposes(cues, after) || cues.putsAsPlan(after.text())) {
      return Optional.empty();
    }
    for (int k = sentences.indexOf(after) - 1; k >= 0; k--) {
      Sentence s = sentences.get(k);
      if (proposes(cues, s) && !used.contains(s.index()) && !cues.isDeferral(s.text())
          && !RegexPrefilter.find(cues.commitment(), s.text()) && !s.smallTalk()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** "let's …", "i'd …", "we could …": a sentence that puts a step forward. */
  private static boolean proposes(Cues cues, Sentence s) {
    return putsAPlan(cues, s) || AcceptedReplies.floatsAnOption(s.text());
  }

  /** A proposal, or a plan of the writer's own ({@link #OWN_PLAN}). */
  private static boolean putsAPlan(Cues cues, Sentence s) {
    return RegexPrefilter.find(cues.proposal(), s.text())
        || RegexPrefilter.find(OWN_PLAN, s.text());
  }

  /** Whether a question puts a step to the group: what to do, or the step named in a few words. */
  private static boolean asksAStep(PreparedConversation c, Sentence q) {
    Cues cues = c.cues();
    if (q.smallTalk() || q.terms().isEmpty() || q.text().indexOf('<') >= 0
        || RegexPrefilter.find(TO_YOU, q.text()) || ChoiceQuestions.onlyCallsForObjections(c, q)
        || cues.isDeferral(q.text())) {
      return false;
    }
    return ChoiceQuestions.isActionQuestion(c, q)
        || cues.isEnglish() && Terms.words(q.text()).size() <= STEP_WORDS
            && !RegexPrefilter.find(NO_STEP, q.text())
            && !RegexPrefilter.find(ChoiceQuestions.OPEN_QUESTION, q.text())
            && !RegexPrefilter.find(cues.choices().factual(), q.text());
  }

  /** A few words asking how things are, not naming a step: "still filling up?", "seriously?". */
  private static final Pattern NO_STEP = Pattern.compile("(?i)\\b(?:still|again|seriously|really"
      + "|already|also|too|same|here|there|ok(?:ay)?|right|sure|\\w+ing|\\w+ed)\\b");

  /** Words a step asked without a verb has at most: "expedited review?", "roll back now?". */
  private static final int STEP_WORDS = 3;

  /** A plan of the writer's own said after the question: "i'd hold the release until monday". */
  private static final Pattern OWN_PLAN = Pattern.compile(
      "(?iu)^\\W*(?:i'?d|i\\s+would|we\\s+should|let'?s|ich\\s+würde|je\\s+(?:ferais|propose)"
      + "|yo\\s+(?:haría|propongo)|eu\\s+(?:faria|proponho))\\b");

  /** A question put to "you", in the cue languages: someone asked, not a step put to all. */
  private static final Pattern TO_YOU = Pattern.compile("(?iu)\\b(?:" + Cues.YOU
      + "|u|ihr|euch|ustedes|vosotros|vocês)(?!\\p{L})|あなた");

  private static Optional<Sentence> proposalBefore(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    for (int i : c.preceding(s.messageIndex(), DecisionDetector.AGREEMENT_WINDOW)) {
      Message earlier = c.messages().get(i);
      if (earlier.user() != null && earlier.user().equals(s.user())) {
        continue;
      }
      // "<@george> ^ you're the data owner": the approval asked of someone answers a request
      // made before the pointer, a task someone took, not a choice put to the group.
      if (RegexPrefilter.find(POINTER, earlier.text())) {
        return Optional.empty();
      }
      // "pr's up, need a reviewer" — "approved": a review passed, not a choice settled.
      if (c.model().act(i) == ConversationModel.Act.STATUS) {
        return Optional.empty();
      }
      List<Sentence> sentences = c.sentencesOf(i);
      boolean putOff = false;
      for (int k = sentences.size() - 1; k >= 0; k--) {
        Sentence candidate = sentences.get(k);
        // "Justo" — … — "aprovado": an agreement proposes nothing; what it agreed to might be
        // settled, but never the agreement itself. Nor is "shout if you disagree" (「異論あれば
        // どうぞ」) after the plan what was agreed to.
        if (candidate.smallTalk() || candidate.isQuestion() || candidate.terms().isEmpty()
            || Agreement.isBare(c.cues(), candidate.text(), candidate.text())
            || ChoiceQuestions.onlyCallsForObjections(c, candidate)) {
          continue;
        }
        // "I can draft the announcement" — "go for it": the go-ahead answers the offer, a task
        // someone took, not a decision; nothing said before the offer is what it settles.
        if (RegexPrefilter.find(c.cues().commitment(), candidate.text())) {
          return Optional.empty();
        }
        if (!c.cues().isDeferral(candidate.text())) {
          return Optional.of(stepAsked(c, sentences, candidate, used).orElse(candidate));
        }
        putOff = true;
      }
      // "we should switch to X?" — "yes in principle, but not mid-quarter. take it to Q3 planning"
      // — "ok": the reply agrees to putting it off; what came before that message is not what it
      // settles.
      if (putOff) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
