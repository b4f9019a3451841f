package dev.roundup.suggest;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The command line's JSON: exactly {@code {"suggestions": [{"user", "channel", "kind", "phrase",
 * "text", "evidence": [ts], "confidence"}]}}. {@code kind} is remind, summarize or digest;
 * {@code text} is what would be posted (empty unless remind); {@code evidence} are the ts of the
 * messages that show the rhythm, oldest first.
 */
public final class SuggestionJson {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private SuggestionJson() {}

  public static String write(List<Candidate> candidates) {
    JsonArray list = new JsonArray();
    for (Candidate c : candidates) {
      JsonObject s = new JsonObject();
      s.addProperty("user", c.user());
      s.addProperty("channel", c.channel());
      s.addProperty("kind", c.kind().word());
      s.addProperty("phrase", c.phrase());
      s.addProperty("text", c.text());
      JsonArray evidence = new JsonArray();
      c.evidence().stream().filter(Occurrence::isMessage).forEach(o -> evidence.add(o.ts()));
      s.add("evidence", evidence);
      s.addProperty("confidence", c.confidence());
      list.add(s);
    }
    JsonObject root = new JsonObject();
    root.add("suggestions", list);
    return GSON.toJson(root);
  }
}
