package dev.roundup.digest;

import dev.roundup.slack.ChannelLookup;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.ingest.Backfill;
import dev.roundup.ingest.BackfillResult;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.MessageStore;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds and posts digests in Slack: applies the privacy rule, makes sure the message store covers
 * the period (backfilling within the configured time limit and saying so when it could not), reads
 * the store, puts the digest together and posts it — the first part as a message, any further
 * parts in its thread.
 */
public final class DigestService {

  /** A digest ready to post, and what only its owner should be told. */
  public record Built(Digest digest, List<MessagePart> parts, List<String> ownerNotes) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final DigestAudience audience;
  private final MessageStore store;
  private final Backfill backfill;
  private final DigestBuilder builder;
  private final DigestRenderer renderer;
  private final Permalinks permalinks;
  private final SlackApi slack;
  private final Clock clock;
  private final Duration backfillLimit;

  public DigestService(DigestAudience audience, MessageStore store, Backfill backfill,
      DigestBuilder builder, DigestRenderer renderer, Permalinks permalinks, SlackApi slack,
      Clock clock, Duration backfillLimit) {
    this.audience = audience;
    this.store = store;
    this.backfill = backfill;
    this.builder = builder;
    this.renderer = renderer;
    this.permalinks = permalinks;
    this.slack = slack;
    this.clock = clock;
    this.backfillLimit = backfillLimit;
  }

  /**
   * @param destination channel id of an org digest, or null for the owner's DM
   */
  public Built build(String owner, List<String> channels, String destination, String focus,
      DigestPeriod period) {
    DigestAudience.Decision allowed = audience.decide(owner, channels, destination);
    Instant deadline = clock.instant().plus(backfillLimit);
    List<ChannelMessages> input = new ArrayList<>();
    Map<String, Function<String, String>> links = new HashMap<>();
    for (ChannelInfo c : allowed.included()) {
      Instant end = period.to().isAfter(clock.instant()) ? clock.instant() : period.to();
      String note = null;
      if (end.isAfter(period.from())) {
        BackfillResult filled = backfill.fill(c.id(), period.from(), end, deadline);
        if (!filled.complete()) {
          note = "covers only from " + WHEN.format(filled.coveredFrom().atZone(period.zone()))
              + ": Slack's history limits stopped the catch-up"
              + (filled.problem() == null ? "" : " (" + filled.problem() + ")")
              + "; the rest is fetched for next time";
        }
      }
      List<Message> messages = store.between(c.id(), period.from(), period.to()).stream()
          .map(ChannelMessage::toMessage).flatMap(Optional::stream).toList();
      input.add(new ChannelMessages(c.id(), c.name(), messages, note));
      links.put(c.id(), linksFor(c.id(), messages));
    }
    // An org digest says whose it is; what was left out of it is for the owner's eyes only.
    List<String> readerNotes = destination == null ? allowed.ownerNotes()
        : List.of("Digest set up by <@" + owner + ">. `/digest` gets you your own.");
    Digest digest = builder.build(period, DigestOptions.of(focus, destination == null ? owner : null),
        input, readerNotes);
    DigestLinks linkTo = (channel, ts, threadTs) -> {
      Function<String, String> f = links.get(channel);
      return f == null ? ts : f.apply(ts);
    };
    return new Built(digest, renderer.render(digest, linkTo),
        destination == null ? List.of() : allowed.ownerNotes());
  }

  /**
   * Links to a channel's messages. The workspace's link shape is learnt from one
   * {@code chat.getPermalink}; should Slack refuse it (the sample message was deleted meanwhile),
   * items link to the channel instead of failing the digest.
   */
  private Function<String, String> linksFor(String channel, List<Message> messages) {
    try {
      return permalinks.forConversation(new Conversation(channel, messages));
    } catch (SlackCallException e) {
      String channelLink = "https://slack.com/app_redirect?channel=" + channel;
      return ts -> channelLink;
    }
  }

  /** Posts the parts: the first as a message, the rest in its thread. Returns the first ts. */
  public String post(String channelOrUser, List<MessagePart> parts) {
    String threadTs = null;
    for (MessagePart part : parts) {
      String thread = threadTs;
      ChatPostMessageResponse r = slack.call("chat.postMessage", m -> m.chatPostMessage(q -> q
          .channel(channelOrUser).text(part.text()).blocks(part.blocks()).threadTs(thread)));
      if (threadTs == null) {
        threadTs = r.getTs();
      }
    }
    return threadTs;
  }

  /** Tells the owner something by DM (channels left out, a failed build). */
  public void tellOwner(String owner, String text) {
    slack.call("chat.postMessage", m -> m.chatPostMessage(q -> q.channel(owner).text(text)));
  }

}
