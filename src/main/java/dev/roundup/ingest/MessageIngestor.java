package dev.roundup.ingest;

import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.roundup.ingest.MessageStore.Arrival;
import dev.roundup.ingest.MessageStore.Change;
import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies message events to the store: new messages and thread replies are saved, edits replace
 * the text, deletes remove the message. A thread parent deleted while it still has replies
 * becomes Slack's "tombstone" and is removed too; its replies stay.
 *
 * <p>Events are taken as they come: an edit of a message never seen stores it, a delete of one
 * never seen does nothing, and a repeated event changes nothing more. An event without a channel
 * and a timestamp of Slack's form is dropped with a debug line; ids that are not Slack's are not
 * stored, and text is cut to Slack's 40,000 characters, the store's column.
 */
public final class MessageIngestor {

  private static final Logger log = LoggerFactory.getLogger(MessageIngestor.class);

  private final MessageStore store;
  private final Coverage coverage;
  private final IngestQueue queue;

  public MessageIngestor(MessageStore store, Coverage coverage) {
    this(store, coverage, null);
  }

  /** @param queue where new messages from events go (null: stored at once by the caller) */
  public MessageIngestor(MessageStore store, Coverage coverage, IngestQueue queue) {
    this.store = store;
    this.coverage = coverage;
    this.queue = queue;
  }

  /** Slack's longest message, and the store's text column. */
  static final int MAX_TEXT = 40_000;
  private static final Pattern TS = Pattern.compile("\\d{1,12}\\.\\d{1,9}");

  public void posted(MessageEvent e) {
    message(e).ifPresent(this::storeNow);
  }

  public void broadcast(MessageThreadBroadcastEvent e) {
    message(e).ifPresent(this::storeNow);
  }

  /**
   * A new message event, on the request thread: parsed and queued for the {@link IngestQueue},
   * which claims the event id when it stores the message. Never blocks.
   */
  public void arrived(String eventId, MessageEvent e) {
    message(e).ifPresent(m -> queue.offer(eventId, m));
  }

  /** A reply also sent to the channel, queued like {@link #arrived(String, MessageEvent)}. */
  public void arrived(String eventId, MessageThreadBroadcastEvent e) {
    message(e).ifPresent(m -> queue.offer(eventId, m));
  }

  private void storeNow(ChannelMessage m) {
    store.saveNew(m);
    coverage.live(m.channel(), SlackTs.toMicros(m.ts()));
  }

  private static Optional<ChannelMessage> message(MessageEvent e) {
    if (!usable(e.getChannel(), e.getTs(), "message")) {
      return Optional.empty();
    }
    return Optional.of(new ChannelMessage(e.getChannel(), e.getTs(), ts(e.getThreadTs()), id(e.getUser()),
        id(e.getBotId()), text(e.getText()), null, 0, 0, e.getEdited() != null));
  }

  private static Optional<ChannelMessage> message(MessageThreadBroadcastEvent e) {
    if (!usable(e.getChannel(), e.getTs(), "thread_broadcast")) {
      return Optional.empty();
    }
    return Optional.of(new ChannelMessage(e.getChannel(), e.getTs(), ts(e.getThreadTs()), id(e.getUser()),
        null, text(e.getText()), "thread_broadcast", 0, 0, false));
  }

  /**
   * An edit, on the request thread: queued behind the events that came before it, so an edit of a
   * message that has just arrived finds it stored. A tombstone (a thread parent deleted while it
   * has replies) is queued as a delete.
   */
  public void arrived(String eventId, MessageChangedEvent e) {
    change(e).ifPresent(a -> queue.offer(new Arrival(eventId, a.message(), a.change())));
  }

  /** A delete, on the request thread: queued behind the events that came before it. */
  public void arrived(String eventId, MessageDeletedEvent e) {
    delete(e).ifPresent(m -> queue.offer(new Arrival(eventId, m, Change.DELETED)));
  }

  /** An edit applied at once by the caller's thread (no queue). */
  public void changed(MessageChangedEvent e) {
    change(e).ifPresent(a -> store.apply(List.of(a), null));
  }

  /** A delete applied at once by the caller's thread (no queue). */
  public void deleted(MessageDeletedEvent e) {
    delete(e).ifPresent(m -> store.delete(m.channel(), m.ts()));
  }

  private static Optional<Arrival> change(MessageChangedEvent e) {
    MessageChangedEvent.Message m = e.getMessage();
    if (m == null || !usable(e.getChannel(), m.getTs(), "message_changed")) {
      return Optional.empty();
    }
    if ("tombstone".equals(m.getSubtype())) {
      return Optional.of(new Arrival(null, gone(e.getChannel(), m.getTs()), Change.DELETED));
    }
    // Whole, for an edit of a message never stored (sent before Roundup joined, or while it was down).
    return Optional.of(new Arrival(null, new ChannelMessage(e.getChannel(), m.getTs(), ts(m.getThreadTs()),
        id(m.getUser()), id(m.getBotId()), text(m.getText()), subtype(m.getSubtype()), nz(m.getReplyCount()),
        nz(m.getReplyUsersCount()), true), Change.EDITED));
  }

  private static Optional<ChannelMessage> delete(MessageDeletedEvent e) {
    return usable(e.getChannel(), e.getDeletedTs(), "message_deleted")
        ? Optional.of(gone(e.getChannel(), e.getDeletedTs())) : Optional.empty();
  }

  /** A deleted message: only where it was counts. */
  private static ChannelMessage gone(String channel, String ts) {
    return new ChannelMessage(channel, ts, null, null, null, null, null, 0, 0, false);
  }

  private static boolean usable(String channel, String ts, String what) {
    if (SlackText.isId(channel) && ts != null && TS.matcher(ts).matches()) {
      return true;
    }
    log.debug("Ignored a {} event without a usable channel and ts", what);
    return false;
  }

  private static String id(String id) {
    return SlackText.isId(id) ? id : null;
  }

  private static String ts(String ts) {
    return ts != null && TS.matcher(ts).matches() ? ts : null;
  }

  private static String text(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  private static String subtype(String subtype) {
    return subtype == null || subtype.length() <= 64 ? subtype : null;
  }

  private static int nz(Integer n) {
    return n == null ? 0 : n;
  }
}
