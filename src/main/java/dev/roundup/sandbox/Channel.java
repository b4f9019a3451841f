package dev.roundup.sandbox;

import java.util.Set;

/** An immutable snapshot of a channel; the workspace replaces it when membership or state changes. */
public record Channel(String id, String name, boolean isPrivate, boolean archived, long created,
    Set<String> members) {

  public Channel {
    members = Set.copyOf(members);
  }

  public boolean hasMember(String userId) {
    return members.contains(userId);
  }
}
