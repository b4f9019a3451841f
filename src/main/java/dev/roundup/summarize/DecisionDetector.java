package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds decisions: sentences with an explicit decision cue ("we decided", "decision:", "let's go
 * with", "ship it", "approved"), and proposals ("we'll …", "let's …", "we should …") that someone
 * else then agrees to. A bare "agreed" or "ship it" makes the proposal it answers the decision.
 */
final class DecisionDetector {

  private static final Pattern EXPLICIT = Pattern.compile("(?i)(?:"
      + "\\bwe(?:'ve| have)?\\s+(?:\\w+\\s+)?decided\\b|\\bdecided\\s+(?:to|on|that)\\b"
      + "|^\\W*(?:decision|decided|resolution|outcome|conclusion|final)\\s*[:\\-–—]"
      + "|\\blet'?s\\s+go\\s+(?:with|for|ahead)\\b"
      + "|\\bwe(?:'ll| will)\\s+go\\s+(?:with|for|ahead)\\b"
      + "|\\b(?:we(?:'re| are)\\s+)?going\\s+(?:with|forward\\s+with|ahead\\s+with)\\b"
      + "|\\bship\\s+it\\b|\\bapproved\\b|\\bfinal\\s+answer\\b|\\bsettled\\s+on\\b"
      + "|\\bwe\\s+(?:all\\s+)?agreed\\b|^\\W*agreed\\W+\\w+|\\bconsensus\\s+is\\b"
      + "|\\bthe\\s+plan\\s+is\\b|\\bwe(?:'re| are)\\s+(?:sticking|moving)\\s+(?:with|to)\\b)");
  private static final Pattern PROPOSAL = Pattern.compile("(?i)(?:"
      + "\\bwe(?:'ll| will| should| are going to|'re going to)\\s+\\w+"
      + "|\\blet'?s\\s+\\w+|\\bhow about we\\b|\\bi propose\\b|\\bproposal\\s*:)");
  private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|n't|\\bno|\\bun)\\s*"
      + "(?:yet\\s+)?(?:decided|agreed|approved|settled)\\b|\\bif we (?:decide|agree|go)\\b"
      + "|\\bnot going with\\b|\\bno decision\\b|\\bundecided\\b");
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^\\W*(?:decision|decided|resolution|outcome|conclusion|final|approved|agreed)"
          + "\\s*[:\\-–—]\\s*");
  /** A reply that settles what it answers: "Agreed.", "Ship it!", "Approved", "Let's do it". */
  private static final Pattern SETTLING_REPLY = Pattern.compile(
      "(?i)^\\W*(?:agreed|ship\\s+it|approved|let'?s\\s+do\\s+(?:it|that|this)|decided|deal"
          + "|final\\s+answer|done\\s+deal)\\b[\\W\\s]*$");
  private static final int AGREEMENT_WINDOW = 3;
  // Hints are as narrow as the cues allow ("go " rather than "go", which "good" and "got" contain):
  // sentences have single spaces by now, and each needless regex scan costs microseconds.
  private static final CueHints EXPLICIT_HINTS = CueHints.of("decid", "decision", "go ", "going",
      "ship", "approv", "final", "settled", "agreed", "consensus", "plan is", "resolution",
      "outcome", "conclusion", "sticking", "moving");
  private static final CueHints NEGATED_HINTS =
      CueHints.of("decid", "agreed", "approv", "settled", "if we", "not going");
  private static final CueHints PROPOSAL_HINTS = CueHints.of("we'll", "we will", "we should",
      "going to", "let's", "lets", "how about", "propos");

  private DecisionDetector() {}

  static List<Detection<Point>> detect(PreparedConversation conversation) {
    List<Detection<Point>> found = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (Sentence s : conversation.sentences()) {
      if (s.isQuestion()
          || NEGATED_HINTS.mayMatch(s.text()) && NEGATED.matcher(s.text()).find()) {
        continue;
      }
      if (SETTLING_REPLY.matcher(s.text()).find()) {
        // "Agreed!" or "Ship it" on its own: the decision is what it answers.
        proposalBefore(conversation, s).filter(p -> used.add(p.index()))
            .ifPresent(p -> found.add(new Detection<>(
                new Point(readable(p.text()), List.of(p.ts(), s.ts())),
                Set.of(p.index(), s.index()))));
      } else if (s.smallTalk()) {
        continue;
      } else if (EXPLICIT_HINTS.mayMatch(s.text()) && EXPLICIT.matcher(s.text()).find()) {
        if (used.add(s.index())) {
          found.add(Detection.of(new Point(readable(s.text()), List.of(s.ts())), s.index()));
        }
      } else if (PROPOSAL_HINTS.mayMatch(s.text()) && PROPOSAL.matcher(s.text()).find()) {
        agreementAfter(conversation, s).filter(a -> used.add(s.index()))
            .ifPresent(a -> {
              Set<Integer> sentences = new HashSet<>(Set.of(s.index()));
              conversation.sentencesOf(a).forEach(t -> sentences.add(t.index()));
              Message agreeing = conversation.messages().get(a);
              found.add(new Detection<>(
                  new Point(readable(s.text()), List.of(s.ts(), agreeing.ts())), sentences));
            });
      }
    }
    return found;
  }

  private static Optional<Sentence> proposalBefore(PreparedConversation c, Sentence s) {
    for (int i : c.preceding(s.messageIndex(), AGREEMENT_WINDOW)) {
      Message earlier = c.messages().get(i);
      if (earlier.user() != null && earlier.user().equals(s.user())) {
        continue;
      }
      List<Sentence> sentences = c.sentencesOf(i);
      for (int k = sentences.size() - 1; k >= 0; k--) {
        Sentence candidate = sentences.get(k);
        if (!candidate.smallTalk() && !candidate.isQuestion() && !candidate.terms().isEmpty()) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Index of the first message after the proposal in which someone else agrees to it. */
  private static Optional<Integer> agreementAfter(PreparedConversation c, Sentence s) {
    for (int i : c.following(s.messageIndex(), AGREEMENT_WINDOW)) {
      Message later = c.messages().get(i);
      if (later.user() == null || later.user().equals(s.user())) {
        continue;
      }
      String plain = SlackMarkup.toPlainText(later.text());
      if (Agreement.isAgreement(later.text(), plain)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The sentence without a leading "Decision:" label, starting with a capital. */
  static String readable(String sentence) {
    return Sentences.capitalize(LABEL.matcher(sentence).replaceFirst(""));
  }
}
