package dev.roundup.suggest.synthetic;

import java.time.ZoneId;

/** A member of a generated workspace; a bot has a bot id. */
public record Person(String id, String name, ZoneId zone, String botId) {

  public boolean isBot() {
    return botId != null;
  }
}
