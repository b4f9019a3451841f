package dev.roundup.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a JSON file, decoded as whatever Unicode encoding it was saved in — UTF-8 with or
 * without a byte-order mark (Windows editors add one), or UTF-16 either way round (PowerShell's
 * default), with or without a mark — and parsed, with one-line errors. JSON text starts with
 * ASCII ({@code [}, <code>{</code> or blanks), so a zero byte among the first two says UTF-16 and
 * its position says which end first.
 */
public final class JsonFiles {

  private JsonFiles() {}

  /** The parsed file; {@code name} is what an error message calls it. */
  public static JsonElement parse(byte[] bytes, String name) {
    try {
      return JsonParser.parseString(decode(bytes, name));
    } catch (JsonParseException e) {
      throw new ExportException("not valid JSON: " + name + " (" + firstLine(e.getMessage())
          + ")", e);
    }
  }

  /** The text of the file. */
  public static String decode(byte[] bytes, String name) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8, name);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
    }
    if (n >= 2 && bytes[0] != 0 && bytes[1] == 0) {
      return strict(bytes, 0, StandardCharsets.UTF_16LE, name);
    }
    if (n >= 2 && bytes[0] == 0 && bytes[1] != 0) {
      return strict(bytes, 0, StandardCharsets.UTF_16BE, name);
    }
    return strict(bytes, 0, StandardCharsets.UTF_8, name);
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String name) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ExportException(name + " is not text in UTF-8 or UTF-16 (is it a zip or another "
          + "binary file?)", e);
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "parse error";
    }
    int newline = text.indexOf('\n');
    String line = newline < 0 ? text : text.substring(0, newline);
    // Gson names its exception class ("com.google.gson.stream.MalformedJsonException: …") and
    // gives advice meant for its programmer ("Use JsonReader.setStrictness(…) to accept malformed
    // JSON at line 1 column 1 path $", "See https://github.com/google/gson/…"): keep the facts.
    line = line.replaceFirst("^(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
    line = line.replaceFirst("^Use JsonReader\\.setStrictness\\([^)]*\\) to accept malformed JSON", "malformed JSON");
    return line.replaceFirst("\\s*See https://github\\.com/google/gson\\S*\\s*$", "").strip();
  }
}
