package dev.roundup.slack;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Shows a long read on the placeholder: every {@value #EVERY} messages, and before each wait for a
 * Slack rate limit. Counted in messages, not time, so what the user sees does not depend on speed.
 */
public final class ProgressNotes implements ReadProgress {

  static final int EVERY = 1000;

  private final String what;
  private final Consumer<String> show;
  private int shownAt;

  public ProgressNotes(String what, Consumer<String> show) {
    this.what = what;
    this.show = show;
  }

  @Override
  public void messagesRead(int soFar) {
    if (soFar / EVERY > shownAt / EVERY) {
      shownAt = soFar;
      show.accept(":hourglass_flowing_sand: Reading " + what + "… " + String.format("%,d", soFar)
          + " messages so far.");
    }
  }

  @Override
  public void rateLimited(Duration wait) {
    show.accept(":hourglass_flowing_sand: Slack asked me to slow down; continuing in "
        + wait.toSeconds() + " s (" + String.format("%,d", shownAt) + " messages read so far).");
  }
}
