package dev.roundup.llm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}). It has no JSON switch, so JSON mode is an
 * instruction in the system prompt; the summary parser tolerates prose around the object anyway.
 */
public final class AnthropicClient implements LlmClient {

  static final String API_VERSION = "2023-06-01";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String JSON_ONLY =
      "\n\nRespond with one JSON object only: no prose before or after it, no code fences.";

  private final HttpUrl endpoint;
  private final String model;
  private final String apiKey;
  private final LlmHttp http;

  public AnthropicClient(LlmSettings settings, LlmHttp http) {
    this.endpoint = ProviderUrls.endpoint(settings.baseUrl(), "messages");
    this.model = settings.model();
    this.apiKey = settings.apiKey();
    this.http = http;
  }

  @Override
  public LlmResponse complete(LlmRequest request) throws LlmException {
    Request.Builder builder = new Request.Builder()
        .url(endpoint)
        .header("anthropic-version", API_VERSION)
        .header("accept", "application/json")
        .post(RequestBody.create(requestBody(request).toString(), JSON));
    if (apiKey != null && !apiKey.isBlank()) {
      builder.header("x-api-key", apiKey);
    }
    return parse(http.send(builder.build()));
  }

  private JsonObject requestBody(LlmRequest request) {
    JsonObject body = new JsonObject();
    body.addProperty("model", model);
    body.addProperty("max_tokens", request.maxOutputTokens());
    body.addProperty("temperature", request.temperature());
    body.addProperty("system",
        request.systemPrompt() + (request.jsonMode() ? JSON_ONLY : ""));
    JsonArray messages = new JsonArray();
    JsonObject user = new JsonObject();
    user.addProperty("role", "user");
    user.addProperty("content", request.userContent());
    messages.add(user);
    body.add("messages", messages);
    return body;
  }

  static LlmResponse parse(String body) throws LlmException {
    try {
      JsonObject root = JsonParser.parseString(body).getAsJsonObject();
      JsonArray content = root.getAsJsonArray("content");
      if (content == null) {
        throw badResponse();
      }
      StringBuilder text = new StringBuilder();
      for (JsonElement block : content) {
        JsonObject object = block.getAsJsonObject();
        if ("text".equals(JsonFields.string(object, "type"))) {
          text.append(JsonFields.string(object, "text"));
        }
      }
      if (text.isEmpty()) {
        throw badResponse();
      }
      JsonObject usage = root.has("usage") && root.get("usage").isJsonObject()
          ? root.getAsJsonObject("usage") : null;
      return new LlmResponse(text.toString(), JsonFields.string(root, "model"),
          JsonFields.integer(usage, "input_tokens"), JsonFields.integer(usage, "output_tokens"));
    } catch (RuntimeException e) {
      throw badResponse();
    }
  }

  private static LlmException badResponse() {
    return new LlmException(LlmException.Kind.BAD_RESPONSE,
        "LLM gave an unusable answer (no text content)");
  }
}
