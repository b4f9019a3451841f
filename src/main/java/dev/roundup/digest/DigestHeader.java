package dev.roundup.digest;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words of a digest's header and channel headings, shared by the Slack and text forms. */
final class DigestHeader {

  /** A day as digests write it ("Mon 14 Dec"). */
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_AND_YEAR =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private DigestHeader() {}

  /** "Roundup for Mon 16 Nov – Fri 20 Nov: 3 channels, 214 messages from 9 people". */
  static String line(Digest digest) {
    int n = digest.channels().size();
    // A period across New Year names both years, or "Mon 28 Dec – Fri 1 Jan" reads backwards.
    DateTimeFormatter day = digest.period().fromDate().getYear() == digest.period().toDate().getYear()
        ? DAY : DAY_AND_YEAR;
    return "Roundup for " + digest.period().fromDate().format(day) + " – "
        + digest.period().toDate().format(day) + ": " + n + (n == 1 ? " channel, " : " channels, ")
        + plural(digest.messages(), "message") + " from " + plural(digest.participants(), "person");
  }

  static String counts(ChannelDigest c) {
    return plural(c.messages(), "message") + " from " + plural(c.participants(), "person");
  }

  static String plural(int n, String word) {
    if (word.equals("person")) {
      return n + (n == 1 ? " person" : " people");
    }
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
