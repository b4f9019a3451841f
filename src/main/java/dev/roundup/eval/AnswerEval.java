package dev.roundup.eval;

import dev.roundup.summarize.Answer;
import dev.roundup.summarize.Answerer;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.summarize.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scores answering on QMSum's specific queries: how well each system retrieves the turns the
 * dataset marks as supporting (recall@k), how close its answer comes to the human answer (ROUGE
 * at one length budget for every system), and how often Roundup answers "not found" — on its own
 * meeting (it should not), and on a meeting of another corpus, where the answer cannot be (it
 * should, nearly always).
 */
public final class AnswerEval {

  /** The retrieval depths reported. */
  public static final int[] DEPTHS = {1, 3, 5, 10};
  /** Turns the BM25 and LEAD baselines put forward for ROUGE (then cut at the budget). */
  static final int BASELINE_TURNS = 5;

  /** One system's mean recall@k and hit@k at each of {@link #DEPTHS}. */
  public record Retrieval(String system, double[] recall, double[] hit) {}

  /** Not-found answers out of questions asked. */
  public record NotFound(String what, int notFound, int asked) {
    public double share() {
      return asked == 0 ? 0 : (double) notFound / asked;
    }
  }

  /** What a run measured. */
  public record Result(int questions, TokenBudget budget, List<Retrieval> retrieval,
      List<SystemScore> rouge, int answered, List<SystemScore> rougeWhenAnswered,
      List<NotFound> notFound, Duration time) {}

  private final Answerer answerer;
  private final String answererName;
  private final int parallelism;

  public AnswerEval(String answererName, Answerer answerer, int parallelism) {
    this.answererName = answererName;
    this.answerer = answerer;
    this.parallelism = Math.max(1, parallelism);
  }

  /** One question's figures, per system in the order Roundup, BM25, LEAD. */
  private record Scored(double[][] recall, double[][] hit, RougeScore[] rouge, int[] tokens,
      boolean ownFound, boolean otherDomainNotFound, boolean sameDomainNotFound,
      boolean sameDomainAsked) {}

