package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

  // The worked example in Slack's "Verifying requests from Slack" guide.
  private static final String DOCS_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final long DOCS_TIMESTAMP = 1_531_420_618L;
  private static final String DOCS_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J"
      + "&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA"
      + "&user_name=roadrunner&command=%2Fwebhook-collect&text="
      + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
      + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  private static final String DOCS_SIGNATURE =
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  private static boolean sdkAccepts(String secret, Map<String, String> headers, String body) {
    String timestamp = headers.get("X-Slack-Request-Timestamp");
    return new SlackSignature.Verifier(new SlackSignature.Generator(secret)).isValid(timestamp, body,
        headers.get("X-Slack-Signature"), Long.parseLong(timestamp) * 1000);
  }

  @Test
  void signs_slacks_documented_example_to_the_documented_signature() {
    Map<String, String> headers = new RequestSigner(DOCS_SECRET).headers(DOCS_BODY, DOCS_TIMESTAMP);

    assertThat(headers).containsExactly(
        Map.entry("X-Slack-Request-Timestamp", "1531420618"),
        Map.entry("X-Slack-Signature", DOCS_SIGNATURE));
  }

  @Test
  void the_sdk_verifier_accepts_what_it_signs_and_rejects_a_changed_body_or_secret() {
    // ASCII only: the SDK's verifier encodes with the platform charset, so only ASCII is portable.
    String body = "text=%3C%40U0ROUNDUP%3E+resume+of+this+thread";
    Map<String, String> headers = new RequestSigner("roundup-secret").headers(body, 1_763_650_800L);

    assertThat(sdkAccepts("roundup-secret", headers, body)).isTrue();
    assertThat(sdkAccepts("roundup-secret", headers, body.replace("resume", "summary"))).isFalse();
    assertThat(sdkAccepts("another-secret", headers, body)).isFalse();
  }

  @Test
  void non_ascii_text_is_signed_over_its_utf8_bytes_as_slack_does() throws Exception {
    String body = "text=résumé of this thread, merci 👋";
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("roundup-secret".getBytes(StandardCharsets.UTF_8),
        "HmacSHA256"));
    String expected = "v0=" + java.util.HexFormat.of().formatHex(
        mac.doFinal(("v0:1763650800:" + body).getBytes(StandardCharsets.UTF_8)));

    assertThat(new RequestSigner("roundup-secret").signature(body, 1_763_650_800L)).isEqualTo(expected);
    assertThat(new RequestSigner("roundup-secret").signature(body.getBytes(StandardCharsets.UTF_8),
        1_763_650_800L)).isEqualTo(expected);
  }

  @Test
  void a_different_body_secret_or_time_changes_the_signature() {
    RequestSigner signer = new RequestSigner("secret-one");
    String original = signer.signature("a=1", 100);

    assertThat(signer.signature("a=2", 100)).isNotEqualTo(original);
    assertThat(signer.signature("a=1", 101)).isNotEqualTo(original);
    assertThat(new RequestSigner("secret-two").signature("a=1", 100)).isNotEqualTo(original);
  }
}
