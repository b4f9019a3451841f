package dev.roundup.tasks;

import java.util.Locale;

/** What a task does when it runs. */
public enum ActionKind {
  /** Posts a fixed text to a person or a channel. */
  REMIND,
  /** Summarizes channels over the time since the previous run. */
  SUMMARIZE,
  /** One summary section per channel, in one message. */
  DIGEST;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
