package dev.roundup.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends another replier's replies from the light work pool, so a listener that must answer in its
 * ack (a submitted form shows its errors there) never waits on a Slack call for the confirmation
 * that follows. When the pool is full the reply is sent on the calling thread: the saved form's
 * confirmation is the person's only word that it was saved, worth one call on a busy ack.
 */
public final class QueuedReplier implements Replier {

  private static final Logger log = LoggerFactory.getLogger(QueuedReplier.class);

  private final WorkQueue work;
  private final Replier target;

  public QueuedReplier(WorkQueue work, Replier target) {
    this.work = work;
    this.target = target;
  }

  @Override
  public void send(MessagePart part) {
    later(() -> target.send(part));
  }

  @Override
  public void text(String text) {
    later(() -> target.text(text));
  }

  private void later(Runnable reply) {
    Runnable logged = () -> {
      try {
        reply.run();
      } catch (SlackCallException e) {
        log.warn("Could not send a confirmation: {}", e.getMessage());
      }
    };
    if (!work.submit(logged)) {
      logged.run();
    }
  }
}
