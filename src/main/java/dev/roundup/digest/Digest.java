package dev.roundup.digest;

import dev.roundup.summarize.Receipt;
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

  /**
   * What the digest rests on, for its receipt line: the channels and messages read, and the
   * channels whose period could not be read whole.
   */
  public Receipt receipt() {
    List<String> partial = channels.stream().filter(c -> c.note() != null)
        .map(c -> "#" + c.name() + " " + c.note()).toList();
    String read = channels.size() + (channels.size() == 1 ? " channel" : " channels");
    return new Receipt(read, messages, 0, participants, 0, 0, 0, List.of(),
        partial.isEmpty() ? null : String.join("; ", partial), 0, 0);
  }

  public List<ChannelDigest> active() {
    return channels.stream().filter(c -> !c.quiet()).toList();
  }

  public List<ChannelDigest> quiet() {
    return channels.stream().filter(ChannelDigest::quiet).toList();
  }
}
