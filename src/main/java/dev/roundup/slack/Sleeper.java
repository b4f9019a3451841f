package dev.roundup.slack;

import java.time.Duration;

/** Waits; injectable so tests of retry logic do not spend real time. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
