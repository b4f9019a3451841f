package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What holds at the end when a decision is taken and later reversed in the same conversation:
 * "let's adopt cert-manager for the internal certs" … "ok let's not adopt cert-manager, we keep the
 * cron job"; "Entscheidung: wir führen cert-manager ein" … "Entscheidung: wir führen cert-manager
 * doch nicht ein, der Cronjob bleibt"; "on passe à cert-manager" … "finalement on ne passe pas à
 * cert-manager"; "vamos con cert-manager" … "al final no vamos con cert-manager"; "vamos adotar o
 * cert-manager" … "não vamos adotar o cert-manager"; "cert-managerを導入します" … "cert-managerは導入
 * しません". A later decision that negates an earlier one, or puts something in its place ("…
 * instead", "stattdessen", "à la place", "en su lugar", "em vez disso", "代わりに", "Change of
 * plan: …", "… is off"), anywhere in its message, on the same object — most of the earlier one's
 * content words, numbers aside, said again — replaces it: the summary shows the
 * later wording only, citing the messages of both, and never the first as current.
 *
 * <p>Not a reversal: two decisions on different objects ("we adopt cert-manager" … "we do not
 * page on-call for expiring certs"), both kept; nor a later decision that says the same again
 * with the same polarity ({@link RestatedDecisions}).
 */
final class ReversedDecisions {

  /** A negation or a replacement, in the words of every cue language. */
  private static final Pattern REVERSES = Pattern.compile(
      "(?iu)\\b(?:not|no|never|don't|won't|isn't|aren't|instead|off|change\\s+of\\s+plans?"
      + "|revised|updated|amended"
      + "|planänderung|changement\\s+de\\s+plans?|cambio\\s+de\\s+planes?|mudança\\s+de\\s+planos?"
      + "|nicht|kein\\p{L}*|nie"
      + "|stattdessen|pas|plus|jamais|non|nunca|ya\\s+no|não|em\\s+vez\\s+disso"
      + "|en\\s+su\\s+lugar)(?!\\p{L})|n't\\b|\\bà\\s+la\\s+place\\b"
      + "|しない|しません|しないこと|やめ|中止|見送|代わりに|予定変更|計画変更");

  private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

  /** The share of the earlier decision's content words the later one must say again. */
  private static final double SAME_OBJECT = 0.5;

  private ReversedDecisions() {}

  /** The decisions found, each reversed one replaced by the later one that reverses it. */
  static List<Detection<Point>> whatHolds(PreparedConversation c, List<Detection<Point>> found) {
    List<Detection<Point>> kept = new ArrayList<>(found);
    // One pass: a decision that replaces another takes its place at once and is asked again
    // (it may replace more than one); the list is not searched again from the start after each
    // replacement, which in a long channel made the pass quadratic many times over.
    for (int later = 0; later < kept.size(); later++) {
      // Few decisions say a reversal: only theirs are weighed against every other one. A decision
      // that takes another's place keeps its own sentence, so the answer holds for it too.
      if (!saysReversal(c, kept.get(later))) {
        continue;
      }
      for (int earlier = 0; earlier < kept.size(); earlier++) {
        Detection<Point> l = kept.get(later);
        Detection<Point> e = kept.get(earlier);
        if (earlier == later || !before(c, e, l) || !reverses(c, l, e)) {
          continue;
        }
        kept.set(later, citingBoth(l, e));
        kept.remove(earlier);
        if (earlier < later) {
          later--;
        }
        earlier = -1;
      }
    }
    return kept;
  }

  /** Whether the first decision was said in an earlier message than the second. */
  private static boolean before(PreparedConversation c, Detection<Point> first,
      Detection<Point> second) {
    return c.sentences().get(first.saidBy()).messageIndex()
        < c.sentences().get(second.saidBy()).messageIndex();
  }

  /**
   * Whether the later decision negates or replaces the earlier one: it says the negation or the
   * replacement the earlier one does not, about the same object.
   */
  static boolean reverses(PreparedConversation c, Detection<Point> later,
      Detection<Point> earlier) {
    // Each is worked out once per message or sentence: a long channel has hundreds of decisions,
    // and every pair is asked.
    int laterMessage = c.sentences().get(later.saidBy()).messageIndex();
    if (!saysReversal(c, later)
        || c.<Boolean>once("reversing sentence " + earlier.saidBy(),
            () -> RegexPrefilter.find(REVERSES, c.sentences().get(earlier.saidBy()).text()))) {
      return false;
    }
    // The object is in words; numbers (a date, an amount) are what a reversal may change.
    Set<String> before = c.once("object of " + earlier.saidBy(), () -> {
      Set<String> words = new HashSet<>(c.sentences().get(earlier.saidBy()).terms());
      words.removeIf(t -> NUMBER.matcher(t).matches());
      return words;
    });
    Set<String> after = c.once("terms of message " + laterMessage, () -> {
      Set<String> words = new HashSet<>();
      c.sentencesOf(laterMessage).forEach(t -> words.addAll(t.terms()));
      return words;
    });
    if (before.size() < 2) {
      return false;
    }
    long shared = before.stream().filter(after::contains).count();
    return shared >= 2 && shared >= SAME_OBJECT * before.size();
  }

  /**
   * Whether the decision's whole message says a reversal ({@link #REVERSES}): "Change of plan: we
   * keep the offsite in Berlin, same dates. Lisbon is off." says it in a sentence of its own.
   */
  private static boolean saysReversal(PreparedConversation c, Detection<Point> decision) {
    return negatesOrReplaces(c, c.sentences().get(decision.saidBy()).messageIndex());
  }

  /**
   * Whether a sentence of the message says a negation or a replacement ({@link #REVERSES}), in the
   * words of any cue language: "no", "not 2k", "instead", "stattdessen", "pas", "しません".
   */
  static boolean negatesOrReplaces(PreparedConversation c, int message) {
    return c.once("reversing message " + message, () -> c.sentencesOf(message).stream()
        .anyMatch(t -> RegexPrefilter.find(REVERSES, t.text())));
  }

  /** The later decision, citing its own messages first and then the earlier one's. */
  private static Detection<Point> citingBoth(Detection<Point> later, Detection<Point> earlier) {
    List<String> sources = new ArrayList<>(later.value().sources());
    earlier.value().sources().stream().filter(ts -> !sources.contains(ts)).forEach(sources::add);
    Set<Integer> sentences = new HashSet<>(later.sentenceIndices());
    sentences.addAll(earlier.sentenceIndices());
    return new Detection<>(new Point(later.value().text(), sources), sentences, later.saidBy());
  }
}
