package dev.roundup.summaries;

import com.slack.api.model.event.AppMentionEvent;
import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import dev.roundup.slack.SlackText;
import dev.roundup.slack.ThreadPlaceholder;
import dev.roundup.slack.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code @roundup} in a thread summarizes the thread; in a channel, the channel's recent messages
 * ({@code @roundup summarize last 3 days}, or another channel: {@code summarize #eng 7d}); a
 * link to a thread summarizes that thread wherever the mention is. The
 * reply goes in the thread (or starts one under the mention), as a placeholder that is then edited
 * into the result; everyone in the channel sees it, which is the audience the privacy rule checks.
 * A refusal is sent to the asker alone (an ephemeral message), before anything is posted.
 */
public final class MentionHandler {

  private final SlackApi slack;
  private final SummaryService summaries;
  private final UserDirectory users;
  private final Clock clock;
  private final Duration defaultWindow;

  public MentionHandler(SlackApi slack, SummaryService summaries, UserDirectory users, Clock clock,
      Duration defaultWindow) {
    this.slack = slack;
    this.summaries = summaries;
    this.users = users;
    this.clock = clock;
    this.defaultWindow = defaultWindow;
  }

  public void handle(AppMentionEvent event) {
    String text = SlackText.withoutUserMentions(event.getText());
    ZoneId zone = users.zone(event.getUser());
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    SummarizeArgs.Result args = SummarizeArgs.parse(text, now);
    String threadTs = event.getThreadTs();
    String replyIn = threadTs != null ? threadTs : event.getTs();
    if (args instanceof SummarizeArgs.Help || args instanceof SummarizeArgs.Invalid) {
      String reason = args instanceof SummarizeArgs.Invalid inv ? inv.reason() + "\n\n" : "";
      ephemeral(event, reason + SummarizeArgs.USAGE.replace("`/summarize", "`@roundup summarize"));
      return;
    }
    SummarizeArgs.Request request = (SummarizeArgs.Request) args;
    String channel = request.channelId() != null ? request.channelId() : event.getChannel();
    // A linked thread, or the thread the mention is in when it names nothing else.
    String threadToRead = request.threadTs() != null ? request.threadTs()
        : request.channelId() == null && request.since() == null ? threadTs : null;
    boolean thread = threadToRead != null;
    Destination audience = Destination.thread(event.getChannel(), replyIn);
    Optional<ThreadPlaceholder> placed = placeholder(event,
        () -> summaries.refusal(event.getUser(), channel, audience),
        ":hourglass_flowing_sand: Reading " + (thread ? "the thread" : "<#" + channel + ">") + "…");
    if (placed.isEmpty()) {
      return;
    }
    ThreadPlaceholder placeholder = placed.get();
    if (thread) {
      summaries.thread(event.getUser(), channel, threadToRead, audience, placeholder);
      return;
    }
    SummarizeArgs.Request windowed = request.orDefault(now, defaultWindow);
    summaries.channel(new SummaryService.ChannelRequest(event.getUser(), channel,
        windowed.since().toInstant(), clock.instant(), windowed.window(), null, audience, zone, null),
        placeholder);
  }

  /**
   * The placeholder under a mention ("Reading the thread…"), or empty after telling the asker
   * alone why not: a refusal under the privacy rule (the thread need not learn what they asked
   * for), or a Slack error.
   *
   * @param refusal why the asker may not have this read for the thread, checked first
   */
  public Optional<ThreadPlaceholder> placeholder(AppMentionEvent event,
      Supplier<Optional<String>> refusal, String text) {
    String replyIn = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    try {
      Optional<String> refused = refusal.get();
      if (refused.isPresent()) {
        ephemeral(event, ":warning: " + refused.get());
        return Optional.empty();
      }
      return Optional.of(ThreadPlaceholder.post(slack, event.getChannel(), replyIn, text));
    } catch (SlackCallException e) {
      ephemeral(event, ":warning: " + SlackErrors.explain(e));
      return Optional.empty();
    }
  }

  private void ephemeral(AppMentionEvent event, String text) {
    try {
      slack.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(event.getChannel())
          .user(event.getUser()).threadTs(event.getThreadTs()).text(text)));
    } catch (SlackCallException ignored) {
      // Nowhere left to tell the user; SlackApi has counted the error.
    }
  }
}
