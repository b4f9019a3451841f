package dev.roundup.store;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The workspace (Slack team) the work on this thread is for. Each entry point sets it — an event or
 * command from its payload's team, a scheduled run from its stored task's or digest's team — and
 * the stores and the Slack Web API read it: every query of a per-workspace table filters by it, and
 * every Slack call is made with that workspace's own token. Work handed to another thread carries
 * it along ({@link #bound(Runnable)}).
 *
 * <p>In single-workspace mode there is one workspace, and work that names none is its work
 * ({@link #soleWorkspace}). With several workspaces, work that set no workspace is {@link #NONE}:
 * it reads and writes only rows of no workspace (rows stored before workspaces existed) and has no
 * Slack token, so a path that forgot to choose its team finds nothing of anyone's and can post
 * nowhere, instead of falling back to some other workspace.
 */
public final class Workspace {

  /** No workspace: the team id of rows stored before Roundup knew workspaces. */
  public static final String NONE = "";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
  /** The workspace of work that names none: the sole one in single-workspace mode, else none. */
  private static volatile String unnamed = NONE;

  private Workspace() {}

  /** The team the work on this thread is for, or {@link #NONE}. */
  public static String current() {
    String team = CURRENT.get();
    return team == null ? unnamed : team;
  }

  /**
   * Single-workspace mode: from now on, work that names no workspace is {@code teamId}'s (there is
   * no other). Closing the answer undoes it.
   */
  public static AutoCloseable soleWorkspace(String teamId) {
    String before = unnamed;
    unnamed = Objects.requireNonNull(teamId);
    return () -> unnamed = before;
  }

  /** Work with a result, which may throw what its caller handles. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /**
   * Runs {@code work} for {@code teamId} (null: the work names no workspace), then restores what
   * was current before.
   */
  public static <T, E extends Exception> T call(String teamId, Work<T, E> work) throws E {
    String before = CURRENT.get();
    CURRENT.set(teamId);
    try {
      return work.run();
    } finally {
      restore(before);
    }
  }

  /** {@link #call} for work without a result. */
  public static void run(String teamId, Runnable work) {
    call(teamId, () -> {
      work.run();
      return null;
    });
  }

  /** {@code work}, to run on another thread for the workspace current here and now. */
  public static Runnable bound(Runnable work) {
    String team = CURRENT.get();
    return () -> run(team, work);
  }

  /** {@link #bound(Runnable)} for work with a result. */
  public static <T> Callable<T> bound(Callable<T> work) {
    String team = CURRENT.get();
    return () -> call(team, work::call);
  }

  /** A cache key for {@code id} in the current workspace (ids of two workspaces may be equal). */
  public static String key(String id) {
    return current() + "/" + id;
  }

  private static void restore(String before) {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
  }
}
