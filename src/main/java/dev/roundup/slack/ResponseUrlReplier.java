package dev.roundup.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ephemeral replies through a response URL: a slash command's, or a button's (where the reply
 * replaces the message clicked, such as a confirmation). Slack accepts at most {@value #MAX_USES}
 * posts to one response URL, so progress is not sent (the ack already said we are working) and a
 * result with more parts than that ends by saying where to get the rest.
 */
public final class ResponseUrlReplier implements Replier {

  static final int MAX_USES = 5;
  private static final Logger log = LoggerFactory.getLogger(ResponseUrlReplier.class);

  private final Responder responder;
  private final boolean replaceOriginal;

  private ResponseUrlReplier(Slack slack, String responseUrl, boolean replaceOriginal) {
    this.responder = new Responder(slack, responseUrl);
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
    try {
      WebhookResponse r = responder.sendToAction(res -> res.responseType("ephemeral")
          .replaceOriginal(replaceOriginal).text(text).blocks(blocks));
      if (r.getCode() != 200) {
        log.warn("response_url answered {}: {}", r.getCode(), r.getBody());
      }
    } catch (IOException e) {
      log.warn("Could not post to response_url: {}", e.getMessage());
    }
  }
}
