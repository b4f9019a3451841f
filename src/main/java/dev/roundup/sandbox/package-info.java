/**
 * The Slack emulator: an in-memory workspace behind a local, Slack-compatible Web API, with event,
 * slash-command and interaction delivery to the app over signed HTTP or Socket Mode — used by
 * tests and the offline sandbox.
 */
package dev.roundup.sandbox;
