package dev.roundup.tasks;

import dev.roundup.slack.UserDirectory;
import java.time.ZoneId;

/** A person's time zone for schedules: the one set with {@code /task timezone}, else Slack's. */
public final class TimeZones {

  private final UserSettings settings;
  private final UserDirectory users;

  public TimeZones(UserSettings settings, UserDirectory users) {
    this.settings = settings;
    this.users = users;
  }

  public ZoneId of(String userId) {
    return settings.zone(userId).orElseGet(() -> users.zone(userId));
  }

  public void set(String userId, ZoneId zone) {
    settings.setZone(userId, zone);
  }
}
