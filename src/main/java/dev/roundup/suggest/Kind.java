package dev.roundup.suggest;

import java.util.Locale;

/** What a suggestion offers to take over: maps onto the task action it would create. */
public enum Kind {
  /** Post a message someone posts by hand on a rhythm. */
  REMIND,
  /** Summarize a channel someone asks Roundup to summarize on a rhythm. */
  SUMMARIZE,
  /** A digest of a channel someone summarizes by hand often, without a fixed rhythm. */
  DIGEST;

  /** The word in the command line's JSON and in the database. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Kind fromWord(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }
}
