package dev.roundup.suggest.synthetic;

import dev.roundup.suggest.History;
import dev.roundup.suggest.HistoryBuilder;
import dev.roundup.suggest.SeenMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A generated workspace: people (bots among them, Roundup too), channels, every message, the
 * rhythms planted on purpose and the distractors, over {@code from} to {@code now}.
 *
 * @param decoys the distractors planted, for the report
 */
public record SyntheticWorkspace(long seed, List<Person> people, String roundupUserId,
    List<SyntheticChannel> channels, List<SeenMessage> messages, List<Planted> planted,
    List<Decoy> decoys, Instant from, Instant now) {

  public SyntheticWorkspace {
    people = List.copyOf(people);
    channels = List.copyOf(channels);
    messages = List.copyOf(messages);
    planted = List.copyOf(planted);
    decoys = List.copyOf(decoys);
  }

  /** Each person's time zone (UTC for ids the workspace does not know). */
  public Function<String, ZoneId> zones() {
    Map<String, ZoneId> byId = people.stream().collect(Collectors.toMap(Person::id, Person::zone));
    return id -> byId.getOrDefault(id, ZoneOffset.UTC);
  }

  /** What the detector reads, built by the same rule as the store's and an export's. */
  public History history() {
    HistoryBuilder builder = new HistoryBuilder(roundupUserId,
        people.stream().filter(Person::isBot).map(Person::id).collect(Collectors.toSet()));
    messages.forEach(builder::message);
    return builder.build(zones(), from, now);
  }
}
