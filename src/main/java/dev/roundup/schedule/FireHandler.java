package dev.roundup.schedule;

/**
 * What runs when a scheduled item fires. Implemented by a feature package; the scheduler only
 * knows the item's id. It is also responsible for asking for the next run, because only the
 * feature knows the item's schedule.
 */
@FunctionalInterface
public interface FireHandler {

  void fire(Firing firing);
}
