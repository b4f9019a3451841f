package dev.roundup.sandbox.console;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the fields of a console request, refusing one of the wrong kind with a 400 that names it
 * (not a 500 carrying a Java exception's text).
 */
final class ConsoleFields {

  private ConsoleFields() {}

  /** The field as text, or null when absent or null. */
  static String string(JsonObject request, String name) {
    JsonElement v = request.get(name);
    if (v == null || v.isJsonNull()) {
      return null;
    }
    if (!v.isJsonPrimitive()) {
      throw ConsoleException.badRequest(name + " must be text, not " + v);
    }
    return v.getAsString();
  }

  /** The field as non-blank text; refused when missing. */
  static String required(JsonObject request, String name) {
    String value = string(request, name);
    if (value == null || value.isBlank()) {
      throw ConsoleException.badRequest("missing " + name);
    }
    return value;
  }

  /** The field as a whole number, or {@code absent} when it is not given. */
  static long wholeNumber(JsonObject request, String name, long absent) {
    String value = string(request, name);
    if (value == null) {
      return absent;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ConsoleException.badRequest(name + " must be a whole number, not \"" + value + "\".");
    }
  }
}
