package dev.roundup.jobs;

/**
 * What runs when a scheduled item of one kind fires. Implemented by a feature package; the
 * scheduler only knows the item's kind and id. It is also responsible for asking for the next run, because only the
 * feature knows the item's schedule.
 */
@FunctionalInterface
public interface FireHandler {

  void fire(Firing firing);
}
