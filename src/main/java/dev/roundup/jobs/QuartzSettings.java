package dev.roundup.jobs;

import java.time.Duration;

/**
 * How Quartz runs on Roundup's database.
 *
 * @param threads           worker threads that run firings at once
 * @param clustered         true when several nodes share one PostgreSQL database
 * @param postgres          picks Quartz's PostgreSQL delegate (bytea) instead of the standard one
 * @param misfireThreshold  how late a trigger may be before Quartz treats it as misfired
 */
public record QuartzSettings(int threads, boolean clustered, boolean postgres, Duration misfireThreshold) {

  public static final String SCHEDULER_NAME = "roundup";

  public QuartzSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (clustered && !postgres) {
      // Embedded H2 cannot be shared between processes, so a cluster on it would be a lie.
      throw new IllegalArgumentException("a clustered scheduler needs PostgreSQL");
    }
  }
}
