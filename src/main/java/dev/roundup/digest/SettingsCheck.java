package dev.roundup.digest;

import dev.roundup.access.Access;
import dev.roundup.access.Verdict;
import dev.roundup.schedule.Cadence;
import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Refused;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what someone asked for before it is saved, and explains a refusal: the privacy rule
 * ({@link Access}) for every channel to read and for the channel to post in, no channels, a
 * schedule that is not understood or does not repeat. A private channel that not everyone in the
 * destination may see is accepted with a warning: it is left out of that digest, checked again at
 * every run. An archived channel to post in is refused ({@link Access#mayPost}: Slack takes no
 * post there); an archived channel to read is accepted with a note that it will have no new
 * messages (what was said before it was archived is still read, and it may be unarchived).
 */
public final class SettingsCheck {

  /** Checked settings ready to store, or the sentence that says why not. */
  public sealed interface Outcome permits Accepted, Refusal {}

  /**
   * @param warnings things the owner should know that do not stop the digest (a private channel
   *                 that will be left out of an org digest)
   */
  public record Accepted(List<ChannelInfo> channels, Schedule schedule, String focus,
      ChannelInfo destination, List<String> warnings) implements Outcome {}

  public record Refusal(String reason) implements Outcome {}

  private final Access access;
  private final ScheduleParser parser;
  /** The shortest gap between digests: the floor recurring summaries keep ({@link Cadence}). */
  private final Duration minInterval;

  public SettingsCheck(Access access, ScheduleParser parser, Duration minInterval) {
    this.access = access;
    this.parser = parser;
    this.minInterval = minInterval;
  }

  /**
   * @param destinationRef a channel reference, "me" for a DM, or null (a DM)
   */
  public Outcome check(String caller, List<String> channelRefs, String schedulePhrase, String focus,
      String destinationRef, ZoneId zone, Instant now) {
    if (channelRefs.isEmpty()) {
      return new Refusal("Name at least one channel, e.g. `/digest #eng #design`.");
    }
    List<ChannelInfo> sources = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String ref : channelRefs) {
      Optional<String> id = resolve(ref, caller);
      if (id.isEmpty()) {
        return new Refusal("I can't see #" + SlackText.echo(ref) + ". If it's private, invite me there with "
            + "`/invite @roundup` first.");
      }
      Verdict read = access.mayRead(caller, id.get());
      if (!read.isAllowed()) {
        return new Refusal(read.reason().orElseThrow());
      }
      ChannelInfo info = access.memberships().info(id.get()).orElseThrow();
      if (sources.stream().noneMatch(c -> c.id().equals(info.id()))) {
        sources.add(info);
        info.archivedNote().ifPresent(warnings::add);
      }
    }
    ParseResult parsed = parser.parse(schedulePhrase, zone, now.atZone(zone));
    if (parsed instanceof Refused refused) {
      // the parser's examples include one-offs ("tomorrow at 3pm"), which a digest refuses
      return new Refusal("I can't use that schedule: " + SlackText.escape(refused.reasonWithoutExamples())
          + " Try e.g. `every friday at 4pm` or `every monday at 9am`.");
    }
    Schedule schedule = ((Parsed) parsed).schedule();
    if (!schedule.recurring()) {
      return new Refusal("A digest needs a repeating schedule, such as `every friday at 4pm`; '"
          + SlackText.echo(schedulePhrase) + "' happens once.");
    }
    Optional<String> tooOften = Cadence.tooOften(schedule, minInterval, "digest", now.atZone(zone));
    if (tooOften.isPresent()) {
      return new Refusal(SlackText.escape(tooOften.get()));
    }
    ChannelInfo destination = null;
    if (destinationRef != null && !destinationRef.equals("me")) {
      Optional<String> destId = resolve(destinationRef, caller);
      if (destId.isEmpty()) {
        return new Refusal("I can't see #" + SlackText.echo(destinationRef) + " to post there. If it's private, "
            + "invite me with `/invite @roundup` first.");
      }
      Destination to = Destination.channel(destId.get());
      Verdict post = access.mayPost(caller, to);
      if (!post.isAllowed()) {
        return new Refusal(post.reason().orElseThrow());
      }
      destination = access.memberships().info(destId.get()).orElseThrow();
      List<String> leftOut = new ArrayList<>();
      for (ChannelInfo source : sources) {
        access.mayDeliver(source.id(), to).reason().ifPresent(leftOut::add);
      }
      if (leftOut.size() == sources.size()) {
        // every channel would be left out: the digest would post nothing but its header
        return new Refusal(String.join(" ", leftOut) + " So that digest would have nothing to post there.");
      }
      leftOut.forEach(why -> warnings.add(why + " It will be left out of that digest "
          + "(checked again each time)."));
    }
    return new Accepted(sources, schedule, focus, destination, warnings);
  }

  /** The channel id of a reference: an id as is, a name looked up as the caller may know it. */
  private Optional<String> resolve(String ref, String caller) {
    return ref.matches("[CG][A-Z0-9]+") ? Optional.of(ref) : access.channelNamed(ref, caller);
  }
}
