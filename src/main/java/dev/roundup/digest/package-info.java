/**
 * Weekly multi-channel digests: subscriptions and their storage, what goes into a digest (ranking,
 * focus, quiet channels, privacy), rendering within Slack's limits, the {@code /digest} command and
 * the scheduled delivery. A digest marks what changed since the subscriber's previous one: new and
 * continued threads, decisions, and the questions answered since ({@code AnsweredSince}).
 */
package dev.roundup.digest;
