package dev.roundup.summarize;

import dev.roundup.llm.LlmClient;
import dev.roundup.llm.LlmException;
import dev.roundup.llm.LlmRequest;
import dev.roundup.llm.LlmResponse;
import dev.roundup.llm.LlmSettings;
import dev.roundup.llm.TokenEstimate;
import dev.roundup.threads.WorkThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarizes with a large language model and falls back to another summarizer (the extractive
 * one) whenever the model fails or answers something unusable, so a reader always gets a summary
 * and a note saying which kind. A conversation too long for one prompt is summarized in chunks in
 * parallel, and the partial summaries are merged by further calls (map-reduce).
 */
public final class LlmSummarizer implements Summarizer, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LlmSummarizer.class);

  static final int SUMMARY_OUTPUT_TOKENS = 1_500;
  /** Room left in each prompt for estimate error and the instructions around the data. */
  private static final int PROMPT_MARGIN_TOKENS = 300;
  private static final int MIN_DATA_BUDGET_TOKENS = 500;

  private final LlmClient client;
  private final LlmSettings settings;
  private final Summarizer fallback;
  private final ExecutorService pool;

  public LlmSummarizer(LlmClient client, LlmSettings settings, Summarizer fallback) {
    this.client = client;
    this.settings = settings;
    this.fallback = fallback;
    // Work like any summary: behind the acknowledgements (see WorkThreads).
    this.pool = Executors.newFixedThreadPool(Math.max(1, settings.maxParallel()),
        WorkThreads.of("llm-summarizer-", WorkThreads.Priority.BACKGROUND));
  }

  @Override
  public Summary summarize(Conversation conversation, SummaryOptions options) {
    if (conversation.isEmpty()) {
      return fallback.summarize(conversation, options);
    }
    try {
      return summarizeWithModel(conversation, options);
    } catch (LlmException e) {
      log.atLevel(FallbackNotes.logLevel(e)).log(
          "LLM summary failed for {} messages in channel {}: {}; using extractive summary",
          conversation.size(), conversation.channelId(), e.getMessage());
      return fallback.summarize(conversation, options).withNote(FallbackNotes.summary(e));
    } catch (RuntimeException e) {
      log.warn("LLM summary failed for {} messages in channel {}; using extractive summary",
          conversation.size(), conversation.channelId(), e);
      return fallback.summarize(conversation, options)
          .withNote("LLM unavailable — extractive summary");
    }
  }

  private Summary summarizeWithModel(Conversation whole, SummaryOptions options)
      throws LlmException {
    // What talks to the bot is counted, never sent: the model is not asked to resist what it
    // never sees.
    AddressedToBot.Content content = AddressedToBot.split(whole);
    Conversation conversation = content.conversation();
    String code = LanguageDetector.code(conversation.messages());
    if (conversation.isEmpty()) {
      return fallback.summarize(whole, options);
    }
    String language = LanguageDetector.outputLanguage(settings.language(),
        conversation.messages());
    PromptNames names = new PromptNames(conversation);
    LlmSummaryParser parser = new LlmSummaryParser(conversation, names);
    String system = SummaryPrompts.summarySystem(options, language);
    int dataBudget = dataBudget(system);
    List<List<Message>> chunks = new ConversationChunker(dataBudget,
        message -> TokenEstimate.of(SummaryPrompts.messageLine(message, names)) + 1)
        .split(conversation);
    Summary summary;
    if (chunks.size() == 1) {
      summary = requireContent(ask(system,
          SummaryPrompts.summaryUser(chunks.get(0), options, names), parser, options));
    } else {
      log.info("Conversation of {} messages is over {} tokens: summarizing {} chunks",
          conversation.size(), settings.maxInputTokens(), chunks.size());
      List<Summary> partials = inParallel(chunks.stream()
          .map(chunk -> (ModelCall) () -> ask(system,
              SummaryPrompts.summaryUser(chunk, options, names), parser, options))
          .toList());
      summary = requireContent(merge(partials, parser, names, options, language));
    }
    return summary.withStats(summary.stats().withAddressedToBot(content.ignored())
            .withDropped(parser.unsourcedDropped(), parser.ownersDropped()))
        .withLanguage(code);
  }

  /**
   * Merges partial summaries with one call when they fit in a prompt, else merges them in groups
   * first, level by level, so any number of chunks ends in one summary.
   */
  private Summary merge(List<Summary> partials, LlmSummaryParser parser, PromptNames names,
      SummaryOptions options, String language) throws LlmException {
    if (partials.size() == 1) {
      return partials.get(0);
    }
    String system = SummaryPrompts.mergeSystem(options, language);
    int budget = dataBudget(system);
    // Partial summaries go back in as the model wrote them: people by name, not by id.
    List<String> level = partials.stream().map(p -> inPromptForm(p, names)).toList();
    while (true) {
      List<List<String>> groups = groupsWithinBudget(level, budget);
      List<Summary> merged = inParallel(groups.stream()
          .map(group -> (ModelCall) () -> ask(system, SummaryPrompts.mergeUser(group, options),
              parser, options))
          .toList());
      if (groups.size() == 1) {
        return merged.get(0);
      }
      level = merged.stream().map(p -> inPromptForm(p, names)).toList();
    }
  }

  private static String inPromptForm(Summary summary, PromptNames names) {
    java.util.function.Function<List<Point>, List<Point>> named = points -> points.stream()
        .map(p -> new Point(names.toPrompt(p.text()), p.sources())).toList();
    return SummaryJson.writeCompact(new Summary(names.toPrompt(summary.tldr()),
        named.apply(summary.highlights()), named.apply(summary.decisions()),
        summary.actionItems().stream().map(a -> new ActionItem(names.label(a.owner()),
            names.toPrompt(a.text()), a.due(), a.sources())).toList(),
        named.apply(summary.openQuestions()), summary.stats(), null));
  }

  /** Consecutive groups under the budget, at least two per group so every level shrinks. */
  private static List<List<String>> groupsWithinBudget(List<String> items, int budget) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int cost = 0;
    for (String item : items) {
      int itemCost = TokenEstimate.of(item) + 1;
      if (current.size() >= 2 && cost + itemCost > budget) {
        groups.add(current);
        current = new ArrayList<>();
        cost = 0;
      }
      current.add(item);
      cost += itemCost;
    }
    if (current.size() == 1 && !groups.isEmpty()) {
      groups.get(groups.size() - 1).add(current.get(0));
    } else if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /** One model call and its parsing; malformed JSON gets exactly one repair request. */
  private Summary ask(String system, String user, LlmSummaryParser parser,
      SummaryOptions options) throws LlmException {
    LlmResponse response = client.complete(request(system, user, options));
    logUsage(response);
    try {
      return parser.parse(response.text(), options);
    } catch (MalformedSummaryException first) {
      log.info("LLM answer was not valid summary JSON ({}); asking once for a repair",
          first.getMessage());
    }
    LlmResponse repaired = client.complete(request(SummaryPrompts.repairSystem(),
        SummaryPrompts.repairUser(response.text()), options));
    logUsage(repaired);
    try {
      return parser.parse(repaired.text(), options);
    } catch (MalformedSummaryException second) {
      throw new LlmException(LlmException.Kind.BAD_RESPONSE,
          "LLM gave an unusable answer (invalid JSON, also after a repair request)");
    }
  }

  /** Structured output where the provider enforces a schema; JSON mode where it does not. */
  private LlmRequest request(String system, String user, SummaryOptions options) {
    return new LlmRequest(system, user, settings.temperature(), SUMMARY_OUTPUT_TOKENS, true,
        SummaryPrompts.responseSchema(), options.chargeTo());
  }

  private List<Summary> inParallel(List<ModelCall> calls) throws LlmException {
    List<Future<Summary>> futures = calls.stream().map(call -> pool.submit(call::call)).toList();
    List<Summary> results = new ArrayList<>();
    try {
      for (Future<Summary> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LlmException llm) {
        throw llm;
      }
      throw new IllegalStateException("chunk summary failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException(LlmException.Kind.UNAVAILABLE, "LLM call interrupted");
    } finally {
      // One failed chunk sinks the whole summary: stop spending calls on the rest.
      futures.forEach(future -> future.cancel(true));
    }
  }

  /** A summary with nothing sourced in it is no better than none: fall back. */
  private static Summary requireContent(Summary summary) throws LlmException {
    boolean empty = summary.tldr().isBlank() && summary.highlights().isEmpty()
        && summary.decisions().isEmpty() && summary.actionItems().isEmpty()
        && summary.openQuestions().isEmpty();
    if (empty) {
      throw new LlmException(LlmException.Kind.BAD_RESPONSE,
          "LLM gave an unusable answer (nothing that cites the conversation)");
    }
    return summary;
  }

  private int dataBudget(String system) {
    return Math.max(MIN_DATA_BUDGET_TOKENS,
        settings.maxInputTokens() - TokenEstimate.of(system) - PROMPT_MARGIN_TOKENS);
  }

  private static void logUsage(LlmResponse response) {
    log.debug("LLM {} answered: {} input tokens, {} output tokens", response.model(),
        response.inputTokens(), response.outputTokens());
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** A model call that may fail with an {@link LlmException}. */
  @FunctionalInterface
  private interface ModelCall {
    Summary call() throws LlmException;
  }
}
