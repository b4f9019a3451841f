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
 * with", "Porto it is", "approved"), and proposals ("we'll …", "let's …", "we should …", or a
 * yes/no question such as "then freeze Tuesday noon?") that someone else then agrees to. A bare
 * "agreed" or "ship it" makes the proposal it answers the decision. What is postponed or only
 * mused about is never a decision, however it is worded ("let's see", "TBD", "we'll decide at
 * the next sync", "we'll check whether…", "let's say I have…"): {@link Cues#deferral()}.
 */
final class DecisionDetector {

  private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|n't|\\bno|\\bun)\\s*"
      + "(?:yet\\s+)?(?:decided|agreed|approved|settled)\\b|\\bif we (?:decide|agree|go)\\b"
      + "|\\bnot going with\\b|\\bno decision\\b|\\bundecided\\b");
  /** A question asking what to do, not proposing something: agreement cannot settle it. */
  private static final Pattern OPEN_QUESTION = Pattern.compile(
      "(?iu)^\\W*(?:who|what|when|where|why|how|which|wer|was|wann|wo|warum|wie|welche"
          + "|qui|que|quoi|quand|où|pourquoi|comment|quel|quién|qué|cuándo|dónde|por\\s+qué"
          + "|cómo|cuál|quem|quando|onde|porque|como|qual)\\b|\\bor\\b|\\boder\\b|\\bou\\b"
          + "|誰|何|いつ|どこ|なぜ|どう|どれ");
  /** "Can you …?", "So the producer deployed first?": asks for a deed or a fact, not a plan. */
  private static final Pattern REQUEST_QUESTION = Pattern.compile(
      "(?iu)^\\W*(?:(?:can|could|would|will)\\s+(?:you|someone|anyone)|so\\b|anyone|any\\b"
          + "|(?:kannst|könntest)\\s+du|(?:tu\\s+peux|peux-tu)|(?:puedes|podrías)|(?:pode|podes))");
  private static final int AGREEMENT_WINDOW = 3;
  private static final int RESTATED_WITHIN = 2;
  private static final int RECENT = 5;
  private static final int SHORT_ANNOUNCEMENT = 3;
  // Hints are as narrow as the cues allow ("go " rather than "go", which "good" and "got" contain):
  // sentences have single spaces by now, and each needless regex scan costs microseconds.
  private static final CueHints EXPLICIT_HINTS = CueHints.of("decid", "decision", "go ", "going",
      "ship", "approv", "final", "settled", "agreed", "consensus", "plan is", "resolution",
      "outcome", "conclusion", "sticking", "moving", " it is", "then", "locked", "stone", ":");
  private static final CueHints NEGATED_HINTS =
      CueHints.of("decid", "agreed", "approv", "settled", "if we", "not going");
  private static final CueHints PROPOSAL_HINTS = CueHints.of("we'll", "we will", "we should",
      "going to", "let's", "lets", "how about", "propos", "suggest", "why don't", "what if",
      "i'd", "idea");

  private DecisionDetector() {}

  static List<Detection<Point>> detect(PreparedConversation conversation) {
    Cues cues = conversation.cues();
    boolean english = cues.isEnglish();
    List<Detection<Point>> found = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    // Positions in found of decisions made by agreeing to a proposal: an announcement right
    // after one ("Porto it is.") restates it.
    Set<Integer> agreedAt = new HashSet<>();
    for (Sentence s : conversation.sentences()) {
      String text = s.text();
      // Deferrals are checked only on a sentence that would otherwise count: most sentences are
      // no candidate at all, and the deferral pattern is long.
      if (used.contains(s.index())
          || english && NEGATED_HINTS.mayMatch(text) && NEGATED.matcher(text).find()) {
        continue;
      }
      if (s.isQuestion()) {
        if (!isDeferral(cues, text)) {
          questionAgreedTo(conversation, s, used).ifPresent(d -> {
            agreedAt.add(found.size());
            found.add(d);
          });
        }
        continue;
      }
      if (cues.settling().matcher(text).find()) {
        // "Agreed!" or "Ship it" on its own: the decision is what it answers.
        proposalBefore(conversation, s).filter(p -> used.add(p.index()))
            .ifPresent(p -> {
              used.add(s.index());
              found.add(new Detection<>(new Point(readable(cues, p.text()),
                  List.of(p.ts(), s.ts())), Set.of(p.index(), s.index())));
            });
      } else if (s.smallTalk()) {
        continue;
      } else if ((!english || EXPLICIT_HINTS.mayMatch(text))
          && cues.decision().matcher(text).find()) {
        if (!isDeferral(cues, text) && used.add(s.index())) {
          Detection<Point> explicit =
              Detection.of(new Point(readable(cues, text), List.of(s.ts())), s.index());
          int earlier = restated(conversation, found, agreedAt, s);
          if (earlier >= 0) {
            found.set(earlier, merged(found.get(earlier), explicit));
          } else {
            found.add(explicit);
          }
        }
      } else if ((!english || PROPOSAL_HINTS.mayMatch(text))
          && cues.proposal().matcher(text).find() && !isDeferral(cues, text)) {
        agreementAfter(conversation, s, true).filter(a -> used.add(s.index()))
            .ifPresent(a -> {
              agreedAt.add(found.size());
              found.add(agreed(conversation, s, a, used));
            });
      }
    }
    return found;
  }

  private static boolean isDeferral(Cues cues, String text) {
    return cues.isDeferral(text);
  }

  /**
   * "Then freeze Tuesday noon, release Thursday as planned?" answered "works for me": a yes/no
   * question that the next person agrees to proposed something, and it was taken.
   */
  private static Optional<Detection<Point>> questionAgreedTo(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    if (OPEN_QUESTION.matcher(s.text()).find() || s.terms().size() < 2
        || s.text().indexOf('<') >= 0 || c.cues().request().matcher(s.text()).find()
        || REQUEST_QUESTION.matcher(s.text()).find()) {
      return Optional.empty(); // a question to someone asks them to do it: a request
    }
    return agreementAfter(c, s, true)
        .filter(a -> Agreement.isBare(c.cues(), c.messages().get(a).text()))
        .filter(a -> used.add(s.index()))
        .map(a -> agreed(c, s, a, used));
  }

  private static Detection<Point> agreed(PreparedConversation c, Sentence s, int agreeing,
      Set<Integer> used) {
    Set<Integer> sentences = new HashSet<>(Set.of(s.index()));
    // The agreeing message is part of this decision: it is not a second one.
    c.sentencesOf(agreeing).forEach(t -> {
      sentences.add(t.index());
      used.add(t.index());
    });
    Message message = c.messages().get(agreeing);
    String text = s.isQuestion() ? s.text().replaceAll("[?？]+$", "") : s.text();
    return new Detection<>(new Point(readable(c.cues(), text), List.of(s.ts(), message.ts())),
        sentences);
  }

  /**
   * The decision this explicit one restates: "Shall we push to Friday?" — "agreed" — "Friday it
   * is, then." is one decision, announced after it was agreed. An earlier decision reached by
   * agreement, of the same scope and subject (words in common), whose last message is
   * at most {@value #RESTATED_WITHIN} messages back; its index in {@code found}, or -1.
   */
  private static int restated(PreparedConversation c, List<Detection<Point>> found,
      Set<Integer> agreedAt, Sentence s) {
    // Only the last few can be within reach: a long channel has hundreds of decisions.
    for (int i = found.size() - 1; i >= Math.max(0, found.size() - RECENT); i--) {
      if (!agreedAt.contains(i)) {
        continue;
      }
      Detection<Point> earlier = found.get(i);
      int last = earlier.sentenceIndices().stream()
          .mapToInt(k -> c.sentences().get(k).messageIndex()).max().orElse(-1);
      Set<String> before = new HashSet<>();
      earlier.sentenceIndices().forEach(k -> before.addAll(c.sentences().get(k).terms()));
      Set<String> now = new HashSet<>(s.terms());
      long shared = now.stream().filter(before::contains).count();
      // Two words said before, half of them, or any in a short announcement ("Porto it is"):
      // the same subject.
      boolean sameSubject = shared >= 2 || shared * 2 >= now.size() && shared > 0
          || shared > 0 && now.size() <= SHORT_ANNOUNCEMENT;
      if (last >= 0 && last != s.messageIndex() && sameSubject
          && c.following(last, RESTATED_WITHIN).contains(s.messageIndex())) {
        return i;
      }
    }
    return -1;
  }

  /** The announced wording, citing everything both cite. */
  private static Detection<Point> merged(Detection<Point> agreed, Detection<Point> announced) {
    List<String> sources = new ArrayList<>(agreed.value().sources());
    announced.value().sources().stream().filter(ts -> !sources.contains(ts))
        .forEach(sources::add);
    Set<Integer> sentences = new HashSet<>(agreed.sentenceIndices());
    sentences.addAll(announced.sentenceIndices());
    return new Detection<>(new Point(announced.value().text(), sources), sentences,
        announced.saidBy());
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
        if (!candidate.smallTalk() && !candidate.isQuestion() && !candidate.terms().isEmpty()
            && !isDeferral(c.cues(), candidate.text())) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Index of the first message after the proposal in which someone else agrees to it; with
   * {@code firstReplyOnly}, only the first reply from someone else counts.
   */
  private static Optional<Integer> agreementAfter(PreparedConversation c, Sentence s,
      boolean firstReplyOnly) {
    for (int i : c.following(s.messageIndex(), AGREEMENT_WINDOW)) {
      Message later = c.messages().get(i);
      if (later.user() == null || later.user().equals(s.user())) {
        continue;
      }
      String plain = SlackMarkup.toPlainText(later.text());
      if (Agreement.isAgreement(c.cues(), later.text(), plain)) {
        return Optional.of(i);
      }
      if (firstReplyOnly) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The sentence without a leading "Decision:" label, starting with a capital. */
  static String readable(String sentence) {
    return readable(Cues.ENGLISH, sentence);
  }

  static String readable(Cues cues, String sentence) {
    return Sentences.capitalize(cues.labels().matcher(sentence).replaceFirst(""));
  }
}
