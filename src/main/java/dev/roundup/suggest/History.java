package dev.roundup.suggest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * What the detector reads: people's own posts and their summary requests between {@code from} and
 * {@code now}, and each person's time zone (rhythms are found in local time, so "around 10:00"
 * survives a daylight-saving change). Bots and Roundup itself are already left out.
 */
public record History(List<Post> posts, List<SummaryRequest> requests, Function<String, ZoneId> zones,
    Instant from, Instant now) {

  public History {
    posts = List.copyOf(posts);
    requests = List.copyOf(requests);
  }
}
