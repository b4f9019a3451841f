package dev.roundup.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A conversation as an export's lists give it: its JSON entry and the list it came from.
 *
 * @param json the entry in channels.json, groups.json, mpims.json or dms.json
 * @param kind which of those lists
 */
public record ListedConversation(JsonObject json, Kind kind) {

  /** Which list a conversation came from. */
  public enum Kind { PUBLIC_CHANNEL, PRIVATE_CHANNEL, GROUP_DM, DM }

  public String id() {
    return string("id");
  }

  /** Its name; a DM has none. */
  public String name() {
    return string("name");
  }

  /** The folder holding its days: the name, or the id for a DM (which has no name). */
  public String folder() {
    String name = name();
    return kind == Kind.DM || name == null ? id() : name;
  }

  private String string(String field) {
    JsonElement v = json.get(field);
    return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
  }
}
