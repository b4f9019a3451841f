package dev.roundup.sandbox;

/**
 * A workspace member as the emulator knows it; {@code tz} is an IANA zone id. {@code name} is the
 * handle ({@code maria}), {@code displayName} the name people see ({@code María}), which
 * {@code users.info} answers as the profile's {@code display_name}.
 */
public record User(String id, String name, String realName, String tz, boolean admin, boolean bot,
    String botId, String displayName) {

  /** A member whose display name is their handle. */
  public User(String id, String name, String realName, String tz, boolean admin, boolean bot,
      String botId) {
    this(id, name, realName, tz, admin, bot, botId, name);
  }

  public static User human(String id, String name, String realName, String tz, boolean admin) {
    return new User(id, name, realName, tz, admin, false, null);
  }
}
