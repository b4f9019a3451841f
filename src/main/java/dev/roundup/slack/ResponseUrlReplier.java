package dev.roundup.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.roundup.time.RateLimitedWarning;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ephemeral replies through a response URL: a slash command's, or a button's (where the reply
 * replaces the message clicked, such as a confirmation). Slack accepts at most {@value #MAX_USES}
 * posts to one response URL, so progress is not sent (the ack already said we are working) and a
 * result with more parts than that ends by saying where to get the rest.
 *
 * <p>The reply is posted as Bolt's {@code Responder} would post it (the same JSON, through the
 * SDK's HTTP client), written with one JSON mapper kept for the process: the SDK builds a new one
 * for every body it writes. A reply Slack refuses is logged, at most once a minute with the count,
 * so a dead response URL at hundreds of commands a second does not flood the log.
 *
 * <p>A replier made while a Slack request is being answered posts nothing until that request's ack
 * has gone out ({@link AckFirst}), so a quick answer never shows above "working on it".
 */
public final class ResponseUrlReplier implements Replier {

  static final int MAX_USES = 5;
  private static final Logger log = LoggerFactory.getLogger(ResponseUrlReplier.class);

  private static final Gson JSON = GsonFactory.createSnakeCase();
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  /** The last reply that could not be posted, for the rate-limited warning. */
  private static final AtomicReference<String> lastFailure = new AtomicReference<>("");
  private static final RateLimitedWarning FAILED = new RateLimitedWarning(Duration.ofMinutes(1),
      n -> log.warn("{} ephemeral repl{} could not be posted to response_url since the last warning; last: {}",
          n, n == 1 ? "y" : "ies", lastFailure.get()));

  private final OkHttpClient http;
  private final String responseUrl;
  private final boolean replaceOriginal;
  private final AckFirst ack = AckFirst.current();

  private ResponseUrlReplier(Slack slack, String responseUrl, boolean replaceOriginal) {
    this.http = slack.getHttpClient().getOkHttpClient();
    this.responseUrl = responseUrl;
    this.replaceOriginal = replaceOriginal;
  }

  /** Replies to a slash command, visible only to the person who typed it. */
  public static ResponseUrlReplier command(Slack slack, String responseUrl) {
    return new ResponseUrlReplier(slack, responseUrl, false);
  }

  /** Replies to a button by replacing the message it was on. */
  public static ResponseUrlReplier replacing(Slack slack, String responseUrl) {
    return new ResponseUrlReplier(slack, responseUrl, true);
  }

  @Override
  public void send(MessagePart part) {
    post(part.text(), part.blocks());
  }

  @Override
  public void sendAll(List<MessagePart> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (i == MAX_USES - 1 && parts.size() > MAX_USES) {
        List<LayoutBlock> blocks = new ArrayList<>(parts.get(i).blocks());
        blocks.add(BlockPacker.markdownSection(":information_source: " + (parts.size() - MAX_USES + 1)
            + " more part(s) don't fit in a private reply. Mention `@roundup summarize` in the channel "
            + "to get the whole summary."));
        post(parts.get(i).text(), blocks);
        return;
      }
      send(parts.get(i));
    }
  }

  @Override
  public void text(String text) {
    post(text, List.of(BlockPacker.markdownSection(text)));
  }

  @Override
  public void progress(String text) {
    // Each response URL allows only a few posts; keep them for the result.
  }

  private void post(String text, List<LayoutBlock> blocks) {
    ack.awaitSent();
    ActionResponse reply = ActionResponse.builder().responseType("ephemeral")
        .replaceOriginal(replaceOriginal).text(text).blocks(blocks).build();
    Request request = new Request.Builder().url(responseUrl)
        .post(RequestBody.create(JSON.toJson(reply), JSON_TYPE)).build();
    try (Response r = http.newCall(request).execute()) {
      if (r.code() != 200) {
        failed("response_url answered " + r.code() + ": " + (r.body() == null ? "" : r.body().string()));
      }
    } catch (IOException | IllegalArgumentException e) {
      failed(e.getMessage());
    }
  }

  private static void failed(String why) {
    lastFailure.set(why);
    FAILED.happened();
  }
}
