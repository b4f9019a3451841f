package dev.roundup.sandbox;

/** A workspace member as the emulator knows it; {@code tz} is an IANA zone id. */
public record User(String id, String name, String realName, String tz, boolean admin, boolean bot,
    String botId) {

  public static User human(String id, String name, String realName, String tz, boolean admin) {
    return new User(id, name, realName, tz, admin, false, null);
  }
}
