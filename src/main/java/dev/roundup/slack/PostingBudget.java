package dev.roundup.slack;

/**
 * How fast one workspace may be posted to, as the {@link OutboundQueue} asks it: is a message
 * allowed now, and if not, how long until one is; then take it. This node's own token bucket
 * ({@link TokenBucket}), or one shared by every node through the database
 * ({@link SharedPostingBudget}). Used by the queue's dispatcher only, under its lock.
 */
public interface PostingBudget {

  /** Nanoseconds (on {@link System#nanoTime}'s scale) until a message may be posted; 0: now. */
  long nanosUntilToken(long nowNanos);

  /** Takes the message allowance {@link #nanosUntilToken} just said is there. */
  void take(long nowNanos);
}
