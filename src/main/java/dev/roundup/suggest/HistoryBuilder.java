package dev.roundup.suggest;

import dev.roundup.ingest.SlackTs;
import dev.roundup.slack.SlackText;
import dev.roundup.summaries.SummarizeArgs;
import dev.roundup.summarize.MessageFilter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what was seen into the detector's {@link History}, with one rule for every source (the
 * store, an export, a generated workspace): a person's top-level message is a {@link Post}; a
 * top-level message that mentions Roundup and reads as a summary request ({@link SummarizeArgs}) is a
 * {@link SummaryRequest}, as is a logged {@code /summarize}. Nothing from a bot, from Roundup
 * itself, from Slackbot or from housekeeping ({@link MessageFilter}) is evidence of anything; thread
 * replies are conversation, not something posted on a rhythm.
 */
public final class HistoryBuilder {

  /** Slackbot: its reminders are someone's /remind, already automated. */
  static final String SLACKBOT = "USLACKBOT";

  private final String roundupUserId;
  private final Set<String> botUsers;
  private final MessageFilter filter;
  private final List<Post> posts = new ArrayList<>();
  private final List<SummaryRequest> requests = new ArrayList<>();

  /**
   * @param roundupUserId Roundup's user id (whose mentions are requests), or null when unknown
   * @param botUsers      user ids of bots (an export's {@code is_bot} users): never evidence
   */
  public HistoryBuilder(String roundupUserId, Set<String> botUsers) {
    this.roundupUserId = roundupUserId;
    this.botUsers = Set.copyOf(botUsers);
    // Requests to Roundup are kept here (the filter would drop them): they are evidence of asking.
    this.filter = new MessageFilter(roundupUserId, text -> false);
  }

  /** Takes one message into account. */
  public HistoryBuilder message(SeenMessage m) {
    if (m.user() == null || m.ts() == null || botUsers.contains(m.user()) || SLACKBOT.equals(m.user())
        || m.threadTs() != null && !m.threadTs().equals(m.ts())) {
      return this;
    }
    if (filter.message(m.ts(), m.threadTs(), m.user(), m.botId(), m.subtype(), m.text(), 0).isEmpty()) {
      return this;
    }
    Instant at = instant(m.ts());
    Occurrence where = Occurrence.message(m.channel(), m.ts(), at);
    if (roundupUserId != null && SlackText.mentions(m.text(), roundupUserId)) {
      // Said to Roundup: a summary request when it reads as one, never a post to take over.
      // (A top-level request Roundup answered in a thread is that thread's parent: still top-level.)
      if (SummarizeArgs.parse(SlackText.withoutUserMentions(m.text()),
          at.atZone(ZoneOffset.UTC)) instanceof SummarizeArgs.Request r && r.threadTs() == null) {
        requests.add(new SummaryRequest(m.user(), r.channelId() != null ? r.channelId() : m.channel(),
            window(r), where));
      }
      return this;
    }
    posts.add(new Post(m.user(), m.text(), where));
    return this;
  }

  /**
   * A {@code /summarize} from the command log.
   *
   * @param args    the command's text ("#incidents 7d"), Slack-encoded
   * @param channel where it was typed: the channel summarized when the text names none
   */
  public HistoryBuilder summarizeCommand(String user, String args, String channel, Instant at) {
    if (user == null || botUsers.contains(user)) {
      return this;
    }
    // A linked thread is summarized once, whole: no rhythm of a channel's to take over.
    if (SummarizeArgs.parse(args, at.atZone(ZoneOffset.UTC)) instanceof SummarizeArgs.Request r
        && r.threadTs() == null) {
      String target = r.channelId() != null ? r.channelId() : channel;
      if (target != null) {
        String typed = ("/summarize " + (args == null ? "" : args)).strip();
        requests.add(new SummaryRequest(user, target, window(r), Occurrence.command(typed, channel, at)));
      }
    }
    return this;
  }

  /**
   * A {@code /digest preview} from the command log: the digest's channels read by hand, each
   * counting towards "summarized often".
   */
  public HistoryBuilder digestPreview(String user, List<String> channels, String args, String channel,
      Instant at) {
    String typed = ("/digest " + (args == null ? "" : args)).strip();
    for (String target : channels) {
      requests.add(new SummaryRequest(user, target, DIGEST_PREVIEW, Occurrence.command(typed, channel, at)));
    }
    return this;
  }

  /** The window of a digest preview: its own, never the same rhythm as a summary's. */
  static final String DIGEST_PREVIEW = "digest preview";

  public History build(Function<String, ZoneId> zones, Instant from, Instant now) {
    return new History(posts.stream().filter(p -> within(p.where(), from, now)).toList(),
        requests.stream().filter(r -> within(r.where(), from, now)).toList(), zones, from, now);
  }

  private static boolean within(Occurrence o, Instant from, Instant now) {
    return !o.at().isBefore(from) && o.at().isBefore(now);
  }

  private static String window(SummarizeArgs.Request r) {
    return r.window() == null ? "" : r.window();
  }

  /** A Slack ts ("1700000000.000100") as an instant. */
  static Instant instant(String ts) {
    return SlackTs.toInstant(ts);
  }
}
