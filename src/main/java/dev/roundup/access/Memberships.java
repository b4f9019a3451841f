package dev.roundup.access;

import dev.roundup.store.Workspace;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.slack.ChannelLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is in each channel, and what the bot sees of it, as Slack says: {@code conversations.members}
 * and {@code conversations.info}, cached for a short time so a digest of twenty channels or a burst
 * of mentions does not ask Slack again for each, and forgotten at once when Slack reports that
 * someone joined or left ({@code member_joined_channel}, {@code member_left_channel}). The cache is
 * per process: another node learns of a change when its own copy expires, so the time to live is
 * the longest a stale answer can last.
 */
public final class Memberships {

  /** How long an answer from Slack is trusted without an event confirming it. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(1);

  private record Entry<T>(T value, Instant fetchedAt) { }

  private final ChannelLookup channels;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry<Set<String>>> members = new ConcurrentHashMap<>();
  private final Map<String, Entry<Optional<ChannelInfo>>> infos = new ConcurrentHashMap<>();

  public Memberships(ChannelLookup channels, Clock clock, Duration ttl) {
    this.channels = channels;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** Where channels' names, infos and members come from. */
  public ChannelLookup channels() {
    return channels;
  }

  /** Every member of the channel (people and bots). */
  public Set<String> members(String channelId) {
    Entry<Set<String>> e = members.get(Workspace.key(channelId));
    if (fresh(e)) {
      return e.value();
    }
    Set<String> fetched = Set.copyOf(channels.members(channelId));
    members.put(Workspace.key(channelId), new Entry<>(fetched, clock.instant()));
    return fetched;
  }

  /** The channel as the bot sees it, or empty when the bot cannot see it at all. */
  public Optional<ChannelInfo> info(String channelId) {
    Entry<Optional<ChannelInfo>> e = infos.get(Workspace.key(channelId));
    if (fresh(e)) {
      return e.value();
    }
    Optional<ChannelInfo> fetched = channels.info(channelId);
    infos.put(Workspace.key(channelId), new Entry<>(fetched, clock.instant()));
    return fetched;
  }

  /** Someone joined or left the channel (or it changed otherwise): ask Slack next time. */
  public void changed(String channelId) {
    members.remove(Workspace.key(channelId));
    infos.remove(Workspace.key(channelId));
  }

  private boolean fresh(Entry<?> e) {
    return e != null && e.fetchedAt().plus(ttl).isAfter(clock.instant());
  }
}
