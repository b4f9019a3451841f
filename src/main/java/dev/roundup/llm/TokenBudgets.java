package dev.roundup.llm;

/**
 * How many model tokens (input plus output) may be spent; 0 means unlimited.
 *
 * @param dailyPerWorkspace tokens per workspace per UTC day, all features together
 * @param perTaskRun        tokens one run of a task may spend
 */
public record TokenBudgets(long dailyPerWorkspace, long perTaskRun) {

  public static final TokenBudgets UNLIMITED = new TokenBudgets(0, 0);

  public TokenBudgets {
    if (dailyPerWorkspace < 0 || perTaskRun < 0) {
      throw new IllegalArgumentException("token budgets are 0 (unlimited) or positive");
    }
  }
}
