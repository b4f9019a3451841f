package dev.roundup.summarize;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * Writes a {@link Summary} as the documented JSON: {@code tldr}, {@code highlights},
 * {@code decisions}, {@code actionItems}, {@code openQuestions}, {@code stats}, in that order,
 * nulls written as null, nothing else.
 */
public final class SummaryJson {

  private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting()
      .disableHtmlEscaping().create();

  private SummaryJson() {}

  private static final Gson COMPACT = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  /** Pretty-printed, for people and the command line. */
  public static String write(Summary summary) {
    return GSON.toJson(toJson(summary));
  }

  /** On one line, for machine consumers such as the LLM merge prompt. */
  public static String writeCompact(Summary summary) {
    return COMPACT.toJson(toJson(summary));
  }

  private static JsonObject toJson(Summary summary) {
    JsonObject root = new JsonObject();
    root.addProperty("tldr", summary.tldr());
    root.add("highlights", points(summary.highlights()));
    root.add("decisions", points(summary.decisions()));
    JsonArray actions = new JsonArray();
    for (ActionItem item : summary.actionItems()) {
      JsonObject json = new JsonObject();
      json.add("owner", nullable(item.owner()));
      json.addProperty("text", item.text());
      json.add("due", nullable(item.due()));
      json.add("sources", strings(item.sources()));
      actions.add(json);
    }
    root.add("actionItems", actions);
    root.add("openQuestions", points(summary.openQuestions()));
    JsonObject stats = new JsonObject();
    Summary.Stats s = summary.stats();
    stats.addProperty("messages", s == null ? 0 : s.messages());
    stats.addProperty("participants", s == null ? 0 : s.participants());
    root.add("stats", stats);
    return root;
  }

  private static JsonArray points(List<Point> points) {
    JsonArray array = new JsonArray();
    for (Point point : points) {
      JsonObject json = new JsonObject();
      json.addProperty("text", point.text());
      json.add("sources", strings(point.sources()));
      array.add(json);
    }
    return array;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static com.google.gson.JsonElement nullable(String value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }
}
