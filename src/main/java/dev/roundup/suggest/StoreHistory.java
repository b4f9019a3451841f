package dev.roundup.suggest;

import dev.roundup.digest.DigestArgs;
import dev.roundup.digest.DigestRepository;
import dev.roundup.digest.DigestSubscription;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.MessageStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the nightly run detects from: the message store (one channel at a time, so a large
 * workspace is never held in memory at once) and Roundup's command log, through the same
 * {@link HistoryBuilder} rule as exports. Reads only what the store holds: with the default
 * retention (35 days) weekly and weekday rhythms fit, monthly ones need a longer retention.
 */
final class StoreHistory {

  private final MessageStore messages;
  private final CommandLog commands;
  private final DigestRepository digests;
  /** Roundup's user in the current workspace (another bot user in each). */
  private final Supplier<String> roundupUser;

  StoreHistory(MessageStore messages, CommandLog commands, DigestRepository digests, Supplier<String> roundupUser) {
    this.messages = messages;
    this.commands = commands;
    this.digests = digests;
    this.roundupUser = roundupUser;
  }

  /**
   * Every candidate between {@code from} and {@code now} in the current workspace ({@code teamId}),
   * the most confident first.
   */
  List<Candidate> detect(String teamId, Detector detector, Function<String, ZoneId> zones, Instant from,
      Instant now) {
    String roundupUserId = roundupUser.get();
    List<Candidate> out = new ArrayList<>();
    List<SummaryRequest> requests = new ArrayList<>();
    for (String channel : messages.channelsSince(from)) {
      HistoryBuilder builder = new HistoryBuilder(roundupUserId, Set.of());
      for (ChannelMessage m : messages.between(channel, from, now)) {
        builder.message(new SeenMessage(m.channel(), m.ts(), m.threadTs(), m.user(), m.botId(), m.subtype(),
            m.text()));
      }
      History h = builder.build(zones, from, now);
      out.addAll(detector.detect(new History(h.posts(), List.of(), zones, from, now)));
      requests.addAll(h.requests());
    }
    HistoryBuilder logged = new HistoryBuilder(roundupUserId, Set.of());
    for (LoggedCommand c : commands.between(teamId, from, now)) {
      switch (c.command()) {
        case "/summarize" -> logged.summarizeCommand(c.user(), c.args(), c.channel(), c.at());
        case "/digest" -> {
          if (DigestArgs.parse(c.args()) instanceof DigestArgs.Preview p) {
            logged.digestPreview(c.user(), previewed(c.user(), p.number()), c.args(), c.channel(), c.at());
          }
        }
        default -> { }
      }
    }
    requests.addAll(logged.build(zones, from, now).requests());
    out.addAll(detector.detect(new History(List.of(), requests, zones, from, now)));
    out.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
    return out;
  }

  /** The channels of the person's digest number N (as {@code /digest list} numbers them) today. */
  private List<String> previewed(String user, int number) {
    List<DigestSubscription> theirs = digests.byOwner(user);
    int index = (number == 0 ? 1 : number) - 1;
    return index < theirs.size() ? theirs.get(index).channels() : List.of();
  }
}
