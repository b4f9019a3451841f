package dev.roundup.digest;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.SummaryOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of a continued thread that were open at the previous digest and are not any more.
 * The thread is summarized as it stood then and as it stands now by the digest's own summarizer,
 * so "open" means exactly what it means in every summary: a reply that only redirects ("good
 * question, let's ask finance") or defers leaves the question open, and it is not counted.
 */
final class AnsweredSince {

  private final Summarizer summarizer;

  AnsweredSince(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  /**
   * @param earlier the thread's messages from before the period (as it stood at the previous
   *                digest); empty for a thread that started in the period
   * @param since   the thread's messages in the period
   */
  List<AnsweredQuestion> find(List<Message> earlier, List<Message> since, SummaryOptions options) {
    if (earlier.isEmpty() || since.isEmpty()) {
      return List.of();
    }
    List<Point> openThen = summarizer.summarize(Conversation.of(earlier), options).openQuestions();
    if (openThen.isEmpty()) {
      return List.of();
    }
    List<Message> whole = new ArrayList<>(earlier);
    whole.addAll(since);
    Set<String> openNow = new HashSet<>();
    summarizer.summarize(Conversation.of(whole), options).openQuestions()
        .forEach(q -> openNow.addAll(q.sources()));
    List<Message> replies = Conversation.of(since).messages();
    List<AnsweredQuestion> answered = new ArrayList<>();
    for (Point question : openThen) {
      if (question.sources().isEmpty() || question.sources().stream().anyMatch(openNow::contains)) {
        continue;
      }
      String askedTs = question.sources().get(0);
      String asker = earlier.stream().filter(m -> m.ts().equals(askedTs)).map(Message::user)
          .findFirst().orElse(null);
      Message reply = firstReplyBy(replies, asker).orElse(replies.get(0));
      answered.add(new AnsweredQuestion(question.text(), askedTs, reply.ts(), reply.user()));
    }
    return answered;
  }

  /** The first reply by someone other than the asker: whoever answered, most likely. */
  private static Optional<Message> firstReplyBy(List<Message> replies, String asker) {
    return replies.stream().filter(m -> m.user() != null && !m.user().equals(asker)).findFirst();
  }
}
