package dev.roundup.schedule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Rebuilds a schedule from its stored {@link Schedule#spec()}. */
public final class Schedules {

  private static final int MAX_REMEMBERED = 4_096;
  private static final Map<String, Schedule> READ = new ConcurrentHashMap<>();

  private Schedules() {}

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
