package dev.roundup.budgets;

import dev.roundup.llm.LlmAccount;
import dev.roundup.llm.LlmClient;
import dev.roundup.llm.LlmException;
import dev.roundup.llm.LlmRequest;
import dev.roundup.llm.LlmResponse;
import dev.roundup.llm.TokenBudgets;
import dev.roundup.llm.TokenUsage;
import dev.roundup.store.Workspace;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured model behind token budgets: THE place where a call is allowed or not. Every
 * model call of Roundup — summaries, answers, catch-ups, digests and task runs — goes through
 * this client, so a budget that has no room turns into an {@link LlmException.Kind#OVER_BUDGET}
 * failure, and the summarizer or answerer falls back to the built-in one exactly as it does when
 * the model is down, with a note that says which budget ran out. What each call used is counted
 * in the {@link TokenLedger} and in {@code roundup_llm_tokens_total}.
 */
public final class BudgetedLlmClient implements LlmClient {

  private static final Logger log = LoggerFactory.getLogger(BudgetedLlmClient.class);

  private final LlmClient model;
  private final String provider;
  private final TokenLedger ledger;
  private final TokenBudgets budgets;
  private final String defaultTeamId;
  private final MeterRegistry metrics;

  /**
   * @param provider      the provider's name, for the metrics ("openai", "anthropic")
   * @param defaultTeamId the workspace charged for calls whose request and thread name none
   */
  public BudgetedLlmClient(LlmClient model, String provider, TokenLedger ledger,
      TokenBudgets budgets, String defaultTeamId, MeterRegistry metrics) {
    this.model = model;
    this.provider = provider;
    this.ledger = ledger;
    this.budgets = budgets;
    this.defaultTeamId = defaultTeamId;
    this.metrics = metrics;
  }

  @Override
  public LlmResponse complete(LlmRequest request) throws LlmException {
    // The workspace the work is for pays; a caller outside any (a tool, a test) charges the default.
    String team = Workspace.current().equals(Workspace.NONE) ? defaultTeamId : Workspace.current();
    LlmAccount account = request.account() == null ? LlmAccount.workspace(team)
        : request.account().inTeamOr(team);
    TokenLedger.Hold hold = ledger.hold(account, TokenUsage.mostFor(request), budgets);
    if (!hold.held()) {
      throw refused(hold.refusal(), account);
    }
    LlmResponse response;
    try {
      response = model.complete(request);
    } catch (LlmException | RuntimeException e) {
      // No answer, so nothing the provider says it billed: the hold goes back.
      ledger.release(hold);
      throw e;
    }
    TokenUsage used = TokenUsage.of(request, response);
    ledger.settle(hold, used);
    count(used);
    return response;
  }

  private LlmException refused(TokenLedger.Refusal refusal, LlmAccount account) {
    String which = refusal == TokenLedger.Refusal.TASK_RUN ? "task_run" : "workspace_day";
    metrics.counter("roundup_llm_budget_fallbacks_total", "budget", which).increment();
    log.info("LLM call for workspace {}{} not made: {} budget has no room", account.teamId(),
        account.isTaskRun() ? " task " + account.taskId() : "", which);
    return new LlmException(LlmException.Kind.OVER_BUDGET,
        refusal == TokenLedger.Refusal.TASK_RUN ? "LLM budget for this task run used up"
            : "LLM budget for today used up");
  }

  private void count(TokenUsage used) {
    tokens("input").increment(used.input());
    tokens("output").increment(used.output());
  }

  /** Tokens as billed, or estimated where the provider does not say. */
  private Counter tokens(String kind) {
    return metrics.counter("roundup_llm_tokens_total", "provider", provider, "kind", kind);
  }
}
