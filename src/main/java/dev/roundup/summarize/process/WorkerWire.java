package dev.roundup.summarize.process;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;

/**
 * What passes between the server and the summarizer's process: one JSON object per line (JSON
 * escapes line breaks inside strings, so a line is always one whole message). Conversations and
 * summaries are written as their records are, field by field, so a field added to a record travels
 * without a change here.
 */
final class WorkerWire {

  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private WorkerWire() {}

  /**
   * A conversation to summarize. The options travel without whom model calls are charged to: the
   * built-in summarizer makes none.
   */
  record Request(long id, Conversation conversation, String focus, int maxHighlights,
      boolean topicAsHighlight) {

    static Request of(long id, Conversation conversation, SummaryOptions options) {
      return new Request(id, conversation, options.focus(), options.maxHighlights(),
          options.topicAsHighlight());
    }

    SummaryOptions options() {
      return new SummaryOptions(focus, maxHighlights, null, topicAsHighlight);
    }
  }

  /** The summary of request {@code id}, or why there is none ({@code failure}). */
  record Reply(long id, Summary summary, String failure) {

    static Reply of(long id, Summary summary) {
      return new Reply(id, summary, null);
    }

    static Reply failed(long id, Throwable why) {
      return new Reply(id, null, why.toString());
    }
  }

  static String write(Object message) {
    return GSON.toJson(message);
  }

  static Request request(String line) {
    return GSON.fromJson(line, Request.class);
  }

  static Reply reply(String line) {
    return GSON.fromJson(line, Reply.class);
  }
}
