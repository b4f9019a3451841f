/**
 * Roundup's Slack surface: the one listener table ({@link dev.roundup.app.Listeners}), the checked
 * Web API wrapper, thread reading, Block Kit rendering within Slack's limits, and the handlers that
 * turn mentions and slash commands into replies.
 */
package dev.roundup.slack;
