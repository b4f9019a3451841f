package dev.roundup.digest;

import dev.roundup.summarize.Message;
import dev.roundup.summarize.Summarizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Puts a digest together from each channel's messages: channels ranked by activity and by the
 * subscriber's focus, quiet channels last. Knows nothing of Slack or storage, so the bot and the
 * command line build exactly the same digest.
 */
public final class DigestBuilder {

  private final ChannelDigester channels;

  public DigestBuilder(Summarizer summarizer) {
    this.channels = new ChannelDigester(summarizer);
  }

  /**
   * @param notes notes for the reader gathered while collecting the messages (channels left out,
   *              partial coverage)
   */
  public Digest build(DigestPeriod period, DigestOptions options, List<ChannelMessages> input,
      List<String> notes) {
    FocusMatcher focus = FocusMatcher.of(options.focus());
    List<ChannelDigester.Scored> scored = new ArrayList<>();
    Set<String> people = new HashSet<>();
    int messages = 0;
    for (ChannelMessages channel : input) {
      List<Message> inPeriod = channel.messages().stream()
          .filter(m -> period.contains(m.epochSeconds()))
          .toList();
      ChannelMessages trimmed = new ChannelMessages(channel.id(), channel.name(), inPeriod,
          channel.note());
      scored.add(channels.digest(trimmed, options, focus));
      messages += inPeriod.size();
      inPeriod.stream().map(Message::user).filter(Objects::nonNull).forEach(people::add);
    }
    List<ChannelDigest> ordered = scored.stream()
        .sorted(Comparator.comparing((ChannelDigester.Scored s) -> s.digest().quiet())
            .thenComparing(Comparator.comparingDouble(ChannelDigester.Scored::score).reversed())
            .thenComparing(s -> s.digest().name()))
        .map(ChannelDigester.Scored::digest)
        .toList();
    return new Digest(period, options.focus(), ordered, messages, people.size(), notes);
  }
}
