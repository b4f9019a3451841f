package dev.roundup.slack;

import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads what is to be summarized from Slack: a whole thread (all pages of
 * {@code conversations.replies}) or a channel window ({@code conversations.history} plus the
 * replies of each thread started in it). Skips noise (see {@link SlackMessageMapper}).
 */
public final class ThreadReader {

  private static final int PAGE_SIZE = 200;

  private final SlackApi slack;
  private final SlackMessageMapper mapper;

  public ThreadReader(SlackApi slack, SlackMessageMapper mapper) {
    this.slack = slack;
    this.mapper = mapper;
  }

  public Conversation readThread(String channelId, String threadTs, ReadProgress progress) {
    return readThread(channelId, threadTs, null, progress, new ArrayList<>());
  }

  /** Top-level messages in [oldest, now] and their thread replies. */
  public Conversation readChannel(String channelId, Instant oldest, ReadProgress progress) {
    List<Message> out = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    String cursor = null;
    String oldestTs = toTs(oldest);
    do {
      String c = cursor;
      ConversationsHistoryResponse page = slack.call("conversations.history",
          m -> m.conversationsHistory(r -> r.channel(channelId).oldest(oldestTs).limit(PAGE_SIZE).cursor(c)),
          progress::rateLimited);
      for (com.slack.api.model.Message m : page.getMessages()) {
        if (m.getReplyCount() != null && m.getReplyCount() > 0 && m.getTs().equals(m.getThreadTs())) {
          threads.add(m.getTs());
        } else {
          mapper.map(m).ifPresent(out::add);
        }
      }
      progress.messagesRead(out.size());
      cursor = nextCursor(page.getResponseMetadata());
    } while (cursor != null);
    for (String threadTs : threads) {
      readThread(channelId, threadTs, oldestTs, progress, out);
    }
    return new Conversation(channelId, out);
  }

  private Conversation readThread(String channelId, String threadTs, String oldestTs,
      ReadProgress progress, List<Message> out) {
    String cursor = null;
    Predicate<com.slack.api.model.Message> inWindow = m -> oldestTs == null
        || m.getTs().equals(threadTs) || Double.parseDouble(m.getTs()) >= Double.parseDouble(oldestTs);
    do {
      String c = cursor;
      ConversationsRepliesResponse page = slack.call("conversations.replies",
          m -> m.conversationsReplies(r -> r.channel(channelId).ts(threadTs).limit(PAGE_SIZE).cursor(c)),
          progress::rateLimited);
      for (com.slack.api.model.Message m : page.getMessages()) {
        if (inWindow.test(m)) {
          mapper.map(m).ifPresent(out::add);
        }
      }
      progress.messagesRead(out.size());
      cursor = nextCursor(page.getResponseMetadata());
    } while (cursor != null);
    return new Conversation(channelId, out);
  }

  private static String nextCursor(com.slack.api.model.ResponseMetadata meta) {
    if (meta == null || meta.getNextCursor() == null || meta.getNextCursor().isEmpty()) {
      return null;
    }
    return meta.getNextCursor();
  }

  static String toTs(Instant instant) {
    return instant.getEpochSecond() + "." + String.format("%06d", instant.getNano() / 1000);
  }
}
