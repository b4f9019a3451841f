package dev.roundup.llm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat Completions ({@code POST /v1/chat/completions}), the API that OpenAI, OpenRouter, Ollama,
 * vLLM, the llama.cpp server and LM Studio all speak; which one is chosen by base URL, model and
 * key. The key is optional because local servers need none. A request with a
 * {@link ResponseSchema} asks for structured output ({@code response_format: json_schema},
 * strict). Request fields some servers reject are stepped down, dropped or renamed when a 400
 * names them (see {@link OpenAiDialect}).
 */
public final class OpenAiCompatibleClient implements LlmClient {

  private static final Logger log = LoggerFactory.getLogger(OpenAiCompatibleClient.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl endpoint;
  private final String model;
  private final String apiKey;
  private final LlmHttp http;
  /** What this server has been seen to accept; shared by all calls. */
  private final AtomicReference<OpenAiDialect> dialect =
      new AtomicReference<>(OpenAiDialect.WIDEST);

  public OpenAiCompatibleClient(LlmSettings settings, LlmHttp http) {
    this.endpoint = ProviderUrls.endpoint(settings.baseUrl(), "chat/completions");
    this.model = settings.model();
    this.apiKey = settings.apiKey();
    this.http = http;
  }

  @Override
  public LlmResponse complete(LlmRequest request) throws LlmException {
    OpenAiDialect tried = dialect.get();
    // Each adaptation removes or steps down one field, so four rejections are the most there
    // can be (schema → object → none, max_tokens, temperature).
    for (int adaptations = 0; ; adaptations++) {
      try {
        LlmResponse response = parse(http.send(httpRequest(request, tried)));
        dialect.set(tried);
        return response;
      } catch (LlmException e) {
        if (e.httpStatus() != 400 || adaptations == 4) {
          throw e;
        }
        boolean schemaSent = request.schema() != null
            && tried.format() == OpenAiDialect.Format.JSON_SCHEMA;
        OpenAiDialect adapted = tried.adaptTo(e.providerError(), request.jsonMode(), schemaSent)
            .orElse(null);
        if (adapted == null) {
          throw e;
        }
        log.info("LLM server at {} rejected a request field; retrying as {}", endpoint.host(),
            adapted);
        tried = adapted;
      }
    }
  }

  private Request httpRequest(LlmRequest request, OpenAiDialect dialect) {
    Request.Builder builder = new Request.Builder()
        .url(endpoint)
        .header("Accept", "application/json")
        .post(RequestBody.create(requestBody(request, dialect).toString(), JSON));
    if (apiKey != null && !apiKey.isBlank()) {
      builder.header("Authorization", "Bearer " + apiKey);
    }
    return builder.build();
  }

  private JsonObject requestBody(LlmRequest request, OpenAiDialect dialect) {
    JsonObject body = new JsonObject();
    body.addProperty("model", model);
    JsonArray messages = new JsonArray();
    messages.add(message("system", request.systemPrompt()));
    messages.add(message("user", request.userContent()));
    body.add("messages", messages);
    if (dialect.temperature()) {
      body.addProperty("temperature", request.temperature());
    }
    if (dialect.maxCompletionTokens()) {
      body.addProperty("max_completion_tokens",
          request.maxOutputTokens() * OpenAiDialect.REASONING_HEADROOM);
    } else {
      body.addProperty("max_tokens", request.maxOutputTokens());
    }
    body.addProperty("stream", false);
    if (request.jsonMode() && dialect.responseFormat()) {
      body.add("response_format", responseFormat(request, dialect));
    }
    return body;
  }

  /**
   * A strict JSON schema when the request has one and the server takes it (structured output:
   * the answer is guaranteed to parse and to have every field), else a plain JSON object.
   */
  private static JsonObject responseFormat(LlmRequest request, OpenAiDialect dialect) {
    JsonObject format = new JsonObject();
    if (request.schema() != null && dialect.format() == OpenAiDialect.Format.JSON_SCHEMA) {
      format.addProperty("type", "json_schema");
      JsonObject schema = new JsonObject();
      schema.addProperty("name", request.schema().name());
      schema.addProperty("description", request.schema().description());
      schema.addProperty("strict", true);
      schema.add("schema", request.schema().schema());
      format.add("json_schema", schema);
    } else {
      format.addProperty("type", "json_object");
    }
    return format;
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
          JsonFields.integer(usage, "prompt_tokens"),
          JsonFields.integer(usage, "completion_tokens"));
    } catch (RuntimeException e) {
      throw badResponse("not a chat completion");
    }
  }

  private static LlmException badResponse(String what) {
    return new LlmException(LlmException.Kind.BAD_RESPONSE,
        "LLM gave an unusable answer (" + what + ")");
  }
}
