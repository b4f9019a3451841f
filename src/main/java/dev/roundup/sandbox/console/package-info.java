/**
 * The sandbox console: a Slack-like web page over the emulator (channels, threads, a composer that
 * posts as any member, slash commands, buttons, modals, the App Home, a clock control, the Web API
 * calls the app made and the emulator's fault controls). It uses only the emulator's public API and,
 * like the emulator, nothing of Roundup; the {@code sandbox} command wires it to the real app.
 */
package dev.roundup.sandbox.console;
