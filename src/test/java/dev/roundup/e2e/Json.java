package dev.roundup.e2e;

import com.google.gson.JsonParser;

/** Reads fields out of JSON bodies the emulator recorded. */
final class Json {

  private Json() {}

  /** The top-level "text" of a message body. */
  static String text(String body) {
    return JsonParser.parseString(body).getAsJsonObject().get("text").getAsString();
  }
}
