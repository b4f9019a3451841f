package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * Which questions put a choice to the group: an options question ("Jira or Linear?") or a
 * question about what we may or should do ("can we still deploy the marketing site?"), as
 * opposed to a question asking what, who or why, or asking someone to do something. Only a choice
 * can be settled by an answer, an agreement or a closing line.
 */
final class ChoiceQuestions {

  /** A question asking what to do, not proposing something: agreement cannot settle it. */
  static final Pattern OPEN_QUESTION = Pattern.compile(
      "(?iu)^\\W*(?:who|what|when|where|why|how|which|wer|was|wann|wo|warum|wie|welche"
          + "|qui|que|quoi|quand|où|pourquoi|comment|quel|quién|qué|cuándo|dónde|por\\s+qué"
          + "|cómo|cuál|quem|quando|onde|porque|como|qual)\\b|\\bor\\b|\\boder\\b|\\bou\\b"
          + "|\\bo\\b|誰|何|いつ|どこ|なぜ|どう|どれ");
  /** "Can you …?", "So the producer deployed first?": asks for a deed or a fact, not a plan. */
  static final Pattern REQUEST_QUESTION = Pattern.compile(
      "(?iu)^\\W*(?:(?:can|could|would|will)\\s+(?:you|someone|anyone)|so\\b|anyone|any\\b"
          + "|(?:kannst|könntest)\\s+du|(?:tu\\s+peux|peux-tu)|(?:puedes|podrías)|(?:pode|podes))\\b");

  private ChoiceQuestions() {}

  static boolean isOptionsQuestion(PreparedConversation c, Sentence q) {
    Choices choices = c.cues().choices();
    return q.isQuestion() && choices.options().matcher(q.text()).find()
        && !choices.factual().matcher(q.text()).find() && !c.cues().isDeferral(q.text());
  }

  /** An options question or a question about what we may or should do. */
  static boolean isChoiceQuestion(PreparedConversation c, Sentence q) {
    return isOptionsQuestion(c, q) || isActionQuestion(c, q);
  }

  static boolean isActionQuestion(PreparedConversation c, Sentence q) {
    return q.isQuestion() && c.cues().choices().actionQuestion().matcher(q.text()).find()
        && !OPEN_QUESTION.matcher(q.text()).find() && q.text().indexOf('<') < 0
        && !c.cues().request().matcher(q.text()).find()
        && !REQUEST_QUESTION.matcher(q.text()).find();
  }
}
