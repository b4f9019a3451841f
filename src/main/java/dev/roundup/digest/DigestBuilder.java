package dev.roundup.digest;

import dev.roundup.summarize.Message;
import dev.roundup.summarize.Summarizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Puts a digest together from each channel's messages: channels ranked by activity and by the
 * subscriber's focus, quiet channels last. Knows nothing of Slack or storage, so the bot and the
 * command line build exactly the same digest.
 */
public final class DigestBuilder {

  private final ChannelDigester channels;
  private final int parallelism;

  /** Digests channels on as many threads as there are processors. */
  public DigestBuilder(Summarizer summarizer) {
    this(summarizer, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param parallelism channels digested at once (summaries are CPU work, or LLM calls that a
   *                    provider limits); 1 for strictly one after the other
   */
  public DigestBuilder(Summarizer summarizer, int parallelism) {
    this.channels = new ChannelDigester(summarizer);
    this.parallelism = Math.max(1, parallelism);
  }

  /**
   * @param notes notes for the reader gathered while collecting the messages (channels left out,
   *              partial coverage)
   */
  public Digest build(DigestPeriod period, DigestOptions options, List<ChannelMessages> input,
      List<String> notes) {
    FocusMatcher focus = FocusMatcher.of(options.focus());
    Set<String> people = new HashSet<>();
    int messages = 0;
    List<ChannelMessages> trimmed = new ArrayList<>();
    for (ChannelMessages channel : input) {
      List<Message> inPeriod = channel.messages().stream()
          .filter(m -> period.contains(m.epochSeconds()))
          .toList();
      trimmed.add(new ChannelMessages(channel.id(), channel.name(), inPeriod, channel.note(),
          channel.earlier().stream().filter(m -> m.epochSeconds() < period.from().getEpochSecond()
              + period.from().getNano() / 1e9).toList()));
      messages += inPeriod.size();
      inPeriod.stream().map(Message::user).filter(Objects::nonNull).forEach(people::add);
    }
    List<ChannelDigester.Scored> scored = digestAll(trimmed, options, focus);
    List<ChannelDigest> ordered = scored.stream()
        .sorted(Comparator.comparing((ChannelDigester.Scored s) -> s.digest().quiet())
            .thenComparing(Comparator.comparingDouble(ChannelDigester.Scored::score).reversed())
            .thenComparing(s -> s.digest().name()))
        .map(ChannelDigester.Scored::digest)
        .toList();
    return new Digest(period, options.focus(), ordered, messages, people.size(), notes);
  }

  /** Each channel is independent work: digest them side by side, results in input order. */
  private List<ChannelDigester.Scored> digestAll(List<ChannelMessages> input, DigestOptions options,
      FocusMatcher focus) {
    if (parallelism == 1 || input.size() < 2) {
      return input.stream().map(c -> channels.digest(c, options, focus)).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(Math.min(parallelism, input.size()));
    try {
      return pool.submit(() -> input.parallelStream()
          .map(c -> channels.digest(c, options, focus)).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building a digest", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
