package dev.roundup.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, checked over the body's bytes exactly as they arrived: {@code v0=}
 * and the hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}, keyed with the signing secret.
 *
 * <p>The Slack SDK's verifier turns the body back into bytes with the JVM's default charset, which
 * is ASCII on Java 17 under {@code LANG=C}: every signed request with an emoji or an accent then
 * fails. Working on the raw bytes makes the check independent of the platform. The comparison takes
 * the same time whatever the signature, and a timestamp more than five minutes from now, in either
 * direction, is refused, so a captured request cannot be replayed later.
 */
public final class SignatureCheck {

  /** How far a request's timestamp may be from now; Slack's guide says five minutes. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);
  public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Slack-Signature";

  private static final String ALGORITHM = "HmacSHA256";
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");

  private final SecretKeySpec key;
  private final Clock clock;

  public SignatureCheck(String signingSecret, Clock clock) {
    if (signingSecret == null || signingSecret.isBlank()) {
      throw new IllegalArgumentException("a signing secret is needed to check Slack's requests");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.clock = clock;
  }

  /** Why the request is not Slack's, or empty when its signature is good and fresh. */
  public Optional<String> problem(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null) {
      return Optional.of("missing " + TIMESTAMP_HEADER + " or " + SIGNATURE_HEADER);
    }
    if (!TIMESTAMP.matcher(timestamp).matches()) {
      return Optional.of(TIMESTAMP_HEADER + " is not a number of seconds");
    }
    long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
    if (Math.abs(age) > TOLERANCE.toSeconds()) {
      return Optional.of("stale request: its timestamp is more than 5 minutes from now");
    }
    byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, given) ? Optional.empty()
        : Optional.of("the signature does not match");
  }

  /** {@code v0=} and the hex HMAC of the base string; the timestamp is ASCII digits. */
  String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
