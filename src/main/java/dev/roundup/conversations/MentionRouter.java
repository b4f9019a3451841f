package dev.roundup.conversations;

import com.slack.api.model.event.AppMentionEvent;
import dev.roundup.ingest.SlackTs;
import dev.roundup.slack.DirectMessageReplier;
import dev.roundup.slack.Destination;
import dev.roundup.slack.EphemeralReplier;
import dev.roundup.slack.Poster;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.ThreadPlaceholder;
import dev.roundup.slack.UserDirectory;
import dev.roundup.summaries.MentionHandler;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Every {@code @roundup} mention comes here first: {@link MentionIntent} decides what it asks, and
 * this sends it on — a summary request to the summaries feature, a question to
 * {@link QuestionService} (about the thread it was asked in, or about a channel window), a
 * catch-up to {@link CatchUpService}, anything else to a private usage note. A refusal under the
 * privacy rule goes to the asker alone, before anything is posted where others see it.
 */
public final class MentionRouter {

  private final SlackApi slack;
  private final MentionHandler summaries;
  private final QuestionService questions;
  private final CatchUpService catchUps;
  private final UserDirectory users;
  private final Poster poster;
  private final Clock clock;
  private final Supplier<String> botUser;

  public MentionRouter(SlackApi slack, MentionHandler summaries, QuestionService questions,
      CatchUpService catchUps, UserDirectory users, Poster poster, Clock clock, Supplier<String> botUser) {
    this.slack = slack;
    this.summaries = summaries;
    this.questions = questions;
    this.catchUps = catchUps;
    this.users = users;
    this.poster = poster;
    this.clock = clock;
    this.botUser = botUser;
  }

  public void handle(AppMentionEvent event) {
    ZoneId zone = users.zone(event.getUser());
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    String text = withoutOwnMention(event.getText());
    MentionIntent intent = MentionIntent.of(text, now);
    if (intent instanceof MentionIntent.Summary) {
      summaries.handle(event);
    } else if (intent instanceof MentionIntent.Question q) {
      question(event, q.question(), now, zone);
    } else if (intent instanceof MentionIntent.CatchUp c) {
      catchUp(event, c.request(), zone);
    } else {
      String reason = ((MentionIntent.Help) intent).reason();
      ephemeral(event, (reason == null ? "" : reason + "\n\n") + MentionIntent.USAGE);
    }
  }

  /** The mention's text without Roundup's own mention (other people's mentions kept). */
  String withoutOwnMention(String text) {
    if (text == null) {
      return "";
    }
    Pattern ownMention = Pattern.compile("<@" + Pattern.quote(botUser.get()) + "(?:\\|[^>]*)?>");
    return ownMention.matcher(text).replaceAll(" ").strip().replaceAll("\\s+", " ");
  }

  private void question(AppMentionEvent event, QuestionArgs.Question asked, ZonedDateTime now,
      ZoneId zone) {
    String threadTs = event.getThreadTs();
    String replyIn = threadTs != null ? threadTs : event.getTs();
    String channel = asked.channelId() != null ? asked.channelId() : event.getChannel();
    boolean aboutThread = threadTs != null && asked.channelId() == null && asked.since() == null;
    Destination audience = Destination.thread(event.getChannel(), replyIn);
    Optional<ThreadPlaceholder> placed = summaries.placeholder(event,
        () -> questions.refusal(event.getUser(), channel, audience),
        ":hourglass_flowing_sand: Looking in " + (aboutThread ? "the thread" : "<#" + channel + ">")
            + "…");
    if (placed.isEmpty()) {
      return;
    }
    ThreadPlaceholder placeholder = placed.get();
    if (aboutThread) {
      questions.thread(event.getUser(), channel, threadTs, asked.question(), audience, placeholder);
      return;
    }
    QuestionArgs.Question windowed = asked.orDefault(now);
    questions.channel(new QuestionService.ChannelQuestion(event.getUser(), channel,
        windowed.since().toInstant(), clock.instant(), windowed.window(), windowed.question(),
        audience, zone, false), placeholder);
  }

  private void catchUp(AppMentionEvent event, CatchUpArgs.Result request, ZoneId zone) {
    if (request instanceof CatchUpArgs.Invalid invalid) {
      ephemeral(event, ":warning: " + invalid.reason() + "\n\n" + CatchUpArgs.USAGE);
      return;
    }
    if (!(request instanceof CatchUpArgs.Request r)) {
      ephemeral(event, CatchUpArgs.USAGE);
      return;
    }
    Replier replier = r.here()
        ? new EphemeralReplier(slack, event.getChannel(), event.getThreadTs(), event.getUser())
        : new DirectMessageReplier(poster, event.getUser());
    if (!r.here()) {
      ephemeral(event, ":hourglass_flowing_sand: Catching you up " + CatchUpArgs.describe(r)
          + "… I'll send it by DM.");
    }
    catchUps.catchUp(event.getUser(), r, zone, SlackTs.toInstant(SlackTs.toMicros(event.getTs())), replier);
  }

  private void ephemeral(AppMentionEvent event, String text) {
    try {
      new EphemeralReplier(slack, event.getChannel(), event.getThreadTs(), event.getUser()).text(text);
    } catch (SlackCallException ignored) {
      // Nowhere left to tell the user; SlackApi has counted the error.
    }
  }
}
