package dev.roundup.tasks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.schedule.Schedules;
import dev.roundup.slack.Destination;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A draft task as the value of a Confirm/Edit button: the whole request as compact JSON (well under
 * Slack's 2,000-character limit for button values), so confirming needs no server-side draft and
 * works on whichever node receives the click.
 */
final class RequestCodec {

  private RequestCodec() {}

  static String encode(TaskRequest r) {
    JsonObject json = new JsonObject();
    json.addProperty("a", r.action().name());
    JsonArray targets = new JsonArray();
    r.targets().forEach(targets::add);
    json.add("t", targets);
    json.addProperty("b", r.body());
    json.addProperty("dk", r.destination().kind().name());
    json.addProperty("dc", r.destination().channelId());
    if (r.destination().threadTs() != null) {
      json.addProperty("dt", r.destination().threadTs());
    }
    json.addProperty("p", r.phrase());
    json.addProperty("s", r.schedule().spec());
    return json.toString();
  }

  /** The request, or empty when the value was not made by {@link #encode}. */
  static Optional<TaskRequest> decode(String value) {
    try {
      JsonObject json = JsonParser.parseString(value).getAsJsonObject();
      List<String> targets = new ArrayList<>();
      for (JsonElement e : json.getAsJsonArray("t")) {
        targets.add(e.getAsString());
      }
      Destination destination = new Destination(Destination.Kind.valueOf(json.get("dk").getAsString()),
          json.get("dc").getAsString(), json.has("dt") ? json.get("dt").getAsString() : null);
      return Optional.of(new TaskRequest(ActionKind.valueOf(json.get("a").getAsString()), targets,
          json.get("b").getAsString(), destination, json.get("p").getAsString(),
          Schedules.fromSpec(json.get("s").getAsString())));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
