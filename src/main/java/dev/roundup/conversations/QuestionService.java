package dev.roundup.conversations;

import dev.roundup.access.Access;
import dev.roundup.access.Verdict;
import dev.roundup.ingest.ChannelHistory;
import dev.roundup.slack.Destination;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.ProgressNotes;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import dev.roundup.summaries.DisplayNames;
import dev.roundup.summaries.ThreadReader;
import dev.roundup.summarize.Answer;
import dev.roundup.summarize.AnswerLabels;
import dev.roundup.summarize.Answerer;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Receipt;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions about a thread or a channel window, for a mention or {@code /ask}. The privacy
 * rule is applied here, before anything is read: the asker must be a member of the channel, and
 * the answer goes only where everyone who sees it may read that channel. A thread is read from
 * Slack whole (with its shared files); a channel window from the message store, backfilled where
 * the store lacks it. The answerer sees only what was read, and every answer carries its receipt.
 */
public final class QuestionService {

  private static final Logger log = LoggerFactory.getLogger(QuestionService.class);

  /**
   * A question about a channel window.
   *
   * @param audience where the answer will be seen (a DM or ephemeral reply: the asker alone)
   * @param window   the window in the asker's words ("this week"), or null when they named none:
   *                 then said as its days in the answer's language ("letzte 30 Tage")
   * @param showQuestion whether to repeat the question above the answer (a private reply)
   */
  public record ChannelQuestion(String asker, String channelId, Instant from, Instant to,
      String window, String question, Destination audience, ZoneId zone, boolean showQuestion) { }

  private final Access access;
  private final ThreadReader threads;
  private final ChannelHistory history;
  private final Answerer answerer;
  private final AnswerBlocks blocks;
  private final Permalinks permalinks;
  private final DisplayNames names;
  private final Function<String, String> nameOf;
  private final MeterRegistry metrics;

  public QuestionService(Access access, ThreadReader threads, ChannelHistory history,
      Answerer answerer, AnswerBlocks blocks, Permalinks permalinks,
      Function<String, String> nameOf, MeterRegistry metrics) {
    this.access = access;
    this.threads = threads;
    this.history = history;
    this.answerer = answerer;
    this.blocks = blocks;
    this.permalinks = permalinks;
    this.nameOf = nameOf;
    this.names = new DisplayNames(nameOf);
    this.metrics = metrics;
  }

  /** Why this person may not have this channel read for that audience, if they may not. */
  public Optional<String> refusal(String asker, String channelId, Destination audience) {
    return access.mayReadFor(asker, channelId, audience).reason();
  }

  /** A question about a whole thread, answered through the replier (a placeholder in the thread). */
  public void thread(String asker, String channelId, String threadTs, String question,
      Destination audience, Replier replier) {
    answer(replier, "the thread", "thread " + threadTs + " in " + channelId, progress -> {
      Verdict verdict = access.mayReadFor(asker, channelId, audience);
      if (!verdict.isAllowed()) {
        return refused(verdict);
      }
      ThreadReader.Read read = threads.read(channelId, threadTs, progress);
      Conversation conversation = names.named(read.conversation());
      Receipt receipt = Receipt.of(Receipt.THREAD, conversation).withBotPosts(read.botPosts())
          .withFiles(read.filesRead(), read.filesNotRead());
      return answered(null, question, conversation, labels -> receipt, AnswerLabels::notFoundThread,
          "thread");
    });
  }

  /** A question about a channel window, answered through the replier. */
  public void channel(ChannelQuestion q, Replier replier) {
    answer(replier, "<#" + q.channelId() + ">", "channel " + q.channelId(), progress -> {
      Verdict verdict = access.mayReadFor(q.asker(), q.channelId(), q.audience());
      if (!verdict.isAllowed()) {
        return refused(verdict);
      }
      ChannelHistory.Window read = history.read(q.channelId(), q.from(), q.to(), progress);
      Conversation conversation = names.named(new Conversation(q.channelId(), read.messages()));
      Function<AnswerLabels, String> what = labels -> "<#" + q.channelId() + "> (" + (q.window() != null
          ? q.window() : labels.lastDays().formatted(Duration.between(q.from(), q.to()).toDays())) + ")";
      String cutShort = read.gapNote(q.zone()).map(n -> "the window " + n).orElse(null);
      return answered(q.showQuestion() ? q.question() : null, q.question(), conversation,
          labels -> Receipt.of(what.apply(labels), conversation).withBotPosts(read.botPosts())
              .withCutShort(cutShort),
          labels -> labels.notFoundIn().formatted(what.apply(labels)), "channel");
    });
  }

  /**
   * @param receipt  what was read, in the words of the answer's language
   * @param notFound the "not found" sentence, in the words of the answer's language
   */
  private List<MessagePart> answered(String shownQuestion, String question,
      Conversation conversation, Function<AnswerLabels, Receipt> receipt,
      Function<AnswerLabels, String> notFound, String kind) {
    Answer answer = answerer.answer(conversation, question);
    metrics.counter("roundup_answers_total", "kind", kind, "found", String.valueOf(answer.found()))
        .increment();
    Function<String, String> link = answer.found() && !conversation.isEmpty()
        ? permalinks.forChannel(conversation.channelId(), conversation.firstTs(),
            conversation.threadOfReplies())
        : ts -> ts;
    AnswerLabels labels = AnswerLabels.of(answer.language());
    return blocks.render(shownQuestion, answer,
        notFound.apply(labels), receipt.apply(labels).with(answer.stats()),
        id -> conversation.names().getOrDefault(id, nameOf.apply(id)), link);
  }

  private static List<MessagePart> refused(Verdict verdict) {
    String text = ":warning: " + verdict.reason().orElseThrow();
    return List.of(new MessagePart(text, List.of(dev.roundup.slack.BlockPacker.markdownSection(text))));
  }

  /** Work that may read Slack, showing its progress on the replier. */
  @FunctionalInterface
  private interface Work {
    List<MessagePart> run(ReadProgress progress);
  }

  /** Runs the work and answers through the replier; failures become a sentence there. */
  private static void answer(Replier replier, String what, String logged, Work work) {
    try {
      replier.sendAll(work.run(new ProgressNotes(what, replier::progress)));
    } catch (SlackCallException e) {
      log.warn("Answer about {} failed: {}", logged, e.getMessage());
      tell(replier, ":warning: " + SlackErrors.explain(e));
    } catch (RuntimeException e) {
      log.error("Answer about {} failed", logged, e);
      tell(replier, ":warning: Something went wrong while answering. It has been logged; "
          + "please try again, and tell your Roundup admin if it keeps happening.");
    }
  }

  private static void tell(Replier replier, String text) {
    try {
      replier.text(text);
    } catch (SlackCallException e) {
      log.warn("Could not tell the user about a failure: {}", e.getMessage());
    }
  }
}
