package dev.roundup.digest;

import dev.roundup.llm.LlmAccount;

import dev.roundup.access.Access;
import dev.roundup.access.Selection;
import dev.roundup.access.Verdict;
import dev.roundup.ingest.ChannelHistory;
import dev.roundup.ingest.SlackTs;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.slack.Destination;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.OutboundQueue;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.SlackCallException;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Builds and posts digests in Slack: applies the privacy rule ({@link Access#select}), reads each
 * channel's period from the message store (backfilling within the configured time limit and saying
 * so when it could not), puts the digest together and posts it through the outbound queue (at the
 * pace Slack accepts) — the first part as a message, any further parts in its thread.
 * {@code /digest}, its preview and scheduled runs, and digest tasks all build here.
 */
public final class DigestService {

  /**
   * A digest ready to post.
   *
   * @param included   how many channels passed the privacy rule
   * @param leftOut    a sentence for each channel left out under the privacy rule
   * @param ownerNotes what the owner must be told apart from the digest (the left-out channels,
   *                   when the digest is seen by others)
   */
  public record Built(Digest digest, List<MessagePart> parts, int included, List<String> leftOut,
      List<String> ownerNotes) {}

  /**
   * How far before the period a continued thread is read to see what it had left open: within the
   * message store's default retention (35 days), so an old thread costs no backfill of history the
   * store has let go.
   */
  static final Duration EARLIER_LOOK_BACK = Duration.ofDays(30);

  private final Access access;
  private final ChannelHistory history;
  private final DigestBuilder builder;
  private final DigestRenderer renderer;
  private final Permalinks permalinks;
  private final OutboundQueue outbound;
  private final Timer builds;

  public DigestService(Access access, ChannelHistory history, DigestBuilder builder,
      DigestRenderer renderer, Permalinks permalinks, OutboundQueue outbound, MeterRegistry metrics) {
    this.access = access;
    this.history = history;
    this.builder = builder;
    this.renderer = renderer;
    this.permalinks = permalinks;
    this.outbound = outbound;
    this.builds = Timer.builder("roundup_digest_build")
        .description("Time to build a digest: read its channels, summarize, render")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(metrics);
  }

  /**
   * The subscription's digest for the period, built for where it goes: the one path of its
   * scheduled runs, {@code /digest run} and {@code /digest preview}, so a preview shows exactly
   * what the post would (an org digest leaves out what its channel's members may not all see).
   */
  public Built build(DigestSubscription s, DigestPeriod period, boolean followsPrevious) {
    return build(s.owner(), s.channels(), destinationOf(s), s.focus(), period, null, followsPrevious);
  }

  /** Where the subscription's digest is posted: its channel, or its owner's DM. */
  public static Destination destinationOf(DigestSubscription s) {
    return s.destination() != null ? Destination.channel(s.destination()) : Destination.dm(s.owner());
  }

  /**
   * Whether the built digest is not worth posting: an org digest in which nothing was said. Its
   * readers did not ask for it, so an empty week posts nothing (the owner sees the skip in
   * {@code /digest list} and on the App Home); a DM digest is still sent, as its owner's own. A
   * channel whose period could not be read whole may hold messages not read yet: that is posted.
   */
  public static boolean nothingToPost(DigestSubscription s, Built built) {
    return s.toChannel() && built.digest().messages() == 0
        && built.digest().channels().stream().allMatch(c -> c.note() == null);
  }

  /**
   * @param destination where the digest will be seen: the owner's DM, or a channel (an org digest)
   * @param note        a line for the readers (a late run says so), or null
   */
  public Built build(String owner, List<String> channels, Destination destination, String focus,
      DigestPeriod period, String note) {
    return build(owner, channels, destination, focus, period, note, false);
  }

  /**
   * @param followsPrevious whether the period starts where the subscriber's previous digest ended:
   *                        then the threads that continued into it are read as they stood at that
   *                        digest too, to mark the questions answered since
   */
  public Built build(String owner, List<String> channels, Destination destination, String focus,
      DigestPeriod period, String note, boolean followsPrevious) {
    return build(owner, channels, destination, focus, period, note, followsPrevious, null);
  }

  /** @param chargeTo whom the digest's model calls are charged to (a task's run), or null */
  public Built build(String owner, List<String> channels, Destination destination, String focus,
      DigestPeriod period, String note, boolean followsPrevious, LlmAccount chargeTo) {
    return builds.record(() -> timedBuild(owner, channels, destination, focus, period, note,
        followsPrevious, chargeTo));
  }

  private Built timedBuild(String owner, List<String> channels, Destination destination, String focus,
      DigestPeriod period, String note, boolean followsPrevious, LlmAccount chargeTo) {
    Selection allowed = access.select(owner, channels, destination);
    Instant deadline = history.deadline();
    List<ChannelMessages> input = new ArrayList<>();
    Map<String, Function<String, String>> links = new HashMap<>();
    for (ChannelInfo c : allowed.allowed()) {
      ChannelHistory.Window read = history.read(c.id(), period.from(), period.to(), deadline,
          ReadProgress.NONE);
      input.add(new ChannelMessages(c.id(), c.name(), read.messages(),
          read.gapNote(period.zone()).orElse(null),
          followsPrevious ? earlierInThreads(c.id(), read.messages(), period, deadline) : List.of()));
      links.put(c.id(), linksFor(c.id(), read.messages()));
    }
    List<String> leftOut = new ArrayList<>();
    for (Verdict refused : allowed.refused()) {
      leftOut.add(refused.leftOutNote().orElseThrow());
    }
    boolean forOwnerOnly = destination.kind() == Destination.Kind.DM && destination.channelId().equals(owner);
    // A digest others read says whose it is; what was left out of it is for the owner's eyes only.
    List<String> readerNotes = new ArrayList<>(forOwnerOnly ? leftOut
        : List.of("Digest set up by <@" + owner + ">. `/digest` gets you your own."));
    if (note != null) {
      readerNotes.add(0, note);
    }
    Digest digest = builder.build(period,
        DigestOptions.of(focus, forOwnerOnly ? owner : null).chargedTo(chargeTo), input, readerNotes);
    DigestLinks linkTo = (channel, ts, threadTs) -> {
      Function<String, String> f = links.get(channel);
      return f == null ? ts : f.apply(ts);
    };
    return new Built(digest, renderer.render(digest, linkTo), allowed.allowed().size(), leftOut,
        forOwnerOnly ? List.of() : leftOut);
  }

  /**
   * The messages from before the period of the threads that continued into it, read like the
   * period itself (store first, backfill within the same deadline), looking back at most
   * {@link #EARLIER_LOOK_BACK}. A part not read is missing from the thread both as it stood then
   * and as it stands now, so it can hide an answered question but never invent one.
   */
  private List<Message> earlierInThreads(String channel, List<Message> inPeriod, DigestPeriod period,
      Instant deadline) {
    Set<String> continued = new HashSet<>();
    Instant oldest = period.from();
    Instant limit = period.from().minus(EARLIER_LOOK_BACK);
    for (Message m : inPeriod) {
      if (m.isThreadReply() && !period.contains(Double.parseDouble(m.threadTs()))) {
        continued.add(m.threadTs());
        Instant parent = SlackTs.toInstant(SlackTs.toMicros(m.threadTs()));
        oldest = parent.isBefore(oldest) ? parent : oldest;
      }
    }
    oldest = oldest.isBefore(limit) ? limit : oldest;
    if (continued.isEmpty()) {
      return List.of();
    }
    return history.read(channel, oldest, period.from(), deadline, ReadProgress.NONE).messages()
        .stream()
        .filter(m -> continued.contains(m.threadTs() == null ? m.ts() : m.threadTs()))
        .toList();
  }

  /**
   * Links to a channel's messages. The workspace's link shape is learnt from one
   * {@code chat.getPermalink}; should Slack refuse it (the sample message was deleted meanwhile),
   * items link to the channel instead of failing the digest.
   */
  private Function<String, String> linksFor(String channel, List<Message> messages) {
    try {
      Conversation conversation = new Conversation(channel, messages);
      return permalinks.forChannel(channel, conversation.firstTs(), conversation.threadOfReplies());
    } catch (SlackCallException e) {
      String channelLink = "https://slack.com/app_redirect?channel=" + channel;
      return ts -> channelLink;
    }
  }

  /**
   * Queues the parts, the first as a message and the rest in its thread; completes with the first
   * ts (see {@link OutboundQueue#post} for how it fails).
   *
   * @param teamId the workspace whose posting limits apply
   * @param runKey marks the first message, so a node taking over a dead node's run can tell whether
   *               it went out; null for none
   */
  public CompletableFuture<String> post(String teamId, Destination destination,
      List<MessagePart> parts, String runKey) {
    return outbound.post(teamId, destination, parts, runKey);
  }

  /** Tells the owner something by DM (channels left out, a failed build); never waits for it. */
  public CompletableFuture<String> tellOwner(String teamId, String owner, String text) {
    return outbound.text(teamId, Destination.dm(owner), text, null);
  }
}
