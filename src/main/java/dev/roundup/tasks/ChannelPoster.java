package dev.roundup.tasks;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.SlackApi;
import java.util.List;

/**
 * Posts a task's output to its destination with {@code chat.postMessage}. A user id as channel
 * makes Slack open the bot's DM with that person. Failures are thrown, not swallowed: the runner
 * records them and tells the owner.
 */
final class ChannelPoster {

  private final SlackApi slack;

  ChannelPoster(SlackApi slack) {
    this.slack = slack;
  }

  /** Posts the parts in order; returns the ts of the first message. */
  String post(Destination to, List<MessagePart> parts) {
    String first = null;
    for (MessagePart part : parts) {
      ChatPostMessageResponse r = slack.call("chat.postMessage", m -> m.chatPostMessage(p -> {
        p.channel(to.channelId()).text(part.text()).blocks(part.blocks());
        if (to.kind() == Destination.Kind.THREAD) {
          p.threadTs(to.threadTs());
        }
        return p;
      }));
      if (first == null) {
        first = r.getTs();
      }
    }
    return first;
  }

  /** Posts plain text (a reminder, a notice to the owner). */
  String text(Destination to, String text) {
    return slack.call("chat.postMessage", m -> m.chatPostMessage(p -> {
      p.channel(to.channelId()).text(text);
      if (to.kind() == Destination.Kind.THREAD) {
        p.threadTs(to.threadTs());
      }
      return p;
    })).getTs();
  }
}
