package dev.roundup.sandbox;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Slack's cursor pagination: {@code limit} with a per-method default and cap, and an opaque
 * {@code next_cursor} (base64 of {@code next_ts:<ts>} or {@code next_index:<n>}, in Slack's style).
 */
final class Paging {

  private Paging() {}

  static int limit(ApiRequest request, int defaultLimit, int cap) {
    String raw = request.optional("limit");
    if (raw == null) {
      return defaultLimit;
    }
    try {
      int limit = Integer.parseInt(raw.trim());
      // Slack treats 0 or less as "use the default".
      return limit <= 0 ? defaultLimit : Math.min(limit, cap);
    } catch (NumberFormatException e) {
      throw new SlackError("invalid_limit");
    }
  }

  static String encode(String kind, String value) {
    return Base64.getEncoder().encodeToString((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
  }

  /** The value inside a cursor of the given kind, or null for none; bad cursors are Slack's error. */
  static String decode(ApiRequest request, String kind) {
    String cursor = request.optional("cursor");
    if (cursor == null) {
      return null;
    }
    try {
      String text = new String(Base64.getDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
      if (!text.startsWith(kind + ":")) {
        throw new SlackError("invalid_cursor");
      }
      return text.substring(kind.length() + 1);
    } catch (IllegalArgumentException e) {
      throw new SlackError("invalid_cursor");
    }
  }

  static int decodeIndex(ApiRequest request) {
    String value = decode(request, "next_index");
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new SlackError("invalid_cursor");
    }
  }

  /** Adds {@code response_metadata.next_cursor} (empty on the last page, as Slack does). */
  static void addNextCursor(JsonObject body, String nextCursor) {
    JsonObject meta = new JsonObject();
    meta.addProperty("next_cursor", nextCursor == null ? "" : nextCursor);
    body.add("response_metadata", meta);
  }

  static <T> List<T> page(List<T> all, int from, int limit) {
    int start = Math.min(from, all.size());
    return all.subList(start, Math.min(all.size(), start + limit));
  }
}
