package dev.roundup.summarize;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.llm.LlmFixtures;
import okhttp3.mockwebserver.RecordedRequest;

/** The two wire formats, so summarizer tests run against both providers. */
enum Provider {
  OPENAI("openai", "openai-error-429.json", "openai-error-500.json") {
    @Override
    String reply(String modelText) {
      return LlmFixtures.openAiCompletion(modelText);
    }

    @Override
    String systemPrompt(JsonObject body) {
      return body.getAsJsonArray("messages").get(0).getAsJsonObject().get("content")
          .getAsString();
    }

    @Override
    String userContent(JsonObject body) {
      return body.getAsJsonArray("messages").get(1).getAsJsonObject().get("content")
          .getAsString();
    }
  },
  ANTHROPIC("anthropic", "anthropic-error-429.json", "anthropic-error-500.json") {
    @Override
    String reply(String modelText) {
      return LlmFixtures.anthropicMessage(modelText);
    }

    @Override
    String systemPrompt(JsonObject body) {
      return body.get("system").getAsString();
    }

    @Override
    String userContent(JsonObject body) {
      return body.getAsJsonArray("messages").get(0).getAsJsonObject().get("content")
          .getAsString();
    }
  };

  final String name;
  final String rateLimitBody;
  final String serverErrorBody;

  Provider(String name, String rateLimitBody, String serverErrorBody) {
    this.name = name;
    this.rateLimitBody = rateLimitBody;
    this.serverErrorBody = serverErrorBody;
  }

  /** A recorded-looking success response whose model output is {@code modelText}. */
  abstract String reply(String modelText);

  abstract String systemPrompt(JsonObject body);

  abstract String userContent(JsonObject body);

  String systemPrompt(RecordedRequest request) {
    return systemPrompt(body(request));
  }

  String userContent(RecordedRequest request) {
    return userContent(body(request));
  }

  static JsonObject body(RecordedRequest request) {
    return JsonParser.parseString(request.getBody().clone().readUtf8()).getAsJsonObject();
  }
}
