package dev.roundup.summarize;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Writes a summary back into the JSON shape the model produces, to hand partials to a merge. */
final class SummaryJson {

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private SummaryJson() {}

  static String write(Summary summary) {
    JsonObject root = new JsonObject();
    root.addProperty("tldr", summary.tldr());
    root.add("highlights", points(summary.highlights()));
    root.add("decisions", points(summary.decisions()));
    JsonArray actions = new JsonArray();
    for (ActionItem item : summary.actionItems()) {
      JsonObject object = new JsonObject();
      object.addProperty("owner", item.owner());
      object.addProperty("text", item.text());
      object.addProperty("due", item.due());
      object.add("sources", strings(item.sources()));
      actions.add(object);
    }
    root.add("actionItems", actions);
    root.add("openQuestions", points(summary.openQuestions()));
    return GSON.toJson(root);
  }

  private static JsonArray points(List<Point> points) {
    JsonArray array = new JsonArray();
    for (Point point : points) {
      JsonObject object = new JsonObject();
      object.addProperty("text", point.text());
      object.add("sources", strings(point.sources()));
      array.add(object);
    }
    return array;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
