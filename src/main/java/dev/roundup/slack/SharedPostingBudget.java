package dev.roundup.slack;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workspace's posting allowance shared by every node ({@link PostingBudgetStore}): this node
 * takes a few permits at a time, so a burst costs one database round trip per few posts, not one
 * per post. The queue asks only when it has a message ready to go, so permits are used at once;
 * any this node has not used within {@link #HOLD_NANOS} are dropped rather than spent late, so
 * posts never bunch up past the workspace's limit. When the database cannot be reached the node
 * waits and asks again: it never posts on a guess.
 */
public final class SharedPostingBudget implements PostingBudget {

  /** Permits taken at a time: few enough that nodes share a burst, enough to save round trips. */
  static final int LEASE = 5;
  /** Permits not used within this time are dropped. */
  static final long HOLD_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long RETRY_AFTER_FAILURE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final Logger log = LoggerFactory.getLogger(SharedPostingBudget.class);

  private final PostingBudgetStore store;
  private final String teamId;
  private final double perSecond;
  private final int burst;
  private final Clock wall;
  private int permits;
  private long takenAt;
  private long notBefore;
  private boolean waiting;

  SharedPostingBudget(PostingBudgetStore store, String teamId, PostingLimits limits, Clock wall) {
    this.store = store;
    this.teamId = teamId;
    this.perSecond = limits.workspacePerMinute() / 60.0;
    this.burst = limits.workspaceBurst();
    this.wall = wall;
  }

  /**
   * The per-workspace budgets of an {@link OutboundQueue} whose workspace limit is shared by every
   * node on this database; a workspace rate of 0 (no limit) needs no sharing.
   */
  public static Function<String, PostingBudget> perWorkspace(PostingBudgetStore store,
      PostingLimits limits, Clock wall) {
    if (limits.workspacePerMinute() <= 0) {
      return team -> new TokenBucket(0, 1, 0);
    }
    return team -> new SharedPostingBudget(store, team, limits, wall);
  }

  @Override
  public long nanosUntilToken(long nowNanos) {
    if (permits > 0 && nowNanos - takenAt > HOLD_NANOS) {
      permits = 0;
    }
    if (permits > 0) {
      return 0;
    }
    if (waiting && nowNanos - notBefore < 0) {
      return notBefore - nowNanos;
    }
    waiting = false;
    PostingBudgetStore.Grant grant;
    try {
      grant = store.take(teamId, LEASE, perSecond, burst, wall.millis());
    } catch (RuntimeException e) {
      log.warn("Could not take posting permits for workspace {} ({}); waiting", teamId, e.getMessage());
      return waitFor(nowNanos, RETRY_AFTER_FAILURE_NANOS);
    }
    if (grant.permits() == 0) {
      return waitFor(nowNanos, TimeUnit.MILLISECONDS.toNanos(Math.max(1, grant.waitMillis())));
    }
    permits = grant.permits();
    takenAt = nowNanos;
    return 0;
  }

  @Override
  public void take(long nowNanos) {
    permits--;
  }

  private long waitFor(long nowNanos, long nanos) {
    waiting = true;
    notBefore = nowNanos + nanos;
    return nanos;
  }
}
