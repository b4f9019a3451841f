package dev.roundup.eval;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The scores of several systems on the same samples at the same budget.
 *
 * @param samples    number of samples scored
 * @param references total number of reference summaries over those samples
 */
public record ResultTable(
    String title, TokenBudget budget, int samples, int references, List<SystemScore> rows,
    Duration elapsed) {

  public ResultTable {
    rows = List.copyOf(rows);
  }

  public Optional<SystemScore> row(String system) {
    return rows.stream().filter(r -> r.system().equals(system)).findFirst();
  }
}
