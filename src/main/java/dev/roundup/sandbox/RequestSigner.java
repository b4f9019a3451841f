package dev.roundup.sandbox;

import com.slack.api.app_backend.SlackSignature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slack's v0 request signature ({@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}
 * keyed with the app's signing secret), made by the Slack SDK's own generator: the one Bolt's
 * verifier recomputes, so what the emulator signs is exactly what the app accepts.
 */
public final class RequestSigner {

  public static final String TIMESTAMP_HEADER = SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP;
  public static final String SIGNATURE_HEADER = SlackSignature.HeaderNames.X_SLACK_SIGNATURE;

  private final SlackSignature.Generator generator;

  public RequestSigner(String signingSecret) {
    this.generator = new SlackSignature.Generator(signingSecret);
  }

  public Map<String, String> headers(String body, long epochSeconds) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(TIMESTAMP_HEADER, String.valueOf(epochSeconds));
    headers.put(SIGNATURE_HEADER, signature(body, epochSeconds));
    return headers;
  }

  public String signature(String body, long epochSeconds) {
    return generator.generate(String.valueOf(epochSeconds), body);
  }
}
