package dev.roundup.app;

import dev.roundup.digest.DigestRepository;
import dev.roundup.suggest.Suggestions;
import dev.roundup.tasks.TaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roundup was removed from a workspace ({@code app_uninstalled}, {@code tokens_revoked}): nothing
 * of it runs again. Its tasks are paused (saying why), its digests stopped and its open
 * suggestions expired, so no firing of a shared instant runs them and the trigger repair plans
 * none. What is stored stays until an operator purges it ({@code purge-workspace}): a reinstall
 * finds its tasks and digests paused, not gone.
 */
public final class WorkspaceRemoval {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceRemoval.class);
  static final String REASON = "Roundup was removed from this workspace";

  /** What stopped. */
  public record Stopped(int tasks, int digests, int suggestions) {}

  private final TaskRepository tasks;
  private final DigestRepository digests;
  private final Suggestions suggestions;

  WorkspaceRemoval(TaskRepository tasks, DigestRepository digests, Suggestions suggestions) {
    this.tasks = tasks;
    this.digests = digests;
    this.suggestions = suggestions;
  }

  /** Stops everything scheduled for {@code teamId}; safe to call again. */
  public Stopped removed(String teamId) {
    Stopped stopped = new Stopped(tasks.pauseWorkspace(teamId, REASON), digests.stopWorkspace(teamId),
        suggestions.workspaceRemoved(teamId));
    log.info("Workspace {} removed Roundup: paused {} task(s), stopped {} digest(s), expired {} suggestion(s)",
        teamId, stopped.tasks(), stopped.digests(), stopped.suggestions());
    return stopped;
  }
}
