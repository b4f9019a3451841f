package dev.roundup.schedule;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Rebuilds a schedule from its stored {@link Schedule#spec()}; reads a zone as people name it. */
public final class Schedules {

  private static final int MAX_REMEMBERED = 4_096;
  private static final Map<String, Schedule> READ = new ConcurrentHashMap<>();

  private Schedules() {}

  /**
   * The zone {@code text} names, as a schedule phrase may name it after a time ("Europe/Berlin",
   * "ET", "PST", "London", "UTC+5:30"), or empty.
   */
  public static Optional<ZoneId> zoneNamed(String text) {
    return ZoneWords.named(text);
  }

  /** The schedule that {@code spec} describes; throws {@link IllegalArgumentException} when malformed. */
  public static Schedule fromSpec(String spec) {
    // Schedules are immutable and thousands of tasks share a few specs ("every weekday at 9am"):
    // reading each once spares the 9:00 burst a parse per run.
    Schedule read = READ.get(spec);
    if (read == null) {
      if (READ.size() >= MAX_REMEMBERED) {
        READ.clear();
      }
      read = SpecFormat.read(spec);
      READ.put(spec, read);
    }
    return read;
  }
}
