package dev.roundup.slack;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the order a person sees: a slash command's acknowledgement ("Summarizing #launch…") before
 * the answer its work posts to the response URL. A listener queues the work before it returns the
 * ack (the ack says whether the work was queued or Roundup is busy), so a quick answer could reach
 * Slack first and show above the note that it is being worked on.
 *
 * <p>Whatever answers Slack's request {@link #begin()}s one on the answering thread and says when
 * the ack has gone out ({@link #sent()}); a {@link ResponseUrlReplier} made on that thread waits for
 * it before its first post. In HTTP mode that is after the ack's bytes are flushed to the socket;
 * in Socket Mode the SDK sends the ack on the same thread right after the listeners return, which
 * is the moment Roundup can see. Replies made anywhere else (scheduled runs, tests) do not wait.
 */
public final class AckFirst {

  /** Slack waits 3 s for an ack; a reply held any longer would wait for something Slack dropped. */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(3);

  private static final ThreadLocal<AckFirst> ANSWERING = new ThreadLocal<>();
  private static final AckFirst NOTHING_PENDING = new AckFirst();

  static {
    NOTHING_PENDING.sent.countDown();
  }

  private final CountDownLatch sent = new CountDownLatch(1);

  private AckFirst() {}

  /** Starts answering a request on this thread: replies made here wait until {@link #sent()}. */
  public static AckFirst begin() {
    AckFirst ack = new AckFirst();
    ANSWERING.set(ack);
    return ack;
  }

  /** The ack of the request this thread is answering, or one already sent when there is none. */
  public static AckFirst current() {
    AckFirst ack = ANSWERING.get();
    return ack == null ? NOTHING_PENDING : ack;
  }

  /** The ack has gone out (or never will): replies may be posted. Call it on the answering thread. */
  public void sent() {
    if (ANSWERING.get() == this) {
      ANSWERING.remove();
    }
    sent.countDown();
  }

  /** Waits until the ack has gone out, for at most {@link #LONGEST_WAIT}. */
  void awaitSent() {
    try {
      sent.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // shutting down: post now rather than never
    }
  }

  /** Whether the ack has gone out. */
  boolean isSent() {
    return sent.getCount() == 0;
  }
}
