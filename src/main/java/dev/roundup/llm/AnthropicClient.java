package dev.roundup.llm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}). It has no JSON switch: a request with a
 * {@link ResponseSchema} is sent as one tool whose input schema is that shape, with
 * {@code tool_choice} forcing it, and the tool call's input is the answer (structured output).
 * Without a schema, or on a compatible server that rejects tools (a 400 naming them, remembered
 * for the client's life), JSON mode is an instruction in the system prompt and the summary
 * parser tolerates prose around the object.
 */
public final class AnthropicClient implements LlmClient {

  private static final Logger log = LoggerFactory.getLogger(AnthropicClient.class);
  static final String API_VERSION = "2023-06-01";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String JSON_ONLY =
      "\n\nRespond with one JSON object only: no prose before or after it, no code fences.";

  private final HttpUrl endpoint;
  private final String model;
  private final String apiKey;
  private final LlmHttp http;
  private final AtomicBoolean toolsAccepted = new AtomicBoolean(true);

  public AnthropicClient(LlmSettings settings, LlmHttp http) {
    this.endpoint = ProviderUrls.endpoint(settings.baseUrl(), "messages");
    this.model = settings.model();
    this.apiKey = settings.apiKey();
    this.http = http;
  }

  @Override
  public LlmResponse complete(LlmRequest request) throws LlmException {
    boolean tools = request.schema() != null && toolsAccepted.get();
    try {
      return parse(http.send(httpRequest(request, tools)));
    } catch (LlmException e) {
      if (!tools || e.httpStatus() != 400
          || !e.providerError().toLowerCase(Locale.ROOT).contains("tool")) {
        throw e;
      }
      log.info("LLM server at {} rejected tool use; asking for JSON in the prompt instead",
          endpoint.host());
      toolsAccepted.set(false);
      return parse(http.send(httpRequest(request, false)));
    }
  }

  private Request httpRequest(LlmRequest request, boolean tools) {
    Request.Builder builder = new Request.Builder()
        .url(endpoint)
        .header("anthropic-version", API_VERSION)
        .header("accept", "application/json")
        .post(RequestBody.create(requestBody(request, tools).toString(), JSON));
    if (apiKey != null && !apiKey.isBlank()) {
      builder.header("x-api-key", apiKey);
    }
    return builder.build();
  }

  private JsonObject requestBody(LlmRequest request, boolean tools) {
    JsonObject body = new JsonObject();
    body.addProperty("model", model);
    body.addProperty("max_tokens", request.maxOutputTokens());
    body.addProperty("temperature", request.temperature());
    body.addProperty("system",
        request.systemPrompt() + (request.jsonMode() && !tools ? JSON_ONLY : ""));
    JsonArray messages = new JsonArray();
    JsonObject user = new JsonObject();
    user.addProperty("role", "user");
    user.addProperty("content", request.userContent());
    messages.add(user);
    body.add("messages", messages);
    if (tools) {
      JsonObject tool = new JsonObject();
      tool.addProperty("name", request.schema().name());
      tool.addProperty("description", request.schema().description());
      tool.add("input_schema", request.schema().schema());
      JsonArray toolList = new JsonArray();
      toolList.add(tool);
      body.add("tools", toolList);
      JsonObject choice = new JsonObject();
      choice.addProperty("type", "tool");
      choice.addProperty("name", request.schema().name());
      body.add("tool_choice", choice);
    }
    return body;
  }

  /** The text of the answer: a forced tool call's input as JSON, else the text blocks. */
  static LlmResponse parse(String body) throws LlmException {
    try {
      JsonObject root = JsonParser.parseString(body).getAsJsonObject();
      JsonArray content = root.getAsJsonArray("content");
      if (content == null) {
        throw badResponse();
      }
      StringBuilder text = new StringBuilder();
      String toolInput = null;
      for (JsonElement block : content) {
        JsonObject object = block.getAsJsonObject();
        String type = JsonFields.string(object, "type");
        if ("tool_use".equals(type) && object.get("input") instanceof JsonObject input) {
          toolInput = input.toString();
        } else if ("text".equals(type)) {
          text.append(JsonFields.string(object, "text"));
        }
      }
      String answer = toolInput != null ? toolInput : text.toString();
      if (answer.isEmpty()) {
        throw badResponse();
      }
      JsonObject usage = root.has("usage") && root.get("usage").isJsonObject()
          ? root.getAsJsonObject("usage") : null;
      return new LlmResponse(answer, JsonFields.string(root, "model"),
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
