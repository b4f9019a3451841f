package dev.roundup.digest;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What is new in a digest since the one before it. A digest's period starts where the previous
 * one ended (see {@link DigestScheduler}), so a thread whose first message falls in the period is
 * new, one that started earlier continued, and every decision listed was made since. A question
 * of a continued thread that was open at the previous digest and is not now was answered since
 * ({@link AnsweredSince}).
 */
final class DigestChange {

  /** With its zone: a digest posted in a channel is read by people in other zones than its owner's. */
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

  private DigestChange() {}

  /** Whether the thread started in the period (rather than continuing one from before). */
  static boolean isNew(ThreadItem thread, DigestPeriod period) {
    return period.contains(Double.parseDouble(thread.ts()));
  }

  /**
   * "New since Fri 20 Nov 16:00: 3 new threads, 2 that continued, 1 decision, 1 question
   * answered" (the answered questions only when there are some), or null when the digest lists no
   * thread and no decision.
   */
  static String line(Digest digest) {
    int fresh = 0;
    int continued = 0;
    int decisions = 0;
    int answered = 0;
    for (ChannelDigest c : digest.active()) {
      for (ThreadItem t : c.threads()) {
        answered += t.answered().size();
        if (isNew(t, digest.period())) {
          fresh++;
        } else {
          continued++;
        }
      }
      decisions += c.decisions().size();
    }
    if (fresh + continued + decisions == 0) {
      return null;
    }
    ZoneId zone = digest.period().zone();
    // A bare offset is named as one from UTC ("UTC", "UTC+01:00"), not "Z".
    ZoneId named = zone instanceof ZoneOffset offset ? ZoneId.ofOffset("UTC", offset) : zone;
    return ":sparkles: New since " + WHEN.format(digest.period().from().atZone(named))
        + ": " + count(fresh, "new thread", "new threads") + ", "
        + count(continued, "thread that continued", "threads that continued") + ", "
        + count(decisions, "decision", "decisions")
        + (answered == 0 ? "" : ", " + count(answered, "question answered", "questions answered"));
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
