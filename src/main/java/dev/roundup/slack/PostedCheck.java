package dev.roundup.slack;

import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks Slack whether a scheduled run's message went out, by the key its first message carries as
 * metadata ({@link Poster#postOne}). Used only when a node died mid-run: the node that takes the
 * run over must not post it twice, nor leave it unposted, and only Slack knows whether the dead
 * node's post arrived. Reads the destination's history from shortly before the run started.
 */
public final class PostedCheck {

  /** Clocks of nodes and Slack differ a little; read from this much before the run's start. */
  private static final Duration SKEW = Duration.ofMinutes(1);

  private final SlackApi slack;

  public PostedCheck(SlackApi slack) {
    this.slack = slack;
  }

  /** The ts of the message carrying {@code runKey}, posted to {@code to} since {@code since}. */
  public Optional<String> find(Destination to, String runKey, Instant since) {
    Instant from = since.minus(SKEW);
    String oldest = from.getEpochSecond() + "." + String.format("%06d", from.getNano() / 1000);
    if (to.kind() == Destination.Kind.THREAD) {
      return search(new Pager<>(slack, "conversations.replies",
          (m, cursor) -> m.conversationsReplies(r -> r.channel(to.channelId()).ts(to.threadTs())
              .oldest(oldest).includeAllMetadata(true).limit(200).cursor(cursor)),
          ConversationsRepliesResponse::getResponseMetadata), ConversationsRepliesResponse::getMessages,
          runKey);
    }
    String channel = to.kind() == Destination.Kind.DM
        ? slack.call("conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(to.channelId()))))
            .getChannel().getId()
        : to.channelId();
    return search(new Pager<>(slack, "conversations.history",
        (m, cursor) -> m.conversationsHistory(r -> r.channel(channel).oldest(oldest)
            .includeAllMetadata(true).limit(200).cursor(cursor)),
        ConversationsHistoryResponse::getResponseMetadata), ConversationsHistoryResponse::getMessages,
        runKey);
  }

  private static <T extends SlackApiTextResponse> Optional<String> search(Pager<T> pages,
      Function<T, List<Message>> messages, String runKey) {
    while (pages.hasMore()) {
      Optional<String> ts = marked(messages.apply(pages.next().orElseThrow()), runKey);
      if (ts.isPresent()) {
        return ts;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> marked(List<Message> messages, String runKey) {
    return messages.stream()
        .filter(m -> m.getMetadata() != null && Poster.RUN_EVENT.equals(m.getMetadata().getEventType())
            && m.getMetadata().getEventPayload() != null
            && runKey.equals(String.valueOf(m.getMetadata().getEventPayload().get(Poster.RUN_KEY))))
        .map(Message::getTs).findFirst();
  }
}
