package dev.roundup.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * {@code /summarize [#channel] [window]}: an ephemeral summary for the caller. Another channel is
 * summarized only for its members, so nobody reads a channel they are not in.
 */
public final class SummarizeCommandHandler {

  private final ChannelLookup channels;
  private final SummaryService summaries;
  private final UserDirectory users;
  private final Clock clock;
  private final Duration defaultWindow;

  public SummarizeCommandHandler(ChannelLookup channels, SummaryService summaries, UserDirectory users,
      Clock clock, Duration defaultWindow) {
    this.channels = channels;
    this.summaries = summaries;
    this.users = users;
    this.clock = clock;
    this.defaultWindow = defaultWindow;
  }

  /** What to say in the immediate (ack) reply; null means "go ahead" and {@link #run} follows. */
  public String immediateReply(SlashCommandPayload p) {
    SummarizeArgs.Result args = SummarizeArgs.parse(p.getText(), ZonedDateTime.now(clock));
    if (args instanceof SummarizeArgs.Help) {
      return SummarizeArgs.USAGE;
    }
    if (args instanceof SummarizeArgs.Invalid inv) {
      return ":warning: " + inv.reason() + "\n\n" + SummarizeArgs.USAGE;
    }
    return null;
  }

  /** Runs after the ack, on the work pool. */
  public void run(SlashCommandPayload p, Replier replier) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(users.zone(p.getUserId())));
    if (!(SummarizeArgs.parse(p.getText(), now) instanceof SummarizeArgs.Request request)) {
      return;
    }
    String channel = request.channelId() != null ? request.channelId() : p.getChannelId();
    try {
      if (request.channelId() != null && !request.channelId().equals(p.getChannelId())
          && !channels.members(channel).contains(p.getUserId())) {
        replier.text(":warning: You can only summarize channels you're a member of. Join <#"
            + channel + "> first.");
        return;
      }
    } catch (SlackCallException e) {
      replier.text(":warning: " + SlackErrors.explain(e));
      return;
    }
    SummarizeArgs.Request windowed = request.orDefault(now, defaultWindow);
    summaries.summarize(new SummaryService.Target(channel, null, windowed.since(), windowed.window()), replier);
  }

  /** The ack text shown while the summary is built. */
  public static String workingOn(SlashCommandPayload p) {
    return ":hourglass_flowing_sand: Summarizing… I'll post the result here, visible only to you.";
  }
}
