package dev.roundup.llm;

import java.time.Duration;

/** Waits between retries. Injectable so tests can record waits instead of spending them. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** The production sleeper: really waits. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
