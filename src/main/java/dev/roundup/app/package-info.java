/**
 * The command line (picocli: serve, sandbox, summarize, digest, schedule, eval), the one immutable
 * configuration object, the wiring that builds every object once, and the sandbox's wiring of the
 * Slack emulator, the real app and the console.
 */
package dev.roundup.app;
