/**
 * Weekly multi-channel digests: subscriptions and their storage, what goes into a digest (ranking,
 * focus, quiet channels, privacy), rendering within Slack's limits, the {@code /digest} command and
 * the scheduled delivery.
 */
package dev.roundup.digest;
