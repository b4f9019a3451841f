package dev.roundup.summaries;

import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import dev.roundup.slack.FileFetcher;
import dev.roundup.slack.Pager;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.SlackApi;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.SharedFileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
  private final FileFetcher files;

  /** A reader that reads no shared files (they are listed as not read). */
  public ThreadReader(SlackApi slack, SlackMessageMapper mapper) {
    this(slack, mapper, null);
  }

  /** @param files fetches shared files so they count as part of the thread; null for none */
  public ThreadReader(SlackApi slack, SlackMessageMapper mapper, FileFetcher files) {
    this.slack = slack;
    this.mapper = mapper;
    this.files = files;
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
    int filesRead = 0;
    List<String> filesNotRead = new ArrayList<>();
    Pager<ConversationsRepliesResponse> pages = new Pager<>(slack, "conversations.replies",
        (m, cursor) -> m.conversationsReplies(r -> r.channel(channelId).ts(threadTs).limit(PAGE_SIZE).cursor(cursor)),
        ConversationsRepliesResponse::getResponseMetadata, progress::rateLimited);
    for (var page = pages.next(); page.isPresent(); page = pages.next()) {
      for (com.slack.api.model.Message m : page.get().getMessages()) {
        if (mapper.isBotPost(m)) {
          botPosts++;
          continue;
        }
        Optional<Message> mapped = mapper.map(m);
        if (mapped.isPresent() && m.getFiles() != null && !m.getFiles().isEmpty()) {
          StringBuilder text = new StringBuilder(mapped.get().text());
          for (com.slack.api.model.File file : m.getFiles()) {
            SharedFileText.Result read = read(file);
            if (read.read()) {
              filesRead++;
              text.append("\n\n[").append(file.getName()).append("]\n").append(read.text());
            } else {
              filesNotRead.add(file.getName() + " (" + read.whyNotRead() + ")");
            }
          }
          Message m0 = mapped.get();
          mapped = Optional.of(new Message(m0.ts(), m0.threadTs(), m0.user(), text.toString(),
              m0.replyCount(), m0.addressedToBot()));
        }
        mapped.ifPresent(out::add);
      }
      progress.messagesRead(out.size());
    }
    return new Read(new Conversation(channelId, out), botPosts, filesRead, filesNotRead);
  }

  /** A shared file's text, or why it could not be read; never fatal. */
  private SharedFileText.Result read(com.slack.api.model.File file) {
    if (files == null) {
      return new SharedFileText.Result(null, "files are not read");
    }
    if (file.getSize() != null && file.getSize() > SharedFileText.MAX_BYTES) {
      return new SharedFileText.Result(null, "too big");
    }
    FileFetcher.Fetched fetched = files.fetch(file.getUrlPrivate(), SharedFileText.MAX_BYTES);
    if (fetched.bytes() == null) {
      return new SharedFileText.Result(null, fetched.whyNot());
    }
    return SharedFileText.of(file.getFiletype(), file.getMimetype(), fetched.bytes());
  }
}
