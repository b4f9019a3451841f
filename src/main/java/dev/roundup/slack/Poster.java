package dev.roundup.slack;

import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import java.util.List;
import java.util.Map;

/**
 * Posts Roundup's output with {@code chat.postMessage}: to a person (a user id as channel opens the
 * bot's DM with them), to a channel, or into a thread. A result split into several parts is posted
 * as one message and its thread, so the parts stay together; into a thread, every part goes to
 * that thread. Failures are thrown as {@link SlackCallException}: callers decide whether to tell
 * someone or record a failed run. Scheduled output goes through the {@link OutboundQueue}, which
 * posts one part at a time with {@link #postOne}.
 */
public final class Poster {

  /** The event type of the metadata that marks a scheduled run's first message ({@link PostedCheck}). */
  static final String RUN_EVENT = "roundup_run";
  static final String RUN_KEY = "key";

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

  /**
   * Posts one message without waiting out a rate limit (a 429 is thrown as {@code ratelimited}
   * with Slack's wait); returns its ts.
   *
   * @param threadTs the thread to post in, or null
   * @param runKey   when not null, the message carries it as metadata (invisible to people), so
   *                 whether it went out can be checked later ({@link PostedCheck})
   */
  public String postOne(Destination to, String threadTs, MessagePart part, String runKey) {
    Message.Metadata metadata = runKey == null ? null
        : new Message.Metadata(RUN_EVENT, Map.of(RUN_KEY, runKey));
    ChatPostMessageRequest request = ChatPostMessageRequest.builder()
        .channel(to.channelId()).text(part.text())
        .blocks(part.blocks().isEmpty() ? null : part.blocks())
        .threadTs(threadTs).metadata(metadata).build();
    // The SDK's own form for the request; only the answer is read leaner (PostedMessage).
    return slack.postWithoutWaiting("chat.postMessage", RequestFormBuilder.toForm(request),
        PostedMessage.class).ts();
  }
}
