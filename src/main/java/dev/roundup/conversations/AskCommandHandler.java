package dev.roundup.conversations;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.Destination;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackText;
import dev.roundup.slack.UserDirectory;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * {@code /ask [#channel] [window] question}: an answer only the asker sees, over this channel or
 * another they are a member of (the privacy rule, in {@link QuestionService}), from the message
 * store with backfill. The question is repeated above the answer, since the reply stands alone.
 */
public final class AskCommandHandler {

  private final QuestionService questions;
  private final UserDirectory users;
  private final Clock clock;

  public AskCommandHandler(QuestionService questions, UserDirectory users, Clock clock) {
    this.questions = questions;
    this.users = users;
    this.clock = clock;
  }

  /** What to say in the immediate (ack) reply; null means "go ahead" and {@link #run} follows. */
  public String immediateReply(SlashCommandPayload p) {
    QuestionArgs.Result parsed = QuestionArgs.parse(p.getText(), ZonedDateTime.now(clock));
    if (parsed instanceof QuestionArgs.Question asked && asked.channelId() == null) {
      // A name Slack did not link is a channel the asker cannot see: answering from the channel
      // the command was typed in instead would answer another question than the one asked.
      Optional<String> unlinked = SlackText.unlinkedChannelName(p.getText());
      if (unlinked.isPresent()) {
        return ":warning: " + CommandArgs.unknownChannel(unlinked.get(),
            "/ask #eng what did we decide?");
      }
      String dm = CommandArgs.readsNoDirectMessages(p.getChannelId(), p.getChannelName(),
          "/ask #channel what did we decide?");
      if (dm != null) {
        return dm;
      }
    }
    return CommandArgs.immediateReply(parsed, QuestionArgs.USAGE);
  }

  /** Runs after the ack, on the work pool. */
  public void run(SlashCommandPayload p, Replier replier) {
    ZoneId zone = users.zone(p.getUserId());
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    if (!(QuestionArgs.parse(p.getText(), now) instanceof QuestionArgs.Question asked)) {
      return;
    }
    QuestionArgs.Question windowed = asked.orDefault(now);
    String channel = windowed.channelId() != null ? windowed.channelId() : p.getChannelId();
    questions.channel(new QuestionService.ChannelQuestion(p.getUserId(), channel,
        windowed.since().toInstant(), clock.instant(), windowed.window(), windowed.question(),
        Destination.dm(p.getUserId()), zone, true), replier);
  }

  /** The ack text shown while the answer is looked for. */
  public static String workingOn() {
    return ":hourglass_flowing_sand: Looking for the answer… I'll post it here, visible only to you.";
  }
}
