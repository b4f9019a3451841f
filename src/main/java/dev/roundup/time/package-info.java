/**
 * Time helpers shared by every package that waits: the injectable {@link dev.roundup.time.Sleeper}
 * and the one {@link dev.roundup.time.RetryPolicy} (backoff and {@code Retry-After}) that the Slack
 * and LLM clients each hold with their own values.
 */
package dev.roundup.time;
