package dev.roundup.digest;

import java.util.List;

/**
 * A built digest: the period, the focus, per-channel parts in display order (most important
 * first, quiet channels last) and notes for the reader (partial coverage, channels left out).
 *
 * @param focus        the subscriber's focus, or null
 * @param messages     messages across all channels
 * @param participants distinct people across all channels
 */
public record Digest(
    DigestPeriod period,
    String focus,
    List<ChannelDigest> channels,
    int messages,
    int participants,
    List<String> notes) {

  public Digest {
    channels = List.copyOf(channels);
    notes = List.copyOf(notes);
  }

  public List<ChannelDigest> active() {
    return channels.stream().filter(c -> !c.quiet()).toList();
  }

  public List<ChannelDigest> quiet() {
    return channels.stream().filter(ChannelDigest::quiet).toList();
  }
}
