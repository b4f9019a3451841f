package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies through a response URL are the JSON Slack expects, and a refused one is not fatal. */
class ResponseUrlReplierTest {

  private final MockWebServer server = new MockWebServer();
  private final Slack slack = Slack.getInstance();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void a_command_s_reply_is_ephemeral_with_its_text_and_blocks() throws Exception {
    server.enqueue(new MockResponse().setBody("ok"));

    ResponseUrlReplier.command(slack, server.url("/response/1").toString())
        .send(new MessagePart("Summary of #eng", List.of(BlockPacker.markdownSection("*TL;DR* the cache"))));

    RecordedRequest posted = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(posted.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = JsonParser.parseString(posted.getBody().readUtf8()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.get("replace_original").getAsBoolean()).isFalse();
    assertThat(body.get("text").getAsString()).isEqualTo("Summary of #eng");
    JsonObject section = body.getAsJsonArray("blocks").get(0).getAsJsonObject();
    assertThat(section.get("type").getAsString()).isEqualTo("section");
    assertThat(section.getAsJsonObject("text").get("text").getAsString()).isEqualTo("*TL;DR* the cache");
  }

  @Test
  void a_button_s_reply_replaces_the_message_clicked() throws Exception {
    server.enqueue(new MockResponse().setBody("ok"));

    ResponseUrlReplier.replacing(slack, server.url("/response/2").toString()).text("Task paused.");

    JsonObject body = JsonParser.parseString(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8())
        .getAsJsonObject();
    assertThat(body.get("replace_original").getAsBoolean()).isTrue();
    assertThat(body.get("text").getAsString()).isEqualTo("Task paused.");
  }

  @Test
  void a_refused_or_unreachable_reply_does_not_stop_the_ones_after_it() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("expired_url"));
    server.enqueue(new MockResponse().setBody("ok"));
    ResponseUrlReplier replier = ResponseUrlReplier.command(slack, server.url("/response/3").toString());

    replier.text("first");
    replier.text("second");
    ResponseUrlReplier.command(slack, "http://127.0.0.1:9/unreachable").text("nobody listens");

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("first");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("second");
  }
}
