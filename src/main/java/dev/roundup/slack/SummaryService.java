package dev.roundup.slack;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summaries on demand: reads the thread or channel window, summarizes it, and replies in place,
 * telling the user what is happening and, when something fails, what went wrong and what to do.
 */
public final class SummaryService {

  private static final Logger log = LoggerFactory.getLogger(SummaryService.class);

  /** What to summarize and for whom. */
  public record Target(String channelId, String threadTs, ZonedDateTime since, String window) {
    boolean isThread() {
      return threadTs != null;
    }
  }

  private final ThreadReader reader;
  private final Summarizer summarizer;
  private final SummaryBlocks blocks;
  private final Permalinks permalinks;
  private final MeterRegistry metrics;

  public SummaryService(ThreadReader reader, Summarizer summarizer, SummaryBlocks blocks,
      Permalinks permalinks, MeterRegistry metrics) {
    this.reader = reader;
    this.summarizer = summarizer;
    this.blocks = blocks;
    this.permalinks = permalinks;
    this.metrics = metrics;
  }

  /** Reads, summarizes and sends the result through the replier, which already shows a placeholder. */
  public void summarize(Target target, Replier replier) {
    String what = target.isThread() ? "the thread" : "<#" + target.channelId() + ">";
    try {
      ProgressNotes progress = new ProgressNotes(what, replier::progress);
      Conversation conversation = target.isThread()
          ? reader.readThread(target.channelId(), target.threadTs(), progress)
          : reader.readChannel(target.channelId(), target.since().toInstant(), progress);
      if (conversation.isEmpty()) {
        replier.text(target.isThread()
            ? "Nothing to summarize yet: this thread has no messages from people."
            : "Nothing to summarize yet: no messages from people in " + what
                + (target.window() == null ? "" : " (" + target.window() + ")") + ".");
        return;
      }
      int people = conversation.participants().size();
      String size = String.format("%,d", conversation.size()) + " message"
          + (conversation.size() == 1 ? "" : "s") + " from " + people + (people == 1 ? " person" : " people");
      replier.progress(":hourglass_flowing_sand: Summarizing " + size + "…");
      Summary summary = summarizer.summarize(conversation);
      String heading = target.isThread()
          ? "Thread summary: " + size
          : "Summary of " + what + (target.window() == null ? "" : " (" + target.window() + ")") + ": " + size;
      List<MessagePart> parts = blocks.render(heading, summary, permalinks.forConversation(conversation));
      replier.sendAll(parts);
      metrics.counter("roundup_summaries_total", "kind", target.isThread() ? "thread" : "channel").increment();
    } catch (SlackCallException e) {
      log.warn("Summary of {} {} failed: {}", target.channelId(), target.threadTs(), e.getMessage());
      tell(replier, ":warning: " + SlackErrors.explain(e));
    } catch (RuntimeException e) {
      log.error("Summary of {} {} failed", target.channelId(), target.threadTs(), e);
      tell(replier, ":warning: Something went wrong while summarizing. It has been logged; "
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