  public Result run(List<AskedQuestion> questions) {
    long start = System.nanoTime();
    Map<Integer, AskedQuestion> meetings = questions.stream()
        .collect(Collectors.toMap(AskedQuestion::meeting, q -> q, (a, b) -> a));
    List<Integer> order = meetings.keySet().stream().sorted().toList();
    int budgetTokens = (int) Math.round(questions.stream()
        .mapToInt(q -> Rouge.tokenize(q.answer()).size()).average().orElse(60));
    TokenBudget budget = new TokenBudget(Math.max(1, budgetTokens));
    List<Scored> scored = inPool(() -> IntStream.range(0, questions.size()).parallel()
        .mapToObj(i -> score(questions.get(i), meetings, order, budget)).toList());
    String[] names = {answererName, "BM25 top turns", "LEAD turns"};
    List<Retrieval> retrieval = new ArrayList<>();
    List<SystemScore> rouge = new ArrayList<>();
    List<SystemScore> rougeAnswered = new ArrayList<>();
    List<Scored> answered = scored.stream().filter(Scored::ownFound).toList();
    for (int s = 0; s < names.length; s++) {
      int system = s;
      double[] recall = new double[DEPTHS.length];
      double[] hit = new double[DEPTHS.length];
      for (int d = 0; d < DEPTHS.length; d++) {
        int depth = d;
        recall[d] = scored.stream().mapToDouble(x -> x.recall()[system][depth]).average().orElse(0);
        hit[d] = scored.stream().mapToDouble(x -> x.hit()[system][depth]).average().orElse(0);
      }
      retrieval.add(new Retrieval(names[s], recall, hit));
      RougeScore mean = RougeScore.mean(scored.stream().map(x -> x.rouge()[system]).toList());
      double tokens = scored.stream().mapToInt(x -> x.tokens()[system]).average().orElse(0);
      rouge.add(new SystemScore(names[s], mean, mean, tokens, tokens));
      RougeScore meanAnswered = RougeScore.mean(answered.stream().map(x -> x.rouge()[system]).toList());
      double tokensAnswered = answered.stream().mapToInt(x -> x.tokens()[system]).average().orElse(0);
      rougeAnswered.add(new SystemScore(names[s], meanAnswered, meanAnswered, tokensAnswered,
          tokensAnswered));
    }
    List<NotFound> notFound = List.of(
        new NotFound("its own meeting (should answer)",
            (int) scored.stream().filter(x -> !x.ownFound()).count(), scored.size()),
        new NotFound("a meeting of another corpus (should say not found)",
            (int) scored.stream().filter(Scored::otherDomainNotFound).count(), scored.size()),
        new NotFound("another meeting of the same corpus (may or may not be answerable)",
            (int) scored.stream().filter(Scored::sameDomainNotFound).count(),
            (int) scored.stream().filter(Scored::sameDomainAsked).count()));
    return new Result(questions.size(), budget, retrieval, rouge, answered.size(), rougeAnswered,
        notFound,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private Scored score(AskedQuestion q, Map<Integer, AskedQuestion> meetings, List<Integer> order,
      TokenBudget budget) {
    List<Message> turns = q.meetingText().messages();
    int deepest = DEPTHS[DEPTHS.length - 1];
    List<List<String>> ranked = List.of(
        ExtractiveAnswerer.retrieve(q.meetingText(), q.question(), deepest),
        Bm25Turns.rank(turns, q.question(), deepest),
        turns.subList(0, Math.min(deepest, turns.size())).stream().map(Message::ts).toList());
    double[][] recall = new double[3][DEPTHS.length];
    double[][] hit = new double[3][DEPTHS.length];
    for (int s = 0; s < 3; s++) {
      for (int d = 0; d < DEPTHS.length; d++) {
        List<String> top = ranked.get(s).subList(0, Math.min(DEPTHS[d], ranked.get(s).size()));
        long found = top.stream().filter(q.supporting()::contains).count();
        recall[s][d] = q.supporting().isEmpty() ? 0 : (double) found / q.supporting().size();
        hit[s][d] = found > 0 ? 1 : 0;
      }
    }
    Answer answer = answerer.answer(q.meetingText(), q.question());
    Function<String, String> textOf = ts -> turns.stream().filter(m -> m.ts().equals(ts))
        .findFirst().map(Message::text).orElse("");
    String[] texts = {
        answer.found() ? answerText(answer) : "",
        ranked.get(1).stream().limit(BASELINE_TURNS).map(textOf).collect(Collectors.joining("\n")),
        ranked.get(2).stream().limit(BASELINE_TURNS).map(textOf).collect(Collectors.joining("\n"))};
    RougeReference reference = RougeReference.of(Rouge.tokenize(q.answer()));
    RougeScore[] rouge = new RougeScore[3];
    int[] tokens = new int[3];
    for (int s = 0; s < 3; s++) {
      List<String> cut = budget.cut(Rouge.tokenize(texts[s]));
      rouge[s] = reference.score(reference.encode(cut));
      tokens[s] = cut.size();
    }
    AskedQuestion otherDomain = nextMeeting(q, meetings, order, true);
    AskedQuestion sameDomain = nextMeeting(q, meetings, order, false);
    boolean otherNotFound = otherDomain != null
        && !answerer.answer(otherDomain.meetingText(), q.question()).found();
    boolean sameAsked = sameDomain != null;
    boolean sameNotFound = sameAsked
        && !answerer.answer(sameDomain.meetingText(), q.question()).found();
    return new Scored(recall, hit, rouge, tokens, answer.found(), otherNotFound, sameNotFound,
        sameAsked);
  }

  /**
   * The answer as a reader reads it: the lead, then the quoted messages, without saying again a
   * quote the lead already says.
   */
  static String answerText(Answer answer) {
    StringBuilder out = new StringBuilder(answer.text());
    String lead = Rouge.tokenize(answer.text()).toString();
    for (Answer.Quote quote : answer.quotes()) {
      String quoted = Rouge.tokenize(quote.text()).toString();
      if (!lead.contains(quoted.substring(1, quoted.length() - 1))) {
        out.append('\n').append(quote.text());
      }
    }
    return out.toString();
  }

  /** The next meeting after q's (in file order, wrapping) of another domain, or of the same one. */
  private static AskedQuestion nextMeeting(AskedQuestion q, Map<Integer, AskedQuestion> meetings,
      List<Integer> order, boolean otherDomain) {
    int at = order.indexOf(q.meeting());
    for (int k = 1; k < order.size(); k++) {
      AskedQuestion candidate = meetings.get(order.get((at + k) % order.size()));
      if ((candidate.domain() != q.domain()) == otherDomain) {
        return candidate;
      }
    }
    return null;
  }

  private <T> T inPool(Callable<T> work) {
    return EvalPool.run(parallelism, work);
  }
}
