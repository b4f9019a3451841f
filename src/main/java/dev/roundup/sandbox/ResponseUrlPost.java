package dev.roundup.sandbox;

import java.time.Instant;

/**
 * A JSON body the app posted to a {@code response_url}: one issued for {@code userId}'s slash
 * command or button click, so whoever reads the record knows who alone would have seen it.
 */
public record ResponseUrlPost(String responseId, String userId, String body, Instant at) {}
