/**
 * The natural-language schedule parser: turns "every weekday at 9am" into a time-zone-aware
 * {@link dev.roundup.schedule.Schedule} whose {@code nextAfter} is the single source of truth for firing.
 */
package dev.roundup.schedule;
