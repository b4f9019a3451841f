package dev.roundup.summaries;

import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import dev.roundup.slack.Pager;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.SlackApi;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole thread from Slack (all pages of {@code conversations.replies}), skipping what is
 * not conversation (see {@link SlackMessageMapper}). A thread is read live rather than from the
 * message store: it may have started long before the store's retention, and one thread costs one
 * or two calls.
 */
public final class ThreadReader {

  private static final int PAGE_SIZE = 200;

  private final SlackApi slack;
  private final SlackMessageMapper mapper;

  public ThreadReader(SlackApi slack, SlackMessageMapper mapper) {
    this.slack = slack;
    this.mapper = mapper;
  }

  /**
   * A thread as read: its conversation, and what the reading left out.
   *
   * @param botPosts     posts by other bots and integrations
   * @param filesRead    shared files whose text joined the conversation
   * @param filesNotRead "name (why)" for each shared file that could not be read
   */
  public record Read(Conversation conversation, int botPosts, int filesRead,
      List<String> filesNotRead) {

    public Read {
      filesNotRead = List.copyOf(filesNotRead);
    }
  }

  public Read read(String channelId, String threadTs, ReadProgress progress) {
    List<Message> out = new ArrayList<>();
    int botPosts = 0;
    Pager<ConversationsRepliesResponse> pages = new Pager<>(slack, "conversations.replies",
        (m, cursor) -> m.conversationsReplies(r -> r.channel(channelId).ts(threadTs).limit(PAGE_SIZE).cursor(cursor)),
        ConversationsRepliesResponse::getResponseMetadata, progress::rateLimited);
    for (var page = pages.next(); page.isPresent(); page = pages.next()) {
      for (com.slack.api.model.Message m : page.get().getMessages()) {
        if (mapper.isBotPost(m)) {
          botPosts++;
          continue;
        }
        mapper.map(m).ifPresent(out::add);
      }
      progress.messagesRead(out.size());
    }
    return new Read(new Conversation(channelId, out), botPosts, 0, List.of());
  }
}
