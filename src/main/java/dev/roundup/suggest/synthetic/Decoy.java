package dev.roundup.suggest.synthetic;

/**
 * A distractor planted on purpose: something that looks like a rhythm and is not one Roundup should
 * offer to take over. A suggestion made from it is a false positive the report can name.
 *
 * @param user    whose it is, or null when several people share it
 * @param channel where it happens
 */
public record Decoy(String label, String user, String channel) {}
