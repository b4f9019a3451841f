package dev.roundup.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines file into one object per non-blank line, naming the line when one is bad. */
final class JsonLines {

  private JsonLines() {}

  static List<JsonObject> read(Path file) throws IOException {
    List<JsonObject> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          rows.add(JsonParser.parseString(line).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException e) {
          throw new IOException(file + " line " + number + " is not a JSON object: "
              + e.getMessage(), e);
        }
      }
    }
    return rows;
  }

  static String string(JsonObject object, String field) throws IOException {
    if (!object.has(field) || !object.get(field).isJsonPrimitive()) {
      throw new IOException("missing text field '" + field + "'");
    }
    return object.get(field).getAsString();
  }
}
