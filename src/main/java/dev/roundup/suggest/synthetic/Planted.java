package dev.roundup.suggest.synthetic;

import dev.roundup.suggest.Kind;
import java.time.Duration;

/**
 * A rhythm planted on purpose: what a perfect detector suggests. A suggestion matches it when the
 * person, channel and kind are the same and its schedule runs on the same days, each run within
 * {@code tolerance} of the planted time.
 *
 * @param label  the kind of rhythm, for the report ("weekly reminder")
 * @param phrase the planted schedule, e.g. "every Friday at 10:00", in the person's time zone
 */
public record Planted(String label, String user, String channel, Kind kind, String phrase,
    Duration tolerance) {}
