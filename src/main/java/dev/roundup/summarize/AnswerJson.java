package dev.roundup.summarize;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.function.Function;

/**
 * Writes an {@link Answer} as the documented JSON, exactly
 * {@code {"answer": str, "found": bool, "sources": [ts]}}: the sources are the ts of the messages
 * quoted, best first, and empty when nothing was found. People are written by name.
 */
public final class AnswerJson {

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private AnswerJson() {}

  public static String write(Answer answer, Function<String, String> names) {
    JsonObject root = new JsonObject();
    root.addProperty("answer", SummaryText.named(answer.text(), names));
    root.addProperty("found", answer.found());
    JsonArray sources = new JsonArray();
    if (answer.found()) {
      answer.sources().forEach(sources::add);
    }
    root.add("sources", sources);
    return GSON.toJson(root);
  }
}
