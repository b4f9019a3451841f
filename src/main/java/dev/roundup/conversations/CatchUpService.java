package dev.roundup.conversations;

import dev.roundup.access.Access;
import dev.roundup.access.Selection;
import dev.roundup.ingest.ChannelHistory;
import dev.roundup.ingest.MessageStore;
import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.slack.Destination;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import dev.roundup.slack.SlackText;
import dev.roundup.summarize.CatchUp;
import dev.roundup.summarize.CatchUpBuilder;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Receipt;
import dev.roundup.summarize.Summarizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One person's catch-up ({@code /catchup}, {@code @roundup catch me up}): over every channel the
 * bot is in that the privacy rule lets this person read — their own channels, nothing else — from
 * their last message (or the period they named) to now, read from the message store with backfill.
 * The answer is for them alone (a DM or an ephemeral message), which is the audience checked.
 */
public final class CatchUpService {

  private static final Logger log = LoggerFactory.getLogger(CatchUpService.class);
  /** Without a message of theirs in the store, or one older than this, the period is this long. */
  static final Duration LONGEST_DEFAULT = Duration.ofDays(14);
  /** How far before the period a catch-up looks for threads the person took part in. */
  static final Duration THREADS_LOOKBACK = Duration.ofDays(90);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final Access access;
  private final ChannelLookup channels;
  private final ChannelHistory history;
  private final MessageStore store;
  private final CatchUpBuilder builder;
  private final QuietChannelLine quietLine;
  private final CatchUpBlocks blocks;
  private final Function<String, String> nameOf;
  private final Clock clock;

  public CatchUpService(Access access, ChannelLookup channels, ChannelHistory history,
      MessageStore store, Summarizer summarizer, CatchUpBlocks blocks,
      Function<String, String> nameOf, Clock clock) {
    this.access = access;
    this.channels = channels;
    this.history = history;
    this.store = store;
    this.builder = new CatchUpBuilder(summarizer, 2);
    this.quietLine = new QuietChannelLine(summarizer);
    this.blocks = blocks;
    this.nameOf = nameOf;
    this.clock = clock;
  }

  /**
   * Builds the person's catch-up and sends it through the replier (their DM, or ephemeral).
   *
   * @param askedAt when they asked (a mention's ts): "since your last message" means before it
   */
  public void catchUp(String person, CatchUpArgs.Request request, ZoneId zone, Instant askedAt,
      Replier replier) {
    try {
      Map<String, String> names = new HashMap<>();
      Map<String, Map<String, String>> threads = new HashMap<>();
      CatchUp catchUp = build(person, request, zone, askedAt, names, threads);
      replier.sendAll(blocks.render(catchUp, zone, id -> names.getOrDefault(id, nameOf.apply(id)),
          channel -> threads.getOrDefault(channel, Map.of())));
    } catch (SlackCallException e) {
      log.warn("Catch-up of {} failed: {}", person, e.getMessage());
      tell(replier, ":warning: " + SlackErrors.explain(e));
    } catch (RuntimeException e) {
      log.error("Catch-up of {} failed", person, e);
      tell(replier, ":warning: Something went wrong while catching you up. It has been logged; "
          + "please try again, and tell your Roundup admin if it keeps happening.");
    }
  }

