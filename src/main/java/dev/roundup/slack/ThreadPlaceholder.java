package dev.roundup.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.List;

/**
 * The message Roundup posts at once in a thread ("Reading the thread…") and then edits: into
 * progress, into the first part of the result, or into a warning. Further parts are posted as
 * replies in the same thread.
 */
public final class ThreadPlaceholder implements Replier {

  private final SlackApi slack;
  private final String channel;
  private final String threadTs;
  private String placeholderTs;
  private boolean resultShown;

  private ThreadPlaceholder(SlackApi slack, String channel, String threadTs) {
    this.slack = slack;
    this.channel = channel;
    this.threadTs = threadTs;
  }

  /** Posts the placeholder; throws {@link SlackCallException} when Roundup cannot post there. */
  public static ThreadPlaceholder post(SlackApi slack, String channel, String threadTs, String text) {
    ThreadPlaceholder p = new ThreadPlaceholder(slack, channel, threadTs);
    ChatPostMessageResponse r = slack.call("chat.postMessage",
        m -> m.chatPostMessage(req -> req.channel(channel).threadTs(threadTs).text(text)));
    p.placeholderTs = r.getTs();
    return p;
  }

  public String ts() {
    return placeholderTs;
  }

  /** The first part replaces the placeholder; later parts follow it in the thread. */
  @Override
  public void send(MessagePart part) {
    if (!resultShown) {
      resultShown = true;
      slack.call("chat.update", m -> m.chatUpdate(r -> r.channel(channel).ts(placeholderTs)
          .text(part.text()).blocks(part.blocks())));
    } else {
      slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
          .text(part.text()).blocks(part.blocks())));
    }
  }

  /** Replaces the placeholder's text (progress or a warning). */
  @Override
  public void text(String text) {
    slack.call("chat.update", m -> m.chatUpdate(r -> r.channel(channel).ts(placeholderTs)
        .text(text).blocks(List.of(BlockPacker.markdownSection(text)))));
  }
}
