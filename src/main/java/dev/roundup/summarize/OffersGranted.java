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
    if (a < 0 || said.isEmpty() || said.size() > 1 || said.get(0).isQuestion()
        || said.get(0).terms().size() > TERSE) {
      return false;
    }
    ReplyWords words = ReplyWords.of(c.cues());
    if (!RegexPrefilter.find(words.yes(), said.get(0).text())) {
      return false;
    }
    return c.sentencesOf(a).stream().anyMatch(q -> q.isQuestion() && RegexPrefilter.find(
        words.offer(), OPENING_ADDRESS.matcher(q.text()).replaceFirst("")));
  }
}
