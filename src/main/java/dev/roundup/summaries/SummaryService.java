package dev.roundup.summaries;

import dev.roundup.llm.LlmAccount;
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
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Labels;
import dev.roundup.summarize.Receipt;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summaries of a thread or of a channel window, for whoever asks: a mention, {@code /summarize},
 * or a task. The privacy rule is applied here, before anything is read, so every caller gets it:
 * the requester must be a member of the channel, and what is read goes only where everyone who can
 * see it may. Channel windows come from the message store ({@link ChannelHistory}); a thread is
 * read from Slack whole.
 */
public final class SummaryService {

  private static final Logger log = LoggerFactory.getLogger(SummaryService.class);

  /**
   * A channel window to summarize.
   *
   * @param requester whose membership decides what may be read
   * @param audience  where the result will be seen (a DM or ephemeral reply: the requester)
   * @param window    the period in words ("last 24 hours", "since Mon 9:00 AM")
   * @param focus     topics to favour, or null
   * @param zone      for dates in notes
   * @param note      a line for the reader under the heading (a late run says so), or null
   * @param chargeTo  whom model calls are charged to (a task's run), or null for the workspace
   */
  public record ChannelRequest(String requester, String channelId, Instant from, Instant to,
      String window, String focus, Destination audience, ZoneId zone, String note,
      LlmAccount chargeTo) {

    public ChannelRequest(String requester, String channelId, Instant from, Instant to,
        String window, String focus, Destination audience, ZoneId zone, String note) {
      this(requester, channelId, from, to, window, focus, audience, zone, note, null);
    }
  }

  /** What a summary request came to. */
  public sealed interface Result permits Summarized, Nothing, Refused { }

  /** The summary, ready to post. */
  public record Summarized(List<MessagePart> parts, int messages) implements Result { }

  /** Nothing to summarize; the sentence says so. */
  public record Nothing(String sentence) implements Result { }

  /** The privacy rule said no; the verdict says why. */
  public record Refused(Verdict verdict) implements Result { }

  private final Access access;
  private final ThreadReader threads;
  private final ChannelHistory history;
  private final Summarizer summarizer;
  private final SummaryBlocks blocks;
  private final Permalinks permalinks;
  private final MeterRegistry metrics;
  private final DisplayNames names;

  public SummaryService(Access access, ThreadReader threads, ChannelHistory history,
      Summarizer summarizer, SummaryBlocks blocks, Permalinks permalinks, MeterRegistry metrics) {
    this(access, threads, history, summarizer, blocks, permalinks, metrics, id -> id);
  }

  /**
   * @param nameOf a person's display name by user id, or the id when unknown (Slack's user
   *               directory): summarizers read "Bo, can you…" and prompt models by name
   */
  public SummaryService(Access access, ThreadReader threads, ChannelHistory history,
      Summarizer summarizer, SummaryBlocks blocks, Permalinks permalinks, MeterRegistry metrics,
      Function<String, String> nameOf) {
    this.names = new DisplayNames(nameOf);
    this.access = access;
    this.threads = threads;
    this.history = history;
    this.summarizer = summarizer;
    this.blocks = blocks;
    this.permalinks = permalinks;
    this.metrics = metrics;
  }

  /**
   * Why this person may not have this channel read for that audience, if they may not: for
   * callers that answer a refusal privately before showing anything in public (a mention).
   */
  public Optional<String> refusal(String requester, String channelId, Destination audience) {
    return access.mayReadFor(requester, channelId, audience).reason();
  }

  /** A whole thread, answered in place through the replier (which shows a placeholder). */
  public void thread(String requester, String channelId, String threadTs, Destination audience,
      Replier replier) {
    answer(replier, "the thread", "thread " + threadTs + " in " + channelId, progress -> {
      Verdict verdict = access.mayReadFor(requester, channelId, audience);
      if (!verdict.isAllowed()) {
        return new Refused(verdict);
      }
      ThreadReader.Read read = threads.read(channelId, threadTs, progress);
      Conversation conversation = read.conversation();
      if (conversation.isEmpty()) {
        return new Nothing("Nothing to summarize yet: this thread has no messages from people.");
      }
      replier.progress(":hourglass_flowing_sand: Summarizing " + size(conversation) + "…");
      Receipt receipt = Receipt.of(Receipt.THREAD, conversation).withBotPosts(read.botPosts())
          .withFiles(read.filesRead(), read.filesNotRead());
      return summarized(null, conversation, SummaryOptions.DEFAULT, List.of(), "thread", receipt);
    });
  }

