package dev.roundup.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body read strictly: every field is {@code name=value}
 * with both parts percent-encoded, and no name appears twice. Bolt reads such bodies leniently (a
 * raw {@code =} inside a value makes it skip the field), so a body that is not exactly what Slack
 * sends is refused here rather than read two different ways.
 */
final class FormFields {

  private FormFields() {}

  /** The fields, decoded; throws {@link IllegalArgumentException} with a reason when malformed. */
  static Map<String, String> parse(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0 || pair.indexOf('=', eq + 1) >= 0) {
        throw new IllegalArgumentException("form fields must be name=value with both parts URL-encoded");
      }
      String name = decode(pair.substring(0, eq));
      if (fields.put(name, decode(pair.substring(eq + 1))) != null) {
        throw new IllegalArgumentException("the form field '" + Reasons.quote(name) + "' appears twice");
      }
    }
    return fields;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a form field is not properly URL-encoded");
    }
  }
}
