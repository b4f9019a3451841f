package dev.roundup.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Response;

/**
 * The SDK's Web API client for one token, reading answers with a JSON mapper made once for the
 * client rather than once per answer. The SDK's own client builds a new Gson for every answer it
 * reads, and with it every reflective type adapter of the answer's classes: reading threads and
 * posting summaries at a few hundred calls a second, that was a tenth of all Roundup allocated,
 * garbage whose collection pauses the threads that acknowledge Slack's requests.
 *
 * <p>Everything else is the SDK's: the request each typed method builds, the endpoint, the token,
 * the response listeners, an HTTP error as {@link SlackApiException}, the answer's headers. What
 * is left out is the SDK's per-method call statistics, which Roundup turns off ({@code
 * SlackConfig.setStatsEnabled(false)}) and counts itself ({@link SlackApi}).
 */
public final class SlackMethods extends MethodsClientImpl {

  private final SlackHttpClient http;
  private final Gson mapper;

  private SlackMethods(Slack slack, String token) {
    super(slack.getHttpClient(), token);
    // As Slack.methods(token) does: the Web API base URL comes from the configuration.
    setEndpointUrlPrefix(slack.getConfig().getMethodsEndpointUrlPrefix());
    this.http = slack.getHttpClient();
    this.mapper = GsonFactory.createSnakeCase(slack.getConfig());
  }

  /** A client speaking with {@code token}, configured as {@code slack.methods(token)} would be. */
  public static SlackMethods of(Slack slack, String token) {
    return new SlackMethods(slack, token);
  }

  @Override
  protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(FormBody.Builder form,
      String endpoint, String token, Class<T> answer) throws IOException, SlackApiException {
    try (Response response = runPostFormWithToken(form, endpoint, token)) {
      String body = response.body() == null ? "" : response.body().string();
      http.runHttpResponseListeners(response, body);
      return read(mapper, endpoint, response, body, answer);
    }
  }

  /**
   * One Web API answer read as {@code answer} with {@code mapper}: an HTTP error (a 429 included)
   * is the SDK's {@link SlackApiException}; an empty answer or one that is not JSON is an
   * {@link IOException}, retried as a network error is. The answer's headers are kept on it
   * (OkHttp gives their names lower-cased, as the SDK's own client sets them).
   */
  static <T extends SlackApiTextResponse> T read(Gson mapper, String method, Response response,
      String body, Class<T> answer) throws IOException, SlackApiException {
    if (!response.isSuccessful()) {
      throw new SlackApiException(response, body);
    }
    T read;
    try {
      read = mapper.fromJson(body, answer);
    } catch (JsonParseException e) {
      throw new IOException("unreadable answer from " + method, e);
    }
    if (read == null) {
      throw new IOException("empty answer from " + method);
    }
    read.setHttpResponseHeaders(response.headers().toMultimap());
    return read;
  }
}
