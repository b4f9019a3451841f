package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

  @Test
  void signature_matches_the_slack_sdk_generator_for_the_same_secret_time_and_body() {
    String secret = "8f742231b10e8888abcd99yyyzzz85a5";
    String body = "token=xyz&team_id=T1&command=%2Froundup&text=list";
    long timestamp = 1_531_420_618L;

    var headers = new RequestSigner(secret).headers(body, timestamp);

    assertThat(headers).containsEntry("X-Slack-Request-Timestamp", "1531420618");
    assertThat(headers.get("X-Slack-Signature"))
        .isEqualTo(new SlackSignature.Generator(secret).generate("1531420618", body));
  }

  @Test
  void a_different_body_or_secret_changes_the_signature() {
    RequestSigner signer = new RequestSigner("secret-one");
    String original = signer.signature("a=1", 100);

    assertThat(signer.signature("a=2", 100)).isNotEqualTo(original);
    assertThat(new RequestSigner("secret-two").signature("a=1", 100)).isNotEqualTo(original);
  }
}
