package dev.roundup.conversations;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.DirectMessageReplier;
import dev.roundup.slack.Poster;
import dev.roundup.slack.Replier;
import dev.roundup.slack.UserDirectory;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@code /catchup [since tuesday|3d] [here]}: the caller's catch-up, by DM unless they asked for it
 * here (then on the command's response URL, which only they see).
 */
public final class CatchUpCommandHandler {

  private final CatchUpService catchUps;
  private final UserDirectory users;
  private final Poster poster;
  private final Clock clock;

  public CatchUpCommandHandler(CatchUpService catchUps, UserDirectory users, Poster poster,
      Clock clock) {
    this.catchUps = catchUps;
    this.users = users;
    this.poster = poster;
    this.clock = clock;
  }

  /** What to say in the immediate (ack) reply; null means "go ahead" and {@link #run} follows. */
  public String immediateReply(SlashCommandPayload p) {
    return CommandArgs.immediateReply(CatchUpArgs.fromCommand(p.getText(), ZonedDateTime.now(clock)), CatchUpArgs.USAGE);
  }

  /** Runs after the ack, on the work pool; {@code here} answers through the response URL. */
  public void run(SlashCommandPayload p, Replier here) {
    ZoneId zone = users.zone(p.getUserId());
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    if (!(CatchUpArgs.fromCommand(p.getText(), now) instanceof CatchUpArgs.Request request)) {
      return;
    }
    Replier replier = request.here() ? here : new DirectMessageReplier(poster, p.getUserId());
    catchUps.catchUp(p.getUserId(), request, zone, clock.instant(), replier);
  }

  /** The ack text shown while the catch-up is built. */
  public String workingOn(SlashCommandPayload p) {
    CatchUpArgs.Result args = CatchUpArgs.fromCommand(p.getText(), ZonedDateTime.now(clock));
    boolean here = args instanceof CatchUpArgs.Request r && r.here();
    return ":hourglass_flowing_sand: Catching you up… " + (here
        ? "I'll post it here, visible only to you." : "I'll send it by DM.");
  }
}
