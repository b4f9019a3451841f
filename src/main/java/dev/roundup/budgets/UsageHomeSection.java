package dev.roundup.budgets;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.llm.TokenBudgets;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.HomeSection;
import dev.roundup.slack.UserDirectory;
import dev.roundup.store.Workspace;
import java.util.List;
import java.util.Locale;

/**
 * The workspace's model tokens today against its daily budget, on the App Home of workspace
 * admins and owners only: what the budget is for is theirs to decide, and spending is not
 * everyone's business.
 */
public final class UsageHomeSection implements HomeSection {

  private final TokenLedger ledger;
  private final TokenBudgets budgets;
  private final UserDirectory users;

  public UsageHomeSection(TokenLedger ledger, TokenBudgets budgets, UserDirectory users) {
    this.ledger = ledger;
    this.budgets = budgets;
    this.users = users;
  }

  @Override
  public List<LayoutBlock> blocks(String userId) {
    if (!users.person(userId).admin()) {
      return List.of();
    }
    return List.of(header(h -> h.text(plainText("LLM usage (admins)"))),
        BlockPacker.markdownSection(line(ledger.spentToday(Workspace.current()), budgets)));
  }

  /** "Today (UTC): 12,000 of 100,000 tokens (12%). Each task run may use up to 20,000." */
  static String line(long spent, TokenBudgets budgets) {
    StringBuilder out = new StringBuilder("Today (UTC): ");
    long daily = budgets.dailyPerWorkspace();
    if (daily == 0) {
      out.append(String.format(Locale.ENGLISH, "%,d tokens; no daily budget.", spent));
    } else {
      out.append(String.format(Locale.ENGLISH, "%,d of %,d tokens (%d%%).", spent, daily,
          Math.min(100, spent * 100 / daily)));
      if (spent >= daily) {
        out.append(" Summaries use the built-in summarizer until 00:00 UTC.");
      }
    }
    if (budgets.perTaskRun() > 0) {
      out.append(String.format(Locale.ENGLISH, " Each task run may use up to %,d.",
          budgets.perTaskRun()));
    }
    return out.toString();
  }
}
