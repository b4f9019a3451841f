package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Form and JSON request bodies to flat parameter maps, and back to form bodies. */
final class HttpForms {

  private HttpForms() {}

  static Map<String, String> parseForm(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return params;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(decode(key), decode(value));
    }
    return params;
  }

  /**
   * A JSON body's top-level fields as parameters; objects and arrays (blocks, view) stay JSON
   * text, which is how they arrive inside a form.
   */
  static Map<String, String> parseJson(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body == null || body.isBlank()) {
      return params;
    }
    try {
      JsonElement root = JsonParser.parseString(body);
      if (!root.isJsonObject()) {
        throw new SlackError("invalid_json");
      }
      JsonObject object = root.getAsJsonObject();
      for (Map.Entry<String, JsonElement> e : object.entrySet()) {
        JsonElement value = e.getValue();
        if (value.isJsonNull()) {
          continue;
        }
        params.put(e.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
      }
      return params;
    } catch (JsonParseException e) {
      throw new SlackError("invalid_json");
    }
  }

  static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
