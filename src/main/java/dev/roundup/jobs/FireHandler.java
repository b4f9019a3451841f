package dev.roundup.jobs;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

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

  /**
   * Called once per firing of an instant, on the firing thread, with every item due then, before
   * any of them runs: a handler may do at once for all of them what it would otherwise do for each
   * (claim them in a few statements rather than one per item). Answers the work for one item, which
   * the run pool then does for each. The firings share their instant. By default, {@link #fire}.
   */
  default Function<Firing, CompletionStage<?>> prepare(List<Firing> firings) {
    return this::fire;
  }

  /** A handler whose work is over when {@code work} returns. */
  static FireHandler of(Consumer<Firing> work) {
    return firing -> {
      work.accept(firing);
      return CompletableFuture.completedFuture(null);
    };
  }
}
