package dev.roundup.ingest;

import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.roundup.slack.SlackText;
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

  public void changed(MessageChangedEvent e) {
    MessageChangedEvent.Message m = e.getMessage();
    if (m == null || !usable(e.getChannel(), m.getTs(), "message_changed")) {
      return;
    }
    if ("tombstone".equals(m.getSubtype())) {
      store.delete(e.getChannel(), m.getTs());
      return;
    }
    if (!store.edit(e.getChannel(), m.getTs(), text(m.getText()))) {
      // An edit of a message we never saw (sent before we joined, or during downtime).
      store.save(new ChannelMessage(e.getChannel(), m.getTs(), ts(m.getThreadTs()), id(m.getUser()),
          id(m.getBotId()), text(m.getText()), subtype(m.getSubtype()), nz(m.getReplyCount()),
          nz(m.getReplyUsersCount()), true));
    }
    log.debug("Stored edit of {} in {}", m.getTs(), e.getChannel());
  }

  public void deleted(MessageDeletedEvent e) {
    if (usable(e.getChannel(), e.getDeletedTs(), "message_deleted")) {
      store.delete(e.getChannel(), e.getDeletedTs());
    }
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
