package dev.roundup.ingest;

import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies message events to the store: new messages and thread replies are saved, edits replace
 * the text, deletes remove the message. A thread parent deleted while it still has replies
 * becomes Slack's "tombstone" and is removed too; its replies stay.
 */
public final class MessageIngestor {

  private static final Logger log = LoggerFactory.getLogger(MessageIngestor.class);

  private final MessageStore store;
  private final Coverage coverage;

  public MessageIngestor(MessageStore store, Coverage coverage) {
    this.store = store;
    this.coverage = coverage;
  }

  public void posted(MessageEvent e) {
    ChannelMessage m = new ChannelMessage(e.getChannel(), e.getTs(), e.getThreadTs(), e.getUser(),
        e.getBotId(), e.getText(), null, 0, 0, e.getEdited() != null);
    store.saveNew(m);
    coverage.live(m.channel(), SlackTs.toMicros(m.ts()));
  }

  public void broadcast(MessageThreadBroadcastEvent e) {
    ChannelMessage m = new ChannelMessage(e.getChannel(), e.getTs(), e.getThreadTs(), e.getUser(),
        null, e.getText(), "thread_broadcast", 0, 0, false);
    store.saveNew(m);
    coverage.live(m.channel(), SlackTs.toMicros(m.ts()));
  }

  public void changed(MessageChangedEvent e) {
    MessageChangedEvent.Message m = e.getMessage();
    if (m == null || m.getTs() == null) {
      return;
    }
    if ("tombstone".equals(m.getSubtype())) {
      store.delete(e.getChannel(), m.getTs());
      return;
    }
    if (!store.edit(e.getChannel(), m.getTs(), m.getText())) {
      // An edit of a message we never saw (sent before we joined, or during downtime).
      store.save(new ChannelMessage(e.getChannel(), m.getTs(), m.getThreadTs(), m.getUser(),
          m.getBotId(), m.getText(), m.getSubtype(), nz(m.getReplyCount()),
          nz(m.getReplyUsersCount()), true));
    }
    log.debug("Stored edit of {} in {}", m.getTs(), e.getChannel());
  }

  public void deleted(MessageDeletedEvent e) {
    store.delete(e.getChannel(), e.getDeletedTs());
  }

  private static int nz(Integer n) {
    return n == null ? 0 : n;
  }
}
