package dev.roundup.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A version number that goes up whenever something a person could see changes: the workspace
 * (messages, members, files), a Web API call, an ephemeral message, a view, the clock. Watchers
 * (the sandbox console's live updates) listen for it instead of polling the whole state.
 */
public final class Changes {

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private long version;

  /** The current version; it only grows. */
  public synchronized long version() {
    return version;
  }

  /** Calls {@code listener} after every change (on the changing thread: keep it short). */
  public AutoCloseable listen(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Records a change and tells the listeners. */
  public void changed() {
    synchronized (this) {
      version++;
    }
    listeners.forEach(Runnable::run);
  }
}
