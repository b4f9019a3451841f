package dev.roundup.app;

import dev.roundup.store.Workspace;
import dev.roundup.slack.WorkQueue;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refreshes App Homes in the background, at most one pending refresh per person: when twenty of
 * someone's tasks run at 9:00, their Home is published once or twice, not twenty times. A change
 * that arrives while a refresh is running queues another, so the last change is always shown.
 * After scheduled runs ({@link #refreshSoon}) the refresh waits a few seconds, gathering the
 * person's other runs of the burst: 5,000 runs at 9:00 publish each owner's Home once, not the
 * 5,000 {@code views.publish} calls Slack would refuse.
 */
public final class HomeRefresher {

  private final AppHome home;
  private final WorkQueue work;
  private final ScheduledExecutorService later;
  private final Duration gather;
  /** Workspace-qualified user ids ({@link Workspace#key}). */
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final Set<String> gathering = ConcurrentHashMap.newKeySet();

  /** @param gather how long a refresh after a scheduled run waits for the person's other runs */
  public HomeRefresher(AppHome home, WorkQueue work, ScheduledExecutorService later, Duration gather) {
    this.home = home;
    this.work = work;
    this.later = later;
    this.gather = gather;
  }

  /** Refreshes after {@code gather}, once however many runs of the person end meanwhile. */
  public void refreshSoon(String userId) {
    String key = Workspace.key(userId);
    if (gathering.add(key)) {
      try {
        later.schedule(Workspace.bound(() -> {
          gathering.remove(key);
          refresh(userId);
        }), gather.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        gathering.remove(key); // stopping: the next opening of the Home publishes it
      }
    }
  }

  public void refresh(String userId) {
    String key = Workspace.key(userId);
    if (!pending.add(key)) {
      return;
    }
    boolean queued = work.submit(() -> {
      pending.remove(key);
      home.refresh(userId);
    });
    if (!queued) {
      // The pool is full: drop this refresh; the next change or opening the Home will publish.
      pending.remove(key);
    }
  }
}
