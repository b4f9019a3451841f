package dev.roundup.app;

import dev.roundup.slack.WorkQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refreshes App Homes in the background, at most one pending refresh per person: when twenty of
 * someone's tasks run at 9:00, their Home is published once or twice, not twenty times. A change
 * that arrives while a refresh is running queues another, so the last change is always shown.
 */
public final class HomeRefresher {

  private final AppHome home;
  private final WorkQueue work;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  public HomeRefresher(AppHome home, WorkQueue work) {
    this.home = home;
    this.work = work;
  }

  public void refresh(String userId) {
    if (!pending.add(userId)) {
      return;
    }
    boolean queued = work.submit(() -> {
      pending.remove(userId);
      home.refresh(userId);
    });
    if (!queued) {
      // The pool is full: drop this refresh; the next change or opening the Home will publish.
      pending.remove(userId);
    }
  }
}
