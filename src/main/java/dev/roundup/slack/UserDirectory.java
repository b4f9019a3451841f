package dev.roundup.slack;

import dev.roundup.export.PersonNames;
import dev.roundup.store.Workspace;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who people are: display names and time zones from {@code users.info}, cached for an hour so a
 * busy thread costs one lookup per person, not one per message.
 */
public final class UserDirectory {

  /** What Roundup needs to know about a person. */
  public record Person(String id, String name, ZoneId zone, boolean admin) { }

  private record Cached(Person person, Instant fetchedAt) { }

  private static final Duration TTL = Duration.ofHours(1);

  private final SlackApi slack;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public UserDirectory(SlackApi slack, Clock clock) {
    this.slack = slack;
    this.clock = clock;
  }

  public Person person(String userId) {
    Cached c = cache.get(Workspace.key(userId));
    if (c != null && c.fetchedAt().plus(TTL).isAfter(clock.instant())) {
      return c.person();
    }
    User u = slack.call("users.info", m -> m.usersInfo(r -> r.user(userId))).getUser();
    // Owners administer the workspace too, whether or not Slack also marks them admins.
    Person p = new Person(userId, displayName(u), zoneOf(u.getTz()),
        Boolean.TRUE.equals(u.isAdmin()) || Boolean.TRUE.equals(u.isOwner()));
    cache.put(Workspace.key(userId), new Cached(p, clock.instant()));
    return p;
  }

  /** The name, or the id itself when Slack cannot say (a deleted user, an error). */
  public String nameOrId(String userId) {
    try {
      return person(userId).name();
    } catch (SlackCallException e) {
      return userId;
    }
  }

  public ZoneId zone(String userId) {
    try {
      return person(userId).zone();
    } catch (SlackCallException e) {
      return ZoneId.of("UTC");
    }
  }

  private static String displayName(User u) {
    String name = PersonNames.preferred(
        u.getProfile() == null ? null : u.getProfile().getDisplayName(), u.getRealName(),
        u.getName());
    return name == null ? u.getId() : name;
  }

  private static ZoneId zoneOf(String tz) {
    try {
      return tz == null ? ZoneId.of("UTC") : ZoneId.of(tz);
    } catch (RuntimeException e) {
      return ZoneId.of("UTC");
    }
  }
}
