package dev.roundup.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * Scores systems side by side: every system summarizes every sample, its text is tokenized, cut at
 * the budget and scored against each of the sample's references. Samples run on a pool bounded to
 * the given parallelism so an eval does not take every core of a shared machine.
 */
public final class Evaluation {

  private final int parallelism;

  public Evaluation(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    this.parallelism = parallelism;
  }

  /** One sample's results, per system in the order given. */
  private record SampleResult(RougeScore[] mean, RougeScore[] max, int[] tokens, int[] written) {}

  public ResultTable run(String title, List<EvalSample> samples, List<EvalSystem> systems,
      TokenBudget budget) {
    long start = System.nanoTime();
    List<SampleResult> results = inPool(() -> IntStream.range(0, samples.size()).parallel()
        .mapToObj(i -> score(samples.get(i), systems, budget))
        .toList());
    List<SystemScore> rows = new ArrayList<>();
    for (int s = 0; s < systems.size(); s++) {
      int system = s;
      rows.add(new SystemScore(systems.get(s).name(),
          RougeScore.mean(results.stream().map(r -> r.mean()[system]).toList()),
          RougeScore.mean(results.stream().map(r -> r.max()[system]).toList()),
          results.stream().mapToInt(r -> r.tokens()[system]).average().orElse(0),
          results.stream().mapToInt(r -> r.written()[system]).average().orElse(0)));
    }
    int references = samples.stream().mapToInt(x -> x.references().size()).sum();
    return new ResultTable(title, budget, samples.size(), references, rows,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static SampleResult score(EvalSample sample, List<EvalSystem> systems,
      TokenBudget budget) {
    List<RougeReference> references = sample.references().stream()
        .map(r -> RougeReference.of(Rouge.tokenize(r)))
        .toList();
    int n = systems.size();
    SampleResult result =
        new SampleResult(new RougeScore[n], new RougeScore[n], new int[n], new int[n]);
    for (int s = 0; s < n; s++) {
      List<String> written = Rouge.tokenize(systems.get(s).summarize(sample, budget));
      List<String> tokens = budget.cut(written);
      List<RougeScore> perReference = references.stream()
          .map(reference -> reference.score(reference.encode(tokens)))
          .toList();
      result.mean()[s] = RougeScore.mean(perReference);
      result.max()[s] = RougeScore.max(perReference);
      result.tokens()[s] = tokens.size();
      result.written()[s] = written.size();
    }
    return result;
  }

  private <T> T inPool(Callable<T> work) {
    return EvalPool.run(parallelism, work);
  }
}
