package dev.roundup.web;

import com.slack.api.app_backend.SlackSignature;
import dev.roundup.sandbox.RequestSigner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Run by {@link SignatureCheckTest} in a JVM whose default charset is ASCII: signs a non-ASCII
 * body as Slack does (UTF-8) and prints what the Slack SDK's verifier and Roundup's check say.
 */
public final class AsciiCharsetProbe {

  private AsciiCharsetProbe() {}

  public static void main(String[] args) {
    String body = SignatureCheckTest.NON_ASCII_BODY;
    long now = System.currentTimeMillis() / 1000;
    Map<String, String> headers = new RequestSigner("probe-secret").headers(body, now);
    String timestamp = headers.get(SignatureCheck.TIMESTAMP_HEADER);
    String signature = headers.get(SignatureCheck.SIGNATURE_HEADER);
    boolean sdk = new SlackSignature.Verifier(new SlackSignature.Generator("probe-secret"))
        .isValid(timestamp, body, signature);
    boolean roundup = new SignatureCheck("probe-secret", Clock.systemUTC())
        .problem(timestamp, signature, body.getBytes(StandardCharsets.UTF_8)).isEmpty();
    System.out.println("probe default-charset " + Charset.defaultCharset().name());
    System.out.println("probe slack-sdk-accepts " + sdk);
    System.out.println("probe roundup-accepts " + roundup);
  }
}
