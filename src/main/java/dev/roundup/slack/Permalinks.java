package dev.roundup.slack;

import dev.roundup.store.Workspace;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import java.util.Map;
import java.util.function.Function;

/**
 * Links to messages. Slack permalinks have a fixed shape
 * ({@code https://DOMAIN.slack.com/archives/CHANNEL/pTS[?thread_ts=…&cid=…]}), so one
 * {@code chat.getPermalink} call teaches us the workspace's base URL and the rest are built
 * locally: a summary with 40 sources costs one call, not 40.
 */
public final class Permalinks {

  private final SlackApi slack;
  /** Each workspace's archive URL (its own domain). */
  private final Map<String, String> archivesBase = new java.util.concurrent.ConcurrentHashMap<>();

  public Permalinks(SlackApi slack) {
    this.slack = slack;
  }

  /**
   * A ts → URL function for messages of one channel.
   *
   * @param anyTs    the ts of any message there (to learn the link shape), or null when there
   *                 are no messages (the function then answers the ts itself)
   * @param threadOf reply ts → its thread's ts, so a reply's link opens its thread
   */
  public Function<String, String> forChannel(String channel, String anyTs, Map<String, String> threadOf) {
    if (anyTs == null) {
      return ts -> ts;
    }
    String base = base(channel, anyTs);
    return ts -> {
      String url = base + channel + "/p" + ts.replace(".", "");
      String thread = threadOf.get(ts);
      return thread == null ? url : url + "?thread_ts=" + thread + "&cid=" + channel;
    };
  }

  private String base(String channel, String anyTs) {
    String known = archivesBase.get(Workspace.current());
    if (known != null) {
      return known;
    }
    ChatGetPermalinkResponse r = slack.call("chat.getPermalink",
        m -> m.chatGetPermalink(p -> p.channel(channel).messageTs(anyTs)));
    String link = r.getPermalink();
    int at = link.indexOf("/archives/");
    String base = at < 0 ? link : link.substring(0, at + "/archives/".length());
    archivesBase.putIfAbsent(Workspace.current(), base);
    return base;
  }
}
