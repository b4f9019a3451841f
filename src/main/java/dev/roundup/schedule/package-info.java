/**
 * Schedules in people's words: the natural-language parser that turns "every weekday at 9am" into
 * a time-zone-aware {@link dev.roundup.schedule.Schedule} whose {@code nextAfter} is the single
 * source of truth for when things run. Pure: no Quartz, no Slack, no database.
 */
package dev.roundup.schedule;
