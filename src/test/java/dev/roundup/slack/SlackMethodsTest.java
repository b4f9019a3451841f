package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Roundup's Web API client reads every answer as the SDK's own client does (same objects, same
 * errors), against the emulator over HTTP.
 */
class SlackMethodsTest {

  private final Workspace workspace = Workspace.sample();
  private final SlackEmulator emulator = SlackEmulator.start(workspace);
  private final Slack slack;
  private final MethodsClient sdk;
  private final MethodsClient ours;

  SlackMethodsTest() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    sdk = slack.methods(workspace.botToken());
    ours = SlackMethods.of(slack, workspace.botToken());
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
    slack.close();
  }

  @Test
  void a_thread_is_read_into_the_same_objects_as_the_sdk_reads_it() throws Exception {
    String parent = workspace.post("C0ENG", "U0ALICE", "Which cache? <@U0BORIS> any view?");
    workspace.reply("C0ENG", parent, "U0BORIS", "The *remote* one, see <https://example.com|the doc>");
    sdk.chatPostMessage(r -> r.channel("C0ENG").threadTs(parent).text("summary")
        .blocks(List.of(SectionBlock.builder().text(MarkdownTextObject.builder().text("*TL;DR* remote").build()).build())));

    ConversationsRepliesResponse theirs = sdk.conversationsReplies(r -> r.channel("C0ENG").ts(parent));
    ConversationsRepliesResponse mine = ours.conversationsReplies(r -> r.channel("C0ENG").ts(parent));

    assertThat(mine.isOk()).isTrue();
    assertThat(mine.getMessages()).hasSize(3);
    // Blocks included: the bot's post carries a section, read through the SDK's block adapters.
    assertThat(mine.getMessages().get(2).getBlocks()).hasSize(1);
    assertThat(mine.getMessages()).isEqualTo(theirs.getMessages());
    assertThat(mine.getResponseMetadata()).isEqualTo(theirs.getResponseMetadata());
  }

  @Test
  void a_post_answers_its_channel_and_ts_and_the_answer_s_headers() throws Exception {
    ChatPostMessageResponse posted = ours.chatPostMessage(r -> r.channel("C0ENG").text("hello"));

    assertThat(posted.isOk()).isTrue();
    assertThat(posted.getChannel()).isEqualTo("C0ENG");
    assertThat(workspace.message("C0ENG", posted.getTs())).get()
        .satisfies(m -> assertThat(m.text()).isEqualTo("hello"));
    assertThat(posted.getHttpResponseHeaders()).containsKey("content-type");
  }

  @Test
  void slack_s_errors_are_the_answer_s_error_as_from_the_sdk() throws Exception {
    assertThat(ours.conversationsReplies(r -> r.channel("C0NOPE").ts("1.000001")).getError())
        .isEqualTo("channel_not_found")
        .isEqualTo(sdk.conversationsReplies(r -> r.channel("C0NOPE").ts("1.000001")).getError());
  }

  @Test
  void a_rate_limit_is_the_sdk_s_exception_with_slack_s_wait() {
    emulator.rateLimit("conversations.history", 0, Duration.ofMinutes(1));

    assertThatThrownBy(() -> ours.conversationsHistory(r -> r.channel("C0ENG")))
        .isInstanceOfSatisfying(SlackApiException.class, e -> {
          assertThat(e.getResponse().code()).isEqualTo(429);
          assertThat(e.getResponse().header("Retry-After")).isNotBlank();
        });
  }
}
