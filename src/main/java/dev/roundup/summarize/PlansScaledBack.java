package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plan its author gives up at once for another: "alors on les remplace tous" — "ça fait 12
 * appareils, le budget suit pas" — "ok, on remplace les 4 HS maintenant, le reste l'an prochain";
 * "then we replace all of them" — "that's 12 units, no budget this year" — "ok, we replace the 4
 * broken ones now". The next other voice answers the plan with something other than agreement,
 * and the author's own next message concedes it ("ok", "gut", "d'accord", "vale", "tá", "了解")
 * and says a plan about the same thing. The first plan never stood: the thread settles the second
 * one only, and the first is cited by no decision. A plan agreed to before it is changed, or
 * changed later by a reversal ({@link ReversedDecisions}, which cites both), is not one of these;
 * nor is an author's second plan about something else ("ok, and the radios we check in January").
 * Run by {@link DecisionDetector} after every rule has added what it found.
 */
final class PlansScaledBack {

  /** Messages after the objection within which the author concedes. */
  private static final int CONCEDED_WITHIN = 2;

  private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

  private PlansScaledBack() {}

  /** The decisions found, without the plans their authors gave up at once for another. */
  static List<Detection<Point>> without(PreparedConversation c, List<Detection<Point>> found) {
    Set<Integer> decidedIn = new HashSet<>();
    found.forEach(d -> decidedIn.add(c.sentences().get(d.saidBy()).messageIndex()));
    return Detection.without(found, d -> givenUp(c, d, decidedIn));
  }

  private static boolean givenUp(PreparedConversation c, Detection<Point> d,
      Set<Integer> decidedIn) {
    Sentence plan = c.sentences().get(d.saidBy());
    int a = plan.messageIndex();
    String author = c.messages().get(a).user();
    int objection = c.firstOtherVoice(a, 1);
    if (author == null || objection < 0 || c.model().respondsTo(objection) != a
        || c.model().act(objection) == Act.AGREEMENT || decidedIn.contains(objection)) {
      return false;
    }
    int b = c.firstBy(objection, author, CONCEDED_WITHIN);
    return b >= 0 && c.model().act(b) == Act.AGREEMENT && c.model().respondsTo(b) == objection
        && decidedIn.contains(b) && sameThing(c, plan, b);
  }

  /** Whether the later message says again a content word of the plan, numbers aside. */
  private static boolean sameThing(PreparedConversation c, Sentence plan, int later) {
    Set<String> words = new HashSet<>(plan.terms());
    words.removeIf(t -> NUMBER.matcher(t).matches());
    return c.sentencesOf(later).stream().anyMatch(s -> s.terms().stream().anyMatch(words::contains));
  }
}
