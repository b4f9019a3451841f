package dev.roundup.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a provider that keeps failing, so a dead endpoint costs users nothing but a fast
 * fallback instead of a timeout each. Closed until {@code failureThreshold} consecutive calls
 * fail; then open (calls refused) for {@code openDuration}; then half-open: one trial call is let
 * through, and its outcome closes or re-opens the circuit. Thread-safe.
 */
public final class CircuitBreaker {

  /** Where the breaker stands. */
  public enum State { CLOSED, OPEN, HALF_OPEN }

  private final int failureThreshold;
  private final Duration openDuration;
  private final Clock clock;

  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openedAt;
  private boolean trialInFlight;

  public CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
    if (failureThreshold < 1) {
      throw new IllegalArgumentException("failureThreshold must be at least 1");
    }
    this.failureThreshold = failureThreshold;
    this.openDuration = openDuration;
    this.clock = clock;
  }

  /** Opens after 5 consecutive failures, tries again after 30 s. */
  public static CircuitBreaker withDefaults(Clock clock) {
    return new CircuitBreaker(5, Duration.ofSeconds(30), clock);
  }

  /**
   * Asks permission for one call. When this returns true the caller must report the outcome with
   * {@link #onSuccess()}, {@link #onFailure()} or {@link #release()}.
   */
  public synchronized boolean tryAcquire() {
    switch (state) {
      case CLOSED:
        return true;
      case OPEN:
        if (clock.instant().isBefore(openedAt.plus(openDuration))) {
          return false;
        }
        state = State.HALF_OPEN;
        trialInFlight = true;
        return true;
      case HALF_OPEN:
      default:
        // Only one trial at a time: the rest keep failing fast until it reports back.
        if (trialInFlight) {
          return false;
        }
        trialInFlight = true;
        return true;
    }
  }

  public synchronized void onSuccess() {
    state = State.CLOSED;
    consecutiveFailures = 0;
    trialInFlight = false;
  }

  public synchronized void onFailure() {
    trialInFlight = false;
    consecutiveFailures++;
    if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
      state = State.OPEN;
      openedAt = clock.instant();
    }
  }

  /**
   * Reports a call that says nothing about the provider (cancelled by its caller): counts
   * nothing, but frees the half-open trial slot for the next caller.
   */
  public synchronized void release() {
    trialInFlight = false;
  }

  public synchronized State state() {
    return state;
  }
}
