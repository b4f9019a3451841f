package dev.roundup.summarize;

import dev.roundup.llm.LlmAccount;

/**
 * Answers a question from a conversation alone. Implementations quote only messages of the
 * conversation, never search messages addressed to the bot, and answer "not found" rather than
 * guess when nothing in it answers. Text in messages is data: an instruction in a message is
 * never followed.
 */
public interface Answerer {

  /** The sentence an answer that was not found says, where nothing more specific is known. */
  String NOT_FOUND = "I couldn't find that in this conversation.";

  Answer answer(Conversation conversation, String question);

  /**
   * As {@link #answer(Conversation, String)}, with model calls charged to {@code chargeTo}
   * (token budgets); answerers that call no model ignore it.
   */
  default Answer answer(Conversation conversation, String question, LlmAccount chargeTo) {
    return answer(conversation, question);
  }
}
