/**
 * The Slack emulator: an in-memory {@link dev.roundup.sandbox.Workspace} behind a local,
 * Slack-compatible Web API, with event, slash-command and interaction delivery to the app over
 * signed HTTP or Socket Mode. Its public API — {@link dev.roundup.sandbox.SlackEmulator} (people
 * acting, what they see, the record of calls, faults), {@link dev.roundup.sandbox.SlackExport}
 * (workspaces from Slack exports and the shipped sample), {@link dev.roundup.sandbox.SandboxClock}
 * and {@link dev.roundup.sandbox.Changes} — is what the tests, the benchmarks and the sandbox
 * console ({@code console} sub-package) all use; docs/SANDBOX.md lists it. Production code that
 * imports nothing of Roundup but the pure export reader ({@code dev.roundup.export}).
 */
package dev.roundup.sandbox;
