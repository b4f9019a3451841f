/**
 * Multi-workspace install: Slack's OAuth v2 flow through Bolt's own OAuth support, with Roundup's
 * JDBC stores behind Bolt's {@code InstallationService} and {@code OAuthStateService}; tokens
 * encrypted at rest (AES-GCM, key rotation), refreshed before they expire, and deleted when a
 * workspace uninstalls Roundup or revokes its tokens. Plumbing: imports no feature.
 */
package dev.roundup.install;
