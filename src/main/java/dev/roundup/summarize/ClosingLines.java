package dev.roundup.summarize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Porto then.", "Gut, also Kochkurs.", "ok, no exception then.", "👍 19-20.": a closing line that
 * restates what an options question, a "can we…?" or a proposal asked, after someone else
 * answered it. It settles that choice: it joins the decision already found about it, or is one.
 * Whoever leads the thread closes an options question by naming the option alone ("gourdes.
 * budget max 800 €"): {@link #leadPicks}.
 */
final class ClosingLines {

  /**
   * "👍 19-20.", "+1 Lisbon": a thumbs-up that opens a line naming the choice closes it in any
   * language, as "ok, 19-20" does.
   */
  private static final Pattern VOTE_OPENER =
      Pattern.compile("^\\s*(?:👍|✅|👌|🙌|\\+1)+[\\s,.:;!—–-]*(?=[\\p{L}\\p{N}])");

  private ClosingLines() {}

  static void concluded(PreparedConversation c, Sentence s, List<Detection<Point>> found,
      Set<Integer> used) {
    Cues cues = c.cues();
    java.util.regex.Matcher closing = cues.choices().conclusion().matcher(s.text());
    boolean closes = closing.find();
    boolean vote = false;
    if (!closes) {
      closing = VOTE_OPENER.matcher(s.text());
      closes = vote = closing.find();
    }
    boolean picked = false;
    if (!closes && leadPicks(c, s, found)) {
      // "goodies : tote bags ou gourdes ?" — "gourdes, personne ne garde les tote bags" —
      // "gourdes. budget max 800 €": the whole line is the choice.
      closing = NOTHING.matcher(s.text());
      closes = picked = closing.find();
    }
    if (s.terms().isEmpty() && SameSubject.numbers(s).isEmpty() || !closes
        || cues.isDeferral(s.text())
        || RegexPrefilter.find(cues.commitment(), s.text())
        // "vale, entonces o la usó en York o la clonaron": two possibilities, none closed.
        || ConcludingPlans.weighsPossibilities(cues, s.text())) {
      return;
    }
    // "Great, freeze is Tuesday noon." after "Then freeze Tuesday noon?" — "works for me": the
    // choice was just taken, and the closing line says it again.
    for (int i = found.size() - 1; i >= Math.max(0, found.size() - DecisionDetector.RECENT);
        i--) {
      Detection<Point> earlier = found.get(i);
      boolean recent = earlier.sentenceIndices().stream()
          .map(k -> c.sentences().get(k).messageIndex())
          .anyMatch(m -> c.following(m, DecisionDetector.CHOICE_WINDOW)
              .contains(s.messageIndex()));
      boolean sameSubject = earlier.sentenceIndices().stream()
          .anyMatch(k -> SameSubject.shares(c.sentences().get(k), s));
      if (recent && sameSubject) {
        used.add(s.index());
        found.set(i, StatedDecisions.merged(earlier, new Detection<>(
            new Point(earlier.value().text(), List.of(s.ts())), Set.of(s.index()),
            earlier.saidBy())));
        return;
      }
    }
    Sentence choice = choiceRestated(c, s);
    // "+1 to rotating, meh on sailboat" from anyone else is one vote; from whoever put the
    // choice, "👍 19-20" closes it.
    if (choice == null || vote && !s.user().equals(choice.user())
        || picked && (!ChoiceQuestions.isOptionsQuestion(c, choice)
            || !answeredByAThird(c, choice, s))) {
      return;
    }
    String said = closing.start() == 0 && closing.end() < s.text().length()
        ? s.text().substring(closing.end()) : s.text();
    String text = DecisionDetector.readable(cues, said);
    if (s.terms().size() <= DecisionDetector.TERSE && choice.isQuestion()) {
      text = DecisionDetector.readable(cues, choice.text()) + " " + text;
    }
    used.add(s.index());
    used.add(choice.index());
    found.add(new Detection<>(new Point(text, List.of(choice.ts(), s.ts())),
        Set.of(choice.index(), s.index()), s.index()));
  }

  /**
   * Whether someone other than the asker and the one closing answered between the options question
   * and the closing line: "annual or monthly?" answered "annual" by whoever leads is their answer
   * ({@link PlanAnswers}), not a pick closing what others said.
   */
  private static boolean answeredByAThird(PreparedConversation c, Sentence choice, Sentence s) {
    for (int i = choice.messageIndex() + 1; i < s.messageIndex(); i++) {
      String user = c.messages().get(i).user();
      if (user != null && !user.equals(choice.user()) && !user.equals(s.user())) {
        return true;
      }
    }
    return false;
  }

  /** Matches nothing of the line: the pick has no closing word to strip. */
  private static final Pattern NOTHING = Pattern.compile("^");

  /**
   * "tote bags ou gourdes ?" — "gourdes, les tote bags personne ne les garde" — "gourdes. budget
   * max 800 €"; "Lisbon or Porto?" — "Porto, cheaper flights" — "Porto. I'll book": whoever
   * leads the thread names one option, a word or two opening the line, after someone else
   * answered the options question. Said without "then", it closes the choice as "Porto then"
   * does ({@link #choiceRestated} finds the options question it answers). From anyone else it is
   * one more vote.
   */
  private static boolean leadPicks(PreparedConversation c, Sentence s,
      List<Detection<Point>> found) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    return s.user() != null && !s.isQuestion() && !own.isEmpty() && own.get(0) == s
        && s.terms().size() <= 2 && !s.smallTalk()
        // "hm. good question": no answer at all.
        && !RegexPrefilter.find(c.cues().nonAnswer(), c.plainText(s.messageIndex()))
        // "Refunding now": doing it reports, it names no option.
        && c.model().act(s.messageIndex()) != ConversationModel.Act.STATUS
        && c.model().act(s.messageIndex()) != ConversationModel.Act.COMMITMENT
        && !RegexPrefilter.find(c.cues().done(), s.text())
        && !GrantedInAnswers.reportsDoingIt(c.cues(), s.text())
        && PlanAnswers.leads(c, s.user(), s.messageIndex(), found);
  }

  /** The choice a closing line restates, if someone other than its speaker took part since. */
  private static Sentence choiceRestated(PreparedConversation c, Sentence s) {
    boolean others = false;
    for (int i : c.preceding(s.messageIndex(), DecisionDetector.CHOICE_WINDOW)) {
      Message m = c.messages().get(i);
      others = others || m.user() != null && !m.user().equals(s.user());
      if (!others) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(i);
      for (int k = said.size() - 1; k >= 0; k--) {
        Sentence t = said.get(k);
        boolean choice = ChoiceQuestions.isOptionsQuestion(c, t) || LaidOutOptions.laysOut(c, t)
            || ChoiceQuestions.isActionQuestion(c, t)
            || !t.isQuestion() && RegexPrefilter.find(c.cues().proposal(), t.text())
                && !c.cues().isDeferral(t.text());
        if (choice && SameSubject.shares(t, s)) {
          return t;
        }
      }
    }
    return null;
  }
}
