package dev.roundup.ingest;

import dev.roundup.slack.ReadProgress;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.MessageFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A channel's messages over a window, as every feature reads them: from the message store, after
 * a backfill of whatever part of the window the store does not hold (within the configured time
 * limit, resumed next time when cut short), with the conversation rule applied. Channel summaries,
 * digests and tasks all read here, so Slack's history is fetched once and rate limits are shared.
 * The privacy rule is the caller's to apply first ({@code access}).
 */
public final class ChannelHistory {

  /**
   * What was read.
   *
   * @param messages conversation in the window (replies included), oldest first
   * @param fill     what the backfill achieved; {@link BackfillResult#complete()} false means the
   *                 window's start is missing
   * @param botPosts posts by bots and integrations in the window, left out (for the receipt)
   */
  public record Window(String channel, List<Message> messages, BackfillResult fill, int botPosts) {

    public Window(String channel, List<Message> messages, BackfillResult fill) {
      this(channel, messages, fill, 0);
    }

    private static final DateTimeFormatter WHEN =
        DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** A sentence about the part of the window that could not be read, when there is one. */
    public Optional<String> gapNote(ZoneId zone) {
      if (fill == null || fill.complete()) {
        return Optional.empty();
      }
      return Optional.of("covers only from " + WHEN.format(fill.coveredFrom().atZone(zone))
          + ": Slack's history limits stopped the catch-up"
          + (fill.problem() == null ? "" : " (" + fill.problem() + ")")
          + "; the rest is fetched for next time");
    }
  }

  private final MessageStore store;
  private final Backfill backfill;
  private final MessageFilter filter;
  private final Clock clock;
  private final Duration backfillLimit;

  public ChannelHistory(MessageStore store, Backfill backfill, MessageFilter filter, Clock clock,
      Duration backfillLimit) {
    this.store = store;
    this.backfill = backfill;
    this.filter = filter;
    this.clock = clock;
    this.backfillLimit = backfillLimit;
  }

  /**
   * Messages with from ≤ ts < to (to is capped at now: the future holds nothing yet), the
   * backfill given the configured time limit.
   */
  public Window read(String channel, Instant from, Instant to, ReadProgress progress) {
    return read(channel, from, to, deadline(), progress);
  }

  /** As above, the backfill stopping at {@code deadline} (one deadline shared by several channels). */
  public Window read(String channel, Instant from, Instant to, Instant deadline, ReadProgress progress) {
    Instant now = clock.instant();
    Instant end = to.isAfter(now) ? now : to;
    BackfillResult filled = null;
    if (end.isAfter(from)) {
      filled = backfill.fill(channel, from, end, deadline, progress);
    }
    List<Message> messages = new ArrayList<>();
    int botPosts = 0;
    for (ChannelMessage stored : store.between(channel, from, to)) {
      if (filter.isBotPost(stored.user(), stored.botId(), stored.subtype())) {
        botPosts++;
      } else {
        stored.toMessage(filter).ifPresent(messages::add);
      }
    }
    return new Window(channel, List.copyOf(messages), filled, botPosts);
  }

  /** When a backfill starting now must stop. */
  public Instant deadline() {
    return clock.instant().plus(backfillLimit);
  }
}
