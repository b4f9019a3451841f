package dev.roundup.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.List;

/**
 * Posts Roundup's output with {@code chat.postMessage}: to a person (a user id as channel opens the
 * bot's DM with them), to a channel, or into a thread. A result split into several parts is posted
 * as one message and its thread, so the parts stay together; into a thread, every part goes to
 * that thread. Failures are thrown as {@link SlackCallException}: callers decide whether to tell
 * someone or record a failed run.
 */
public final class Poster {

  private final SlackApi slack;

  public Poster(SlackApi slack) {
    this.slack = slack;
  }

  /** Posts the parts in order; returns the ts of the first message. */
  public String post(Destination to, List<MessagePart> parts) {
    String first = null;
    String thread = to.kind() == Destination.Kind.THREAD ? to.threadTs() : null;
    for (MessagePart part : parts) {
      String inThread = thread;
      ChatPostMessageResponse r = slack.call("chat.postMessage", m -> m.chatPostMessage(p -> p
          .channel(to.channelId()).text(part.text()).blocks(part.blocks()).threadTs(inThread)));
      if (first == null) {
        first = r.getTs();
        thread = thread != null ? thread : r.getTs();
      }
    }
    return first;
  }

  /** Posts plain text (a reminder, a notice); returns its ts. */
  public String text(Destination to, String text) {
    String thread = to.kind() == Destination.Kind.THREAD ? to.threadTs() : null;
    return slack.call("chat.postMessage", m -> m.chatPostMessage(p -> p
        .channel(to.channelId()).text(text).threadTs(thread))).getTs();
  }

  /** A direct message to a person. */
  public String dm(String userId, String text) {
    return text(Destination.dm(userId), text);
  }
}
