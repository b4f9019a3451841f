package dev.roundup.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.webhook.WebhookResponse;
import dev.roundup.tasks.Reply;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a Bolt context into a {@link Reply}, so feature handlers never see Bolt types. */
final class Responders {

  private static final Logger log = LoggerFactory.getLogger(Responders.class);

  private Responders() {}

  /** Ephemeral answers to a slash command, through its response URL. */
  static Reply slashCommand(SlashCommandContext ctx) {
    return (text, blocks) -> {
      try {
        check(ctx.respond(r -> r.responseType("ephemeral").text(text).blocks(blocks)));
      } catch (IOException e) {
        log.warn("Could not answer a slash command: {}", e.getMessage());
      }
    };
  }

  /**
   * Answers to a button: replaces the message clicked (a confirmation) when there is one; a click
   * in the App Home has no message, so the answer goes to the user's DM.
   */
  static Reply action(ActionContext ctx, String responseUrl, SlackApi slack, String userId) {
    if (responseUrl == null) {
      return (text, blocks) -> {
        try {
          slack.call("chat.postMessage", m -> m.chatPostMessage(p -> p.channel(userId).text(text).blocks(blocks)));
        } catch (SlackCallException e) {
          log.warn("Could not DM {}: {}", userId, e.getMessage());
        }
      };
    }
    return (text, blocks) -> {
      try {
        check(ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(true).text(text).blocks(blocks)));
      } catch (IOException e) {
        log.warn("Could not answer a button click: {}", e.getMessage());
      }
    };
  }

  private static void check(WebhookResponse r) {
    if (r.getCode() != 200) {
      log.warn("response_url answered {}: {}", r.getCode(), r.getBody());
    }
  }
}
