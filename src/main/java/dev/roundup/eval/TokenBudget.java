package dev.roundup.eval;

import java.util.List;

/**
 * How much text a system may submit, counted in scorer tokens (see {@link Rouge#tokenize}).
 * Every system in a table is cut at the same budget, so no one wins by writing more.
 */
public record TokenBudget(int maxTokens) {

  /** No cut: the reference baselines as SOURCE.md defines them (whole turns). */
  public static final TokenBudget UNLIMITED = new TokenBudget(Integer.MAX_VALUE);

  public TokenBudget {
    if (maxTokens <= 0) {
      throw new IllegalArgumentException("budget must be positive, was " + maxTokens);
    }
  }

  public List<String> cut(List<String> tokens) {
    return tokens.size() <= maxTokens ? tokens : tokens.subList(0, maxTokens);
  }

  public boolean isUnlimited() {
    return maxTokens == Integer.MAX_VALUE;
  }

  @Override
  public String toString() {
    return isUnlimited() ? "whole turns, uncut" : maxTokens + " tokens";
  }
}
