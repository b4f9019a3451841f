package dev.roundup.llm;

/**
 * Whom a model call is charged to: a workspace, and within it the task whose run made the call.
 * Budgets are kept per account, so a call carries its account from the request that caused it
 * down to the client that spends the tokens.
 *
 * @param teamId the workspace, or null for the workspace Roundup serves by default
 * @param taskId the task whose run this is, or null outside task runs
 * @param runKey which run of that task (a task's budget is per run), or null
 */
public record LlmAccount(String teamId, Long taskId, String runKey) {

  /** A call for a workspace outside any task (a mention, /summarize, /ask, a digest). */
  public static LlmAccount workspace(String teamId) {
    return new LlmAccount(teamId, null, null);
  }

  /** A call made by one run of a task. */
  public static LlmAccount taskRun(String teamId, long taskId, String runKey) {
    return new LlmAccount(teamId, taskId, runKey);
  }

  public boolean isTaskRun() {
    return taskId != null;
  }

  /** The same account in {@code defaultTeamId} when it names no workspace. */
  public LlmAccount inTeamOr(String defaultTeamId) {
    return teamId != null ? this : new LlmAccount(defaultTeamId, taskId, runKey);
  }
}
