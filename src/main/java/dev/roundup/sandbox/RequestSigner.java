package dev.roundup.sandbox;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature: {@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}
 * keyed with the app's signing secret, over the body's UTF-8 bytes as Slack sends them. (The Slack
 * SDK's generator encodes with the JVM's default charset, which signs non-ASCII text differently
 * from Slack wherever that default is not UTF-8.)
 */
public final class RequestSigner {

  public static final String TIMESTAMP_HEADER = SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP;
  public static final String SIGNATURE_HEADER = SlackSignature.HeaderNames.X_SLACK_SIGNATURE;

  private final SecretKeySpec key;

  public RequestSigner(String signingSecret) {
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public Map<String, String> headers(String body, long epochSeconds) {
    return headers(body.getBytes(StandardCharsets.UTF_8), epochSeconds);
  }

  /** The headers for a body of any bytes, UTF-8 or not. */
  public Map<String, String> headers(byte[] body, long epochSeconds) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(TIMESTAMP_HEADER, String.valueOf(epochSeconds));
    headers.put(SIGNATURE_HEADER, signature(body, epochSeconds));
    return headers;
  }

  public String signature(String body, long epochSeconds) {
    return signature(body.getBytes(StandardCharsets.UTF_8), epochSeconds);
  }

  public String signature(byte[] body, long epochSeconds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(("v0:" + epochSeconds + ":").getBytes(StandardCharsets.US_ASCII));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
