package dev.roundup.conversations;

import dev.roundup.slack.SlackText;
import dev.roundup.summaries.SummarizeArgs;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a mention of Roundup asks for — the one place that decides. A catch-up ("catch me up",
 * "what did I miss since monday?"); a summary (whatever {@link SummarizeArgs} reads as one: a bare
 * mention, "summarize", a window, a channel); a question (text that asks: a question mark, or a
 * sentence opening the way questions and requests for information open, "who…", "did…", "tell
 * me…", or "summarize the discussion about…", a topic rather than a window); and otherwise
 * help.
 */
public sealed interface MentionIntent {

  /** A summary request: the summaries feature reads and answers it. */
  record Summary() implements MentionIntent { }

  record Question(QuestionArgs.Question question) implements MentionIntent { }

  record CatchUp(CatchUpArgs.Result request) implements MentionIntent { }

  /** @param reason why it was not understood, or null for plain help */
  record Help(String reason) implements MentionIntent { }

  /**
   * How questions and requests for information open, in the languages Roundup reads: interrogative
   * words, auxiliaries that open a yes/no question, and verbs that ask to be told.
   */
  Pattern ASKS = Pattern.compile("(?iu)^\\W*(?:who|whom|whose|what|what's|whats|when|where|why"
      + "|which|how|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|any"
      + "|anything|tell\\s+me|show\\s+me|find|list|explain|give\\s+me"
      + "|wer|was|wann|wo|warum|wie|welche[rsn]?|qui|que|quoi|quand|où|pourquoi|comment|quel(?:le)?s?"
      + "|quién|qué|cuándo|dónde|por\\s+qué|cómo|cuál|quem|quando|onde|como|qual)\\b");
  Pattern SUMMARY = Pattern.compile("(?iu)^\\W*(?:summari[sz]e|summary|tl;?dr)\\b");
  /** "Summarize the discussion about pricing": a summary of a topic, answered as a question. */
  Pattern SUMMARY_OF_TOPIC = Pattern.compile("(?iu)^\\W*(?:summari[sz]e|summary|tl;?dr)\\b.*?"
      + "\\b(?:about|on|of|regarding|around|re|concerning)\\s+\\S");

  /**
   * @param text the mention's text without the mention of Roundup itself (other people's
   *             mentions kept: "what did @Bo say?")
   */
  static MentionIntent of(String text, ZonedDateTime now) {
    String typed = SlackText.typed(text == null ? "" : text).strip();
    Optional<CatchUpArgs.Result> catchUp = CatchUpArgs.fromMention(typed, now);
    if (catchUp.isPresent()) {
      return new CatchUp(catchUp.get());
    }
    SummarizeArgs.Result summary = SummarizeArgs.parse(SlackText.withoutUserMentions(typed), now);
    if (summary instanceof SummarizeArgs.Request || summary instanceof SummarizeArgs.Help) {
      return new Summary();
    }
    if (summary instanceof SummarizeArgs.Invalid invalid && !invalid.unreadWindow()) {
      return new Summary(); // a summary request it could not use: the summaries feature says why
    }
    boolean asks = typed.indexOf('?') >= 0 || typed.indexOf('？') >= 0
        || ASKS.matcher(typed).find() || SUMMARY_OF_TOPIC.matcher(typed).find();
    if (!asks) {
      // "summarize blah": a summary request the summaries feature explains; other text, help.
      return summary instanceof SummarizeArgs.Invalid && SUMMARY.matcher(typed).find()
          ? new Summary() : new Help(null);
    }
    QuestionArgs.Result question = QuestionArgs.parse(typed, now);
    if (question instanceof QuestionArgs.Question q) {
      return new Question(q);
    }
    return new Help(question instanceof QuestionArgs.Invalid invalid ? invalid.reason() : null);
  }

  /**
   * Whether a message mentioning Roundup asks it for something (a summary, an answer, a
   * catch-up): such a message is a request, set aside from the conversation it was posted in.
   */
  static boolean asksRoundup(String text, String botUserId) {
    String own = "<@" + java.util.regex.Pattern.quote(botUserId) + "(?:\\|[^>]*)?>";
    String rest = text == null ? "" : text.replaceAll(own, " ").strip();
    return !(of(rest, ZonedDateTime.now()) instanceof Help);
  }

  /** What a mention can ask for, for help and for text that asked none of it. */
  String USAGE = String.join("\n",
      "*What you can ask me*",
      "• `@roundup` in a thread — a summary of the thread; `@roundup summarize 3d` in a channel "
          + "— its recent messages; `@roundup summarize <link to a thread>` — that thread",
      "• `@roundup who is checking with legal?` in a thread — an answer from the thread, with "
          + "the messages it rests on",
      "• `@roundup what did we decide about pricing this month?` in a channel — the same over "
          + "the channel (last 30 days unless you say)",
      "• `@roundup catch me up` (or `since tuesday`) — what you missed, by DM",
      "• `/ask`, `/catchup` and `/summarize` do the same privately.");
}
