package dev.roundup.summaries;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.Destination;
import dev.roundup.slack.Replier;
import dev.roundup.slack.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@code /summarize [#channel] [window]} or {@code /summarize <link to a thread>}: an ephemeral
 * summary for the caller, of this channel, another, or one thread. The privacy rule (in {@link SummaryService}) reads only channels the caller is a member
 * of; the reply is visible to the caller alone.
 */
public final class SummarizeCommandHandler {

  private final SummaryService summaries;
  private final UserDirectory users;
  private final Clock clock;
  private final Duration defaultWindow;

  public SummarizeCommandHandler(SummaryService summaries, UserDirectory users, Clock clock,
      Duration defaultWindow) {
    this.summaries = summaries;
    this.users = users;
    this.clock = clock;
    this.defaultWindow = defaultWindow;
  }

  /** What to say in the immediate (ack) reply; null means "go ahead" and {@link #run} follows. */
  public String immediateReply(SlashCommandPayload p) {
    SummarizeArgs.Result parsed = SummarizeArgs.parse(p.getText(), ZonedDateTime.now(clock));
    if (parsed instanceof SummarizeArgs.Request request && request.channelId() == null) {
      String dm = CommandArgs.readsNoDirectMessages(p.getChannelId(), p.getChannelName(), "/summarize #channel 7d");
      if (dm != null) {
        return dm;
      }
    }
    return CommandArgs.immediateReply(parsed, SummarizeArgs.USAGE);
  }

  /** Runs after the ack, on the work pool. */
  public void run(SlashCommandPayload p, Replier replier) {
    ZoneId zone = users.zone(p.getUserId());
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    if (!(SummarizeArgs.parse(p.getText(), now) instanceof SummarizeArgs.Request request)) {
      return;
    }
    String channel = request.channelId() != null ? request.channelId() : p.getChannelId();
    if (request.threadTs() != null) {
      // A linked thread, for the caller alone: the privacy rule is the one for naming its channel.
      summaries.thread(p.getUserId(), channel, request.threadTs(), Destination.dm(p.getUserId()),
          replier);
      return;
    }
    SummarizeArgs.Request windowed = request.orDefault(now, defaultWindow);
    summaries.channel(new SummaryService.ChannelRequest(p.getUserId(), channel,
        windowed.since().toInstant(), clock.instant(), windowed.window(), null,
        Destination.dm(p.getUserId()), zone, null), replier);
  }

  /** The ack text shown while the summary is built. */
  public static String workingOn(SlashCommandPayload p) {
    return ":hourglass_flowing_sand: Summarizing… I'll post the result here, visible only to you.";
  }
}
