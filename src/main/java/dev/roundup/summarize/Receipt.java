package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * What a summary, an answer or a digest rests on, for the reader to check: what was read (the
 * thread, a channel's window), how many messages, threads and people, and what was left out and
 * why — messages addressed to Roundup, posts by bots and integrations, files that could not be
 * read, a catch-up from Slack's history that its rate limits cut short, and items a model cited
 * nothing for. Shown as one context line under every result. The feature that read the messages
 * fills in the reading; the summarizer or answerer adds what it set aside ({@link #with(Summary.Stats)}).
 *
 * @param read             what was read, in the reader's words ("the thread", "&lt;#C1&gt; since Mon")
 * @param messages         messages of people read
 * @param threads          threads among them (a message with replies counts as one)
 * @param participants     distinct authors
 * @param addressedToBot   messages that talked to Roundup, set aside
 * @param botPosts         posts by bots and integrations, not conversation
 * @param filesRead        shared files whose text was read as part of the conversation
 * @param filesNotRead     "name (why)" for each shared file that could not be read
 * @param cutShort         why part of the window is missing (Slack's history limits), or null
 * @param unsourcedDropped items a model cited no message for, dropped
 * @param ownersDropped    owners a model named who are not in the conversation, removed
 */
public record Receipt(String read, int messages, int threads, int participants,
    int addressedToBot, int botPosts, int filesRead, List<String> filesNotRead, String cutShort,
    int unsourcedDropped, int ownersDropped) {

  /** What a thread's receipt says was read; each language's labels word it their own way. */
  public static final String THREAD = "the thread";

  public Receipt {
    filesNotRead = List.copyOf(filesNotRead);
  }

  /** What was read, before anything was set aside. */
  public static Receipt of(String read, Conversation conversation) {
    return new Receipt(read, conversation.size(), threadsIn(conversation),
        conversation.participants().size(), 0, 0, 0, List.of(), null, 0, 0);
  }

  /** Threads in a conversation: each distinct thread, counted once however many replies it has. */
  public static int threadsIn(Conversation conversation) {
    return (int) conversation.messages().stream()
        .filter(m -> m.threadTs() != null)
        .map(Message::threadTs)
        .distinct()
        .count();
  }

  /** The same reading, with what a summarizer or answerer set aside and dropped. */
  public Receipt with(Summary.Stats stats) {
    if (stats == null) {
      return this;
    }
    return new Receipt(read, messages, threads, participants, stats.addressedToBot(), botPosts,
        filesRead, filesNotRead, cutShort, stats.unsourcedDropped(), stats.ownersDropped());
  }

  /** With the posts by bots that the reading skipped. */
  public Receipt withBotPosts(int count) {
    return new Receipt(read, messages, threads, participants, addressedToBot, count, filesRead,
        filesNotRead, cutShort, unsourcedDropped, ownersDropped);
  }

  /** With the shared files read, and those that could not be ("name (why)"). */
  public Receipt withFiles(int read, List<String> notRead) {
    return new Receipt(this.read, messages, threads, participants, addressedToBot, botPosts, read,
        notRead, cutShort, unsourcedDropped, ownersDropped);
  }

  /** With a sentence on the part of the window that could not be read. */
  public Receipt withCutShort(String why) {
    return new Receipt(read, messages, threads, participants, addressedToBot, botPosts, filesRead,
        filesNotRead, why, unsourcedDropped, ownersDropped);
  }

  /** Two readings as one (a digest or a catch-up of several channels). */
  public Receipt plus(Receipt other) {
    List<String> files = new ArrayList<>(filesNotRead);
    files.addAll(other.filesNotRead);
    String cut = cutShort == null ? other.cutShort
        : other.cutShort == null ? cutShort : cutShort + "; " + other.cutShort;
    return new Receipt(read, messages + other.messages, threads + other.threads,
        participants + other.participants, addressedToBot + other.addressedToBot,
        botPosts + other.botPosts, filesRead + other.filesRead, files, cut,
        unsourcedDropped + other.unsourcedDropped, ownersDropped + other.ownersDropped);
  }

  /**
   * The receipt as one line: "Read the thread: 42 messages, 6 participants, 3 threads, 1 file.
   * Left out: 1 message addressed to the bot was ignored; 2 bot posts; scan.pdf (encrypted)."
   * Its fixed words and counts are in the conversation's language where {@link Labels} has them.
   */
  public String line(Labels labels) {
    StringBuilder out = new StringBuilder();
    if (read != null && !read.isBlank()) {
      // The opening is in the labels' language, like the counts after it.
      out.append(THREAD.equals(read) ? labels.readThread() : labels.readWhat().formatted(read))
          .append(": ");
    }
    out.append(labels.count(Labels.MESSAGES, messages)).append(", ")
        .append(labels.count(Labels.PARTICIPANTS, participants));
    if (threads > 0) {
      out.append(", ").append(labels.count(Labels.THREADS, threads));
    }
    if (filesRead > 0) {
      out.append(", ").append(labels.count(Labels.FILES_READ, filesRead));
    }
    List<String> leftOut = leftOut(labels);
    if (!leftOut.isEmpty()) {
      out.append(". ").append(labels.leftOutHeading()).append(": ")
          .append(String.join("; ", leftOut));
    }
    return out.append('.').toString();
  }

  /** What was left out, each part a clause; empty when nothing was. */
  public List<String> leftOut(Labels labels) {
    List<String> parts = new ArrayList<>();
    String counted = labels.leftOut(new Summary.Stats(messages, participants, addressedToBot,
        unsourcedDropped, ownersDropped));
    if (!counted.isEmpty()) {
      parts.add(counted);
    }
    if (botPosts > 0) {
      parts.add(labels.count(Labels.BOT_POSTS, botPosts));
    }
    if (!filesNotRead.isEmpty()) {
      parts.add(labels.count(Labels.FILES_NOT_READ, filesNotRead.size()) + " ("
          + String.join(", ", filesNotRead) + ")");
    }
    if (cutShort != null && !cutShort.isBlank()) {
      parts.add(cutShort);
    }
    return parts;
  }

  /** Whether anything was left out. */
  public boolean leftSomethingOut() {
    return addressedToBot + botPosts + unsourcedDropped + ownersDropped > 0
        || !filesNotRead.isEmpty() || cutShort != null;
  }
}
