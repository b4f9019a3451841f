package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A yes to an offer, with the time it is wanted by: "<@camila> quer que eu monte um buquê teste
 * pra foto?" — "sim pfv, até as 16h"; "want me to make a test bouquet for the photo?" — "yes pls,
 * by 4pm", "soll ich …?" — "ja bitte, bis 16 Uhr", "tu veux que je …?" — "oui stp, avant 16h",
 * "¿quieres que …?" — "sí porfa, antes de las 16h", 「…作っておきましょうか？」 — 「はい、16時までにお願いします」.
 * The offer granted is the offerer's task, read by the action-item rules; nothing about how the
 * team works was settled, whichever rule read the exchange. The offer is read as the language's
 * offer words ({@link ReplyWords#offer()}) once a mention opening it is set aside. Not one of
 * these: a yes that goes on to say what holds ("yes, and from now on we photograph every test
 * bouquet"), whose message says more than the yes and its time.
 */
final class OffersGranted {

  /** A mention or a name and a comma opening the offer: "<@camila> quer que eu …?". */
  private static final Pattern OPENING_ADDRESS =
      Pattern.compile("^\\W*(?:" + Cues.MENTION + "|\\p{L}+\\s*,)\\s*");

  /** Content words a yes with its time may have ("pfv", "16h", "pls"). */
  private static final int TERSE = 3;

  private OffersGranted() {}

  /** The decisions found, without yeses to an offer. */
  static List<Detection<Point>> without(PreparedConversation c, List<Detection<Point>> found) {
    // Worded by the yes, or by the offer with the yes after it ("soll ich …? — ja bitte, bis
    // 16 Uhr").
    return Detection.without(found, d -> d.sentenceIndices().stream()
        .map(i -> c.sentences().get(i).messageIndex()).distinct().anyMatch(b -> grantsAnOffer(c, b)));
  }

  private static boolean grantsAnOffer(PreparedConversation c, int b) {
    int a = c.model().respondsTo(b);
    List<Sentence> said = c.sentencesOf(b);
    if (a < 0 || said.isEmpty()) {
      return false;
    }
    Sentence yes = said.get(0);
    ReplyWords words = ReplyWords.of(c.cues());
    if (yes.isQuestion() || yes.terms().size() > TERSE
        || !RegexPrefilter.find(words.yes(), yes.text())
        || !said.subList(1, said.size()).stream().allMatch(s -> asksMoreOrExplains(c, s))) {
      return false;
    }
    return c.sentencesOf(a).stream().anyMatch(q -> q.isQuestion() && RegexPrefilter.find(
        words.offer(), OPENING_ADDRESS.matcher(q.text()).replaceFirst("")))
        || offerPutAsQuestion(c, a, words);
  }

  /**
   * What may follow the yes in its reply: more asked of the offerer ("yes please. and could you
   * put a sign on the doors? you're in the building before us"), or why; never a decision or a
   * proposal of its own ("yes. and from now on we …", "yes, let's also …").
   */
  private static boolean asksMoreOrExplains(PreparedConversation c, Sentence s) {
    if (RegexPrefilter.find(c.cues().decision(), s.text())
        || RegexPrefilter.find(c.cues().proposal(), s.text())) {
      return false;
    }
    return !s.isQuestion() || YOU_ASKED.matcher(s.text()).find();
  }

  /** Content words a question about the offer itself may have ("draft by tomorrow noon?"). */
  private static final int ABOUT_THE_OFFER = 3;

  /** A question put to the one answered: "could you put a sign on the doors?". */
  private static final Pattern YOU_ASKED = Pattern.compile("(?iu)\\b(?:" + Cues.YOU + ")\\b");

  /**
   * An offer said as a plan of one's own and put to the others by a short question after it
   * about that offer: "i'll put out a post explaining the priority order. draft by tomorrow
   * noon?", "ich schreib den Aushang. passt das?". Not when the question asks what the group does
   * ("i'll restart it. should we drain the queue too?") or puts a rule or a decision of its own
   * ("i'll write up the incident. are we agreed prod deploys need two approvals?"), whose yes
   * settles that.
   */
  private static boolean offerPutAsQuestion(PreparedConversation c, int a, ReplyWords words) {
    List<Sentence> said = c.sentencesOf(a);
    if (said.size() < 2) {
      return false;
    }
    Sentence last = said.get(said.size() - 1);
    if (!last.isQuestion() || last.terms().size() > ABOUT_THE_OFFER
        || ChoiceQuestions.isActionQuestion(c, last) || ChoiceQuestions.isChoiceQuestion(c, last)
        || RegexPrefilter.find(c.cues().decision(), last.text())
        || RegexPrefilter.find(c.cues().proposal(), last.text())
        || ConcludingPlans.laysDownRule(c.cues(), last.text())) {
      return false;
    }
    return said.subList(0, said.size() - 1).stream()
        .anyMatch(s -> !s.isQuestion() && RegexPrefilter.find(words.self(), s.text()));
  }
}
