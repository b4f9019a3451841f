package dev.roundup.llm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Chat Completions ({@code POST /v1/chat/completions}), the API that OpenAI, OpenRouter, Ollama,
 * vLLM, the llama.cpp server and LM Studio all speak; which one is chosen by base URL, model and
 * key. The key is optional because local servers need none.
 */
public final class OpenAiCompatibleClient implements LlmClient {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl endpoint;
  private final String model;
  private final String apiKey;
  private final LlmHttp http;
  private final AtomicBoolean jsonObjectUnsupported = new AtomicBoolean();

  public OpenAiCompatibleClient(LlmSettings settings, LlmHttp http) {
    this.endpoint = ProviderUrls.endpoint(settings.baseUrl(), "chat/completions");
    this.model = settings.model();
    this.apiKey = settings.apiKey();
    this.http = http;
  }

  @Override
  public LlmResponse complete(LlmRequest request) throws LlmException {
    boolean forceJson = request.jsonMode() && !jsonObjectUnsupported.get();
    try {
      return parse(http.send(httpRequest(request, forceJson)));
    } catch (LlmException e) {
      if (!forceJson || e.httpStatus() != 400) {
        throw e;
      }
    }
    // Some servers (LM Studio) reject {"type":"json_object"} with a 400. The prompt asks for
    // JSON anyway, so try once without it, and stop sending it once that is shown to work.
    LlmResponse response = parse(http.send(httpRequest(request, false)));
    jsonObjectUnsupported.set(true);
    return response;
  }

  private Request httpRequest(LlmRequest request, boolean forceJson) {
    Request.Builder builder = new Request.Builder()
        .url(endpoint)
        .header("Accept", "application/json")
        .post(RequestBody.create(requestBody(request, forceJson).toString(), JSON));
    if (apiKey != null && !apiKey.isBlank()) {
      builder.header("Authorization", "Bearer " + apiKey);
    }
    return builder.build();
  }

  private JsonObject requestBody(LlmRequest request, boolean forceJson) {
    JsonObject body = new JsonObject();
    body.addProperty("model", model);
    JsonArray messages = new JsonArray();
    messages.add(message("system", request.systemPrompt()));
    messages.add(message("user", request.userContent()));
    body.add("messages", messages);
    body.addProperty("temperature", request.temperature());
    // max_tokens rather than max_completion_tokens: the local servers only know the older name.
    body.addProperty("max_tokens", request.maxOutputTokens());
    body.addProperty("stream", false);
    if (forceJson) {
      JsonObject format = new JsonObject();
      format.addProperty("type", "json_object");
      body.add("response_format", format);
    }
    return body;
  }

  private static JsonObject message(String role, String content) {
    JsonObject message = new JsonObject();
    message.addProperty("role", role);
    message.addProperty("content", content);
    return message;
  }

  static LlmResponse parse(String body) throws LlmException {
    try {
      JsonObject root = JsonParser.parseString(body).getAsJsonObject();
      JsonArray choices = root.getAsJsonArray("choices");
      if (choices == null || choices.isEmpty()) {
        throw badResponse("no choices");
      }
      JsonObject message = choices.get(0).getAsJsonObject().getAsJsonObject("message");
      JsonElement content = message == null ? null : message.get("content");
      if (content == null || !content.isJsonPrimitive()) {
        throw badResponse("no message content");
      }
      JsonObject usage = root.has("usage") && root.get("usage").isJsonObject()
          ? root.getAsJsonObject("usage") : null;
      return new LlmResponse(content.getAsString(), JsonFields.string(root, "model"),
          JsonFields.integer(usage, "prompt_tokens"), JsonFields.integer(usage, "completion_tokens"));
    } catch (RuntimeException e) {
      throw badResponse("not a chat completion");
    }
  }

  private static LlmException badResponse(String what) {
    return new LlmException(LlmException.Kind.BAD_RESPONSE,
        "LLM gave an unusable answer (" + what + ")");
  }
}
