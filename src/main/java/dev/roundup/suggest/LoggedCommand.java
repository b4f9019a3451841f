package dev.roundup.suggest;

import java.time.Instant;

/** A slash command someone ran, as the command log keeps it. */
public record LoggedCommand(String teamId, String user, String command, String args, String channel,
    Instant at) {}
