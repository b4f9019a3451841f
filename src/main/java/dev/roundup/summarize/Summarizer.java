package dev.roundup.summarize;

/**
 * Turns a conversation into a structured summary. Implementations must only cite ts values that
 * occur in the conversation and only name owners who are user ids found in it.
 */
public interface Summarizer {

  Summary summarize(Conversation conversation, SummaryOptions options);

  default Summary summarize(Conversation conversation) {
    return summarize(conversation, SummaryOptions.DEFAULT);
  }
}
