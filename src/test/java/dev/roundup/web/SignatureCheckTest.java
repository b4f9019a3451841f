package dev.roundup.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.sandbox.RequestSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {

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

  /** Slash-command text as Slack signs it: UTF-8 bytes, emoji and accents included. */
  static final String NON_ASCII_BODY = "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":"
      + "{\"type\":\"message\",\"text\":\"résumé de la réunion, merci 👋 — שלום\"}}";

  private static SignatureCheck at(String secret, long epochSeconds) {
    return new SignatureCheck(secret, Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
  }

  @Test
  void accepts_slacks_documented_example() {
    assertThat(at(DOCS_SECRET, DOCS_TIMESTAMP).problem(String.valueOf(DOCS_TIMESTAMP), DOCS_SIGNATURE,
        DOCS_BODY.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void accepts_a_non_ascii_body_signed_over_its_utf8_bytes_and_refuses_it_changed() {
    long now = 1_763_650_800L;
    Map<String, String> headers = new RequestSigner("roundup-secret").headers(NON_ASCII_BODY, now);
    SignatureCheck check = at("roundup-secret", now);

    assertThat(check.problem(headers.get(SignatureCheck.TIMESTAMP_HEADER),
        headers.get(SignatureCheck.SIGNATURE_HEADER), NON_ASCII_BODY.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(check.problem(headers.get(SignatureCheck.TIMESTAMP_HEADER),
        headers.get(SignatureCheck.SIGNATURE_HEADER),
        NON_ASCII_BODY.replace("👋", "👍").getBytes(StandardCharsets.UTF_8)))
        .contains("the signature does not match");
    assertThat(at("another-secret", now).problem(headers.get(SignatureCheck.TIMESTAMP_HEADER),
        headers.get(SignatureCheck.SIGNATURE_HEADER), NON_ASCII_BODY.getBytes(StandardCharsets.UTF_8)))
        .contains("the signature does not match");
  }

  @Test
  void refuses_timestamps_more_than_five_minutes_away_in_either_direction() {
    long now = 1_763_650_800L;
    byte[] body = "a=1".getBytes(StandardCharsets.UTF_8);
    RequestSigner signer = new RequestSigner("s");
    SignatureCheck check = at("s", now);

    assertThat(check.problem(String.valueOf(now - 300), signer.signature(body, now - 300), body)).isEmpty();
    assertThat(check.problem(String.valueOf(now + 300), signer.signature(body, now + 300), body)).isEmpty();
    assertThat(check.problem(String.valueOf(now - 301), signer.signature(body, now - 301), body))
        .get().asString().startsWith("stale");
    assertThat(check.problem(String.valueOf(now + 301), signer.signature(body, now + 301), body))
        .get().asString().startsWith("stale");
  }

  @Test
  void refuses_missing_headers_and_timestamps_that_are_not_numbers() {
    SignatureCheck check = at("s", 1_000L);
    byte[] body = new byte[0];

    assertThat(check.problem(null, "v0=00", body)).get().asString().startsWith("missing");
    assertThat(check.problem("1000", null, body)).get().asString().startsWith("missing");
    assertThat(check.problem("1e3", "v0=00", body)).get().asString().contains("not a number");
    assertThat(check.problem("99999999999999999999", "v0=00", body)).get().asString().contains("not a number");
    assertThat(check.problem("-1000", "v0=00", body)).get().asString().contains("not a number");
  }

  /**
   * The bug this class exists for: on Java 17 with an ASCII default charset (LANG=C), the Slack
   * SDK's verifier refuses a correctly signed non-ASCII body. Run in a JVM of its own so that the
   * default charset can be set.
   */
  @Test
  void a_non_ascii_body_verifies_in_a_jvm_whose_default_charset_is_ascii() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Dfile.encoding=US-ASCII",
        "-cp", System.getProperty("java.class.path"), AsciiCharsetProbe.class.getName())
        .redirectErrorStream(true);
    pb.environment().put("LANG", "C");
    pb.environment().remove("LC_ALL");
    Process process = pb.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines().filter(l -> l.startsWith("probe ")).toList();

    assertThat(lines).containsExactly(
        "probe default-charset US-ASCII",
        "probe slack-sdk-accepts false",
        "probe roundup-accepts true");
  }
}