  /** A channel window, answered through the replier. */
  public void channel(ChannelRequest request, Replier replier) {
    answer(replier, "<#" + request.channelId() + ">", "channel " + request.channelId(),
        progress -> channel(request, progress, replier));
  }

  /**
   * A channel window, rendered for the caller to post (a task's run). Slack errors are thrown, so
   * the caller can record a failed run.
   */
  public Result channel(ChannelRequest request, ReadProgress progress) {
    return channel(request, progress, null);
  }

  private Result channel(ChannelRequest request, ReadProgress progress, Replier replier) {
    Verdict verdict = access.mayReadFor(request.requester(), request.channelId(), request.audience());
    if (!verdict.isAllowed()) {
      return new Refused(verdict);
    }
    ChannelHistory.Window read = history.read(request.channelId(), request.from(), request.to(), progress);
    String what = "<#" + request.channelId() + ">" + (request.window() == null ? "" : " (" + request.window() + ")");
    List<String> notes = new ArrayList<>();
    if (request.note() != null) {
      notes.add(request.note());
    }
    String gap = read.gapNote(request.zone()).map(n -> "This summary " + n + ".").orElse(null);
    if (gap != null) {
      notes.add(gap);
    }
    Conversation conversation = new Conversation(request.channelId(), read.messages());
    if (conversation.isEmpty()) {
      return new Nothing("Nothing to summarize yet: no messages from people in " + what + "."
          + (gap == null ? "" : " " + gap));
    }
    if (replier != null) {
      replier.progress(":hourglass_flowing_sand: Summarizing " + size(conversation) + "…");
    }
    SummaryOptions options = request.focus() == null || request.focus().isBlank()
        ? SummaryOptions.DEFAULT : SummaryOptions.focusedOn(request.focus());
    options = options.chargedTo(request.chargeTo());
    Receipt receipt = Receipt.of(what, conversation).withBotPosts(read.botPosts())
        .withCutShort(gap == null ? null : "part of the window not read (Slack's history limits)");
    return summarized(what, conversation, options, notes, "channel", receipt);
  }

  /**
   * Summarizes and renders, headed in the conversation's language ("Thread summary: …",
   * "Résumé du fil : …"); {@code what} is null for a thread, else what was read ("<#C1>").
   */
  private Summarized summarized(String what, Conversation conversation, SummaryOptions options,
      List<String> notes, String kind, Receipt receipt) {
    Summary summary = summarizer.summarize(named(conversation), options);
    String heading = Labels.of(summary.language()).heading(what, conversation.size(),
        conversation.participants().size());
    List<MessagePart> parts = blocks.render(heading, notes, summary,
        permalinks.forChannel(conversation.channelId(), conversation.firstTs(),
            conversation.threadOfReplies()), receipt);
    metrics.counter("roundup_summaries_total", "kind", kind).increment();
    return new Summarized(parts, conversation.size());
  }

  /** The conversation with the display names of its people and of everyone mentioned. */
  private Conversation named(Conversation conversation) {
    return names.named(conversation);
  }

  /** Work that may read Slack, showing its progress on the replier. */
  @FunctionalInterface
  private interface Work {
    Result run(ReadProgress progress);
  }

  /** Runs the work and answers through the replier; failures become a sentence there. */
  private static void answer(Replier replier, String what, String logged, Work work) {
    try {
      Result result = work.run(new ProgressNotes(what, replier::progress));
      if (result instanceof Summarized s) {
        replier.sendAll(s.parts());
      } else if (result instanceof Nothing n) {
        replier.text(n.sentence());
      } else if (result instanceof Refused r) {
        replier.text(":warning: " + r.verdict().reason().orElseThrow());
      }
    } catch (SlackCallException e) {
      log.warn("Summary of {} failed: {}", logged, e.getMessage());
      tell(replier, ":warning: " + SlackErrors.explain(e));
    } catch (RuntimeException e) {
      log.error("Summary of {} failed", logged, e);
      tell(replier, ":warning: Something went wrong while summarizing. It has been logged; "
          + "please try again, and tell your Roundup admin if it keeps happening.");
    }
  }

  /** "214 messages from 9 people". */
  /** "24 messages from 6 people", for progress shown before the language is known. */
  static String size(Conversation conversation) {
    return Labels.ENGLISH.size(conversation.size(), conversation.participants().size());
  }

  private static void tell(Replier replier, String text) {
    try {
      replier.text(text);
    } catch (SlackCallException e) {
      log.warn("Could not tell the user about a failure: {}", e.getMessage());
    }
  }
}
