/**
 * The accuracy harness over the shared phrase corpus: loading rows, expanding each library's expected
 * form (RRULE, cron, ISO), deciding which forms Roundup supports, and scoring Roundup and natty.
 */
package dev.roundup.schedule.corpus;
