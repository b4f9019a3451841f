package dev.roundup.schedule;

/** Rebuilds a schedule from its stored {@link Schedule#spec()}. */
public final class Schedules {

  private Schedules() {}

  /** The schedule that {@code spec} describes; throws {@link IllegalArgumentException} when malformed. */
  public static Schedule fromSpec(String spec) {
    return SpecFormat.read(spec);
  }
}
