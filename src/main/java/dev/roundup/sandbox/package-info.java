/**
 * The Slack emulator: an in-memory workspace behind a local, Slack-compatible Web API, with signed
 * event, slash-command and interaction delivery to the app — used by tests and the offline sandbox.
 */
package dev.roundup.sandbox;
