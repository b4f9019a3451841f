package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request to nobody in particular ("can someone book the big room?", "please …"): owned by
 * whoever takes it in the next reply ("on it", "will do"), else by nobody; and no item at all
 * when the next reply simply does what was asked (gives the workaround, shares the link). A
 * reminder ("make sure the credit goes in as a note", "denk dran …") is an item only once the
 * next reply takes it.
 */
final class OpenRequests {

  private static final int TAKE_WINDOW = 2;

  private OpenRequests() {}

  static Optional<ActionCandidate> plainRequest(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    boolean asked = RegexPrefilter.find(cues.request(), s.text());
    boolean reminded = !asked && RegexPrefilter.find(cues.reminder(), s.text());
    if (!asked && !reminded || s.terms().size() < 2) {
      return Optional.empty();
    }
    int first = c.firstOtherVoice(s.messageIndex(), TAKE_WINDOW);
    Optional<Integer> reply = first < 0 ? Optional.empty() : Optional.of(first);
    Optional<Integer> taken = reply.filter(i -> takesIt(c, i));
    String owner = taken.map(i -> c.messages().get(i).user()).orElse(null);
    if (owner == null && (reminded || reply.filter(i -> doesIt(c, i)).isPresent())) {
      // Asked and answered on the spot: nothing left to do. A reminder nobody took ("make
      // sure we don't break prod") is advice.
      return Optional.empty();
    }
    ActionCandidate request =
        ActionCandidate.of(owner, TaskWording.phrase(c, s.text()), s, Kind.REQUEST);
    // "on it": the reply that made it someone's is cited with the request.
    taken.ifPresent(i -> {
      c.sentencesOf(i).forEach(t -> request.sentences.add(t.index()));
      ActionItem item = request.item;
      List<String> sources = new ArrayList<>(item.sources());
      sources.add(c.messages().get(i).ts());
      request.item = new ActionItem(item.owner(), item.text(), item.due(), sources);
    });
    return Optional.of(request);
  }

  /** A short reply that takes the request: "on it", "will do". */
  private static boolean takesIt(PreparedConversation c, int reply) {
    String plain = c.plainText(reply);
    return RegexPrefilter.find(c.cues().takingIt(), plain) && Terms.content(plain).size() <= 3;
  }

  /**
   * A reply that does what was asked (gives the workaround, shares the link): a statement with
   * substance that neither takes the request on nor dodges it.
   */
  private static boolean doesIt(PreparedConversation c, int reply) {
    List<Sentence> said = c.sentencesOf(reply);
    if (said.isEmpty() || said.get(0).isQuestion()) {
      return false;
    }
    String plain = c.plainText(reply);
    Cues cues = c.cues();
    int terms = said.stream().mapToInt(t -> t.terms().size()).sum();
    return terms >= 3 && !RegexPrefilter.find(cues.commitment(), plain)
        && !RegexPrefilter.find(cues.nonAnswer(), plain) && !cues.isDeferral(plain);
  }
}
