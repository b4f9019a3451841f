package dev.roundup.digest;

/** Where a digest item links to: the message in Slack. */
@FunctionalInterface
public interface DigestLinks {

  /**
   * @param threadTs the thread the message is a reply in, or null
   */
  String to(String channelId, String ts, String threadTs);
}
