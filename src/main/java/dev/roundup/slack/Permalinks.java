package dev.roundup.slack;

import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Links to messages. Slack permalinks have a fixed shape
 * ({@code https://DOMAIN.slack.com/archives/CHANNEL/pTS[?thread_ts=…&cid=…]}), so one
 * {@code chat.getPermalink} call teaches us the workspace's base URL and the rest are built
 * locally: a summary with 40 sources costs one call, not 40.
 */
public final class Permalinks {

  private final SlackApi slack;
  private final AtomicReference<String> archivesBase = new AtomicReference<>();

  public Permalinks(SlackApi slack) {
    this.slack = slack;
  }

  /** A ts → URL function for the messages of one conversation. */
  public Function<String, String> forConversation(Conversation conversation) {
    if (conversation.isEmpty()) {
      return ts -> ts;
    }
    String channel = conversation.channelId();
    String base = base(channel, conversation.messages().get(0).ts());
    Map<String, String> threadOf = conversation.messages().stream()
        .filter(Message::isThreadReply)
        .collect(Collectors.toMap(Message::ts, Message::threadTs, (a, b) -> a));
    return ts -> {
      String url = base + channel + "/p" + ts.replace(".", "");
      String thread = threadOf.get(ts);
      return thread == null ? url : url + "?thread_ts=" + thread + "&cid=" + channel;
    };
  }

  private String base(String channel, String anyTs) {
    String known = archivesBase.get();
    if (known != null) {
      return known;
    }
    ChatGetPermalinkResponse r = slack.call("chat.getPermalink",
        m -> m.chatGetPermalink(p -> p.channel(channel).messageTs(anyTs)));
    String link = r.getPermalink();
    int at = link.indexOf("/archives/");
    String base = at < 0 ? link : link.substring(0, at + "/archives/".length());
    archivesBase.compareAndSet(null, base);
    return base;
  }
}
