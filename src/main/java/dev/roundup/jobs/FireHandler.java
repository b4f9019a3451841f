package dev.roundup.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What runs when a scheduled item of one kind is due. Implemented by a feature package; the
 * scheduler only knows the item's kind, id and planned instant. It is also responsible for asking
 * for the next run, because only the feature knows the item's schedule.
 *
 * <p>The answer completes when the item's work is over, posting included: work that waits (on
 * Slack's posting limits) does not hold a thread of the run pool, and the firing of the instant
 * ends only when every item's work has. An item whose work could not start before Roundup stopped
 * completes with {@link HandedBack}, and its instant is planned again for another node.
 */
@FunctionalInterface
public interface FireHandler {

  CompletionStage<?> fire(Firing firing);

  /** A handler whose work is over when {@code work} returns. */
  static FireHandler of(Consumer<Firing> work) {
    return firing -> {
      work.accept(firing);
      return CompletableFuture.completedFuture(null);
    };
  }
}
