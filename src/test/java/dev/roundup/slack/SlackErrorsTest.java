package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every Slack error a person is told of says what to do next; the code stays in sight. */
class SlackErrorsTest {

  private static String explain(String error, String method) {
    return SlackErrors.explain(new SlackCallException(method, error, null, null));
  }

  @Test
  void an_error_slack_had_on_its_side_says_to_try_again_and_whom_to_tell_keeping_its_code() {
    assertThat(explain("internal_error", "conversations.replies"))
        .contains("`internal_error` from conversations.replies")
        .contains("try again in a minute").contains("tell your Slack admin");
    assertThat(explain("service_unavailable", "chat.postMessage")).contains("on its side")
        .contains("`service_unavailable`").contains("try again in a minute");
  }

  @Test
  void any_other_unexplained_error_also_has_a_next_step_and_its_code() {
    for (String code : new String[] {"restricted_action", "ekm_access_denied", "something_new"}) {
      assertThat(explain(code, "chat.update")).as(code)
          .contains("Slack refused the request (`" + code + "` from chat.update)")
          .contains("try again in a minute").contains("tell your Slack admin");
    }
  }

  @Test
  void explained_errors_keep_their_own_sentence() {
    assertThat(explain("not_in_channel", "conversations.history")).contains("/invite @roundup")
        .doesNotContain("Slack admin");
    assertThat(explain("ratelimited", "conversations.history")).contains("rate-limiting");
  }
}
