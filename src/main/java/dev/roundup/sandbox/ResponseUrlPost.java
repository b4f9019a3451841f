package dev.roundup.sandbox;

import java.time.Instant;

/** A JSON body the app posted to a slash command's {@code response_url}. */
public record ResponseUrlPost(String responseId, String body, Instant at) {}
