package dev.roundup.llm;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Null-tolerant reads of optional fields in provider responses. */
final class JsonFields {

  private JsonFields() {}

  static String string(JsonObject object, String field) {
    JsonElement value = object == null ? null : object.get(field);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  static Integer integer(JsonObject object, String field) {
    JsonElement value = object == null ? null : object.get(field);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    return value.getAsInt();
  }
}