  /**
   * @param names   filled with the display names of everyone in the messages read
   * @param threadsOf filled with each channel's replies read: reply ts → its thread's ts, so a link
   *                to a reply opens its thread
   */
  CatchUp build(String person, CatchUpArgs.Request request, ZoneId zone, Instant askedAt,
      Map<String, String> names, Map<String, Map<String, String>> threadsOf) {
    Instant now = clock.instant();
    Instant from = request.since() != null ? request.since().toInstant()
        : defaultStart(person, askedAt, now);
    List<String> ids = channels.botChannels().stream().map(ChannelInfo::id).toList();
    // The reader is the person alone: the audience the rule checks is their DM.
    Selection readable = access.select(person, ids, Destination.dm(person));
    Instant deadline = history.deadline();
    List<CatchUpBuilder.ChannelInput> inputs = new ArrayList<>();
    Set<String> people = new HashSet<>();
    int messages = 0;
    int threads = 0;
    int botPosts = 0;
    List<String> gaps = new ArrayList<>();
    for (ChannelInfo channel : readable.allowed()) {
      ChannelHistory.Window window = history.read(channel.id(), from, now, deadline, ReadProgress.NONE);
      Conversation read = new Conversation(channel.id(), window.messages());
      threadsOf.put(channel.id(), read.threadOfReplies());
      messages += read.size();
      threads += Receipt.threadsIn(read);
      botPosts += window.botPosts();
      people.addAll(read.participants());
      for (Message m : read.messages()) {
        name(names, m.user());
        SlackText.userIds(m.text()).forEach(id -> name(names, id));
      }
      String gap = window.gapNote(zone).orElse(null);
      if (gap != null) {
        gaps.add("<#" + channel.id() + "> " + gap);
      }
      Map<String, String> lastByThread = store.lastPostsByThread(channel.id(), person,
          from.minus(THREADS_LOOKBACK), from);
      inputs.add(new CatchUpBuilder.ChannelInput(channel.id(), channel.name(), read.messages(),
          lastByThread, gap));
    }
    String period = readable.allowed().size() + (readable.allowed().size() == 1 ? " channel"
        : " channels") + " since " + WHEN.format(from.atZone(zone));
    Receipt reading = new Receipt(period, messages, threads, people.size(), 0, botPosts, 0,
        List.of(), gaps.isEmpty() ? null : String.join("; ", gaps), 0, 0);
    return withQuietLines(builder.build(person, from, inputs, names, reading), inputs, names);
  }

  /**
   * The catch-up with a line for each quiet channel where something was announced or decided
   * ({@link QuietChannelLine}); other quiet channels stay a count.
   */
  private CatchUp withQuietLines(CatchUp catchUp, List<CatchUpBuilder.ChannelInput> inputs,
      Map<String, String> names) {
    Map<String, CatchUpBuilder.ChannelInput> byId = new HashMap<>();
    inputs.forEach(input -> byId.put(input.id(), input));
    List<CatchUp.ChannelCatchUp> channels = new ArrayList<>();
    for (CatchUp.ChannelCatchUp c : catchUp.channels()) {
      CatchUpBuilder.ChannelInput input = byId.get(c.channelId());
      Optional<Point> line = !c.quiet() || c.messages() == 0 || input == null ? Optional.empty()
          : quietLine.of(c.channelId(), input.messages(), names);
      channels.add(line.map(p -> new CatchUp.ChannelCatchUp(c.channelId(), c.name(), c.messages(),
          c.participants(), true, List.of(p), List.of(), List.of(), c.note())).orElse(c));
    }
    return new CatchUp(catchUp.person(), catchUp.since(), catchUp.waiting(), channels,
        catchUp.receipt());
  }

  /** Just after their last message before asking, when the store has one from the last two weeks. */
  private Instant defaultStart(String person, Instant askedAt, Instant now) {
    Instant longest = now.minus(LONGEST_DEFAULT);
    return store.lastPostBy(person, askedAt).map(at -> at.plusNanos(1_000))
        .filter(at -> at.isAfter(longest) && at.isBefore(now)).orElse(longest);
  }

  private void name(Map<String, String> names, String id) {
    if (id != null && !names.containsKey(id)) {
      String name = nameOf.apply(id);
      if (name != null && !name.equals(id)) {
        names.put(id, name);
      }
    }
  }

  private static void tell(Replier replier, String text) {
    try {
      replier.text(text);
    } catch (SlackCallException e) {
      log.warn("Could not tell the user about a failure: {}", e.getMessage());
    }
  }
}
