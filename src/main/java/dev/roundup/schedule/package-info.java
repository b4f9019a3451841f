/**
 * Schedules: the natural-language parser that turns "every weekday at 9am" into a time-zone-aware
 * {@link dev.roundup.schedule.Schedule} whose {@code nextAfter} is the single source of truth for
 * firing, and the Quartz adapter ({@link dev.roundup.schedule.QuartzScheduler}) that fires one-shot
 * triggers at those instants and hands each {@link dev.roundup.schedule.Firing} to a
 * {@link dev.roundup.schedule.FireHandler}. Imports no feature package.
 */
package dev.roundup.schedule;
