package dev.roundup.summarize;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.roundup.llm.LlmAccount;
import dev.roundup.llm.LlmClient;
import dev.roundup.llm.LlmException;
import dev.roundup.llm.LlmRequest;
import dev.roundup.llm.LlmResponse;
import dev.roundup.llm.LlmSettings;
import dev.roundup.slack.SlackMarkup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a model, from retrieved messages only: the built-in retriever picks the messages
 * that bear on the question, the model writes the answer from them and cites their ts, and every
 * cited ts is checked against what was retrieved — a ts the model was not given is dropped (and
 * counted), and an answer left citing nothing falls back to the built-in answerer. Messages to the
 * bot are never sent. When the model fails, the built-in answer is given with a note saying so.
 */
public final class LlmAnswerer implements Answerer {

  private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
  /** Messages retrieved for the model. */
  static final int RETRIEVED = 20;
  static final int OUTPUT_TOKENS = 400;
  private static final int QUOTE_CHARS = 240;

  private final LlmClient client;
  private final LlmSettings settings;
  private final Answerer fallback;

  public LlmAnswerer(LlmClient client, LlmSettings settings, Answerer fallback) {
    this.client = client;
    this.settings = settings;
    this.fallback = fallback;
  }

  @Override
  public Answer answer(Conversation conversation, String question) {
    return answer(conversation, question, null);
  }

  @Override
  public Answer answer(Conversation conversation, String question, LlmAccount chargeTo) {
    AddressedToBot.Content content = AddressedToBot.split(conversation);
    Conversation said = content.conversation();
    Summary.Stats stats = new Summary.Stats(said.size(), said.participants().size())
        .withAddressedToBot(content.ignored());
    List<String> retrieved = ExtractiveAnswerer.retrieve(said, question, RETRIEVED);
    if (retrieved.isEmpty()) {
      return Answer.notFound(NOT_FOUND, stats);
    }
    Set<String> wanted = new LinkedHashSet<>(retrieved);
    // In conversation order, so the model reads replies after what they answer.
    List<Message> messages = said.messages().stream().filter(m -> wanted.contains(m.ts())).toList();
    try {
      return fromModel(said, question, messages, stats, chargeTo);
    } catch (LlmException e) {
      log.atLevel(FallbackNotes.logLevel(e)).log(
          "LLM answer failed for {} messages in channel {}: {}; using the extractive answer",
          said.size(), said.channelId(), e.getMessage());
      return fallback.answer(conversation, question).withNote(FallbackNotes.answer(e));
    } catch (RuntimeException e) {
      log.warn("LLM answer failed in channel {}; using the extractive answer", said.channelId(), e);
      return fallback.answer(conversation, question)
          .withNote("LLM unavailable — extractive answer");
    }
  }

  private Answer fromModel(Conversation said, String question, List<Message> messages,
      Summary.Stats stats, LlmAccount chargeTo) throws LlmException {
    PromptNames names = new PromptNames(said);
    String language = LanguageDetector.outputLanguage(settings.language(), said.messages());
    LlmResponse response = client.complete(new LlmRequest(AnswerPrompts.system(language),
        AnswerPrompts.user(question, messages, names), settings.temperature(), OUTPUT_TOKENS, true,
        AnswerPrompts.schema(), chargeTo));
    JsonObject json = parse(response.text());
    boolean found = json.has("found") && json.get("found").isJsonPrimitive()
        && json.get("found").getAsBoolean();
    if (!found) {
      return Answer.notFoundIn(LanguageDetector.code(said.messages()), stats);
    }
    Map<String, Message> byTs = messages.stream()
        .collect(Collectors.toMap(Message::ts, Function.identity(), (a, b) -> a));
    List<Answer.Quote> quotes = new ArrayList<>();
    int dropped = 0;
    if (json.get("sources") != null && json.get("sources").isJsonArray()) {
      for (JsonElement e : json.getAsJsonArray("sources")) {
        Message m = e.isJsonPrimitive() ? byTs.get(e.getAsString()) : null;
        if (m == null) {
          dropped++; // a ts the model was not given: never cited
        } else if (quotes.stream().noneMatch(q -> q.ts().equals(m.ts()))
            && quotes.size() < ExtractiveAnswerer.MAX_QUOTES) {
          quotes.add(new Answer.Quote(m.ts(), m.user(), brief(m.text())));
        }
      }
    }
    String text = json.has("answer") && json.get("answer").isJsonPrimitive()
        ? names.fromModel(json.get("answer").getAsString().strip()) : "";
    Summary.Stats checked = stats.withDropped(dropped, 0);
    if (quotes.isEmpty() || text.isEmpty()) {
      // An answer that rests on nothing retrieved is not an answer Roundup can stand behind.
      throw new LlmException(LlmException.Kind.BAD_RESPONSE,
          "LLM gave an unusable answer (it cited no message it was given)");
    }
    return new Answer(text, true, quotes, checked, null, LanguageDetector.code(said.messages()));
  }

  private static JsonObject parse(String text) throws LlmException {
    try {
      JsonElement e = JsonParser.parseString(text.strip().replaceAll("^```(?:json)?|```$", ""));
      if (e.isJsonObject()) {
        return e.getAsJsonObject();
      }
    } catch (JsonParseException ignored) {
      // Said below.
    }
    throw new LlmException(LlmException.Kind.BAD_RESPONSE,
        "LLM gave an unusable answer (not a JSON object)");
  }

  private static String brief(String text) {
    return Sentences.truncate(SlackMarkup.toPlainText(text).replaceAll("\\s+", " ").strip(),
        QUOTE_CHARS);
  }
}
