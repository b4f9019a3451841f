package dev.roundup.digest;

import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Refused;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what someone asked for before it is saved, and explains a refusal: a channel that does
 * not exist or that Roundup cannot see, a channel Roundup is not in (with the {@code /invite}
 * hint), a channel the caller is not in, no channels, a schedule that is not understood or does
 * not repeat.
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

  private final ChannelLookup channels;
  private final ScheduleParser parser;

  public SettingsCheck(ChannelLookup channels, ScheduleParser parser) {
    this.channels = channels;
    this.parser = parser;
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
    for (String ref : channelRefs) {
      Outcome problem = null;
      Optional<ChannelInfo> info = resolve(ref);
      if (info.isEmpty()) {
        problem = new Refusal("I can't see " + label(ref) + ". If it's private, invite me there "
            + "with `/invite @roundup` first.");
      } else if (!info.get().botIsMember()) {
        problem = new Refusal("I'm not in #" + info.get().name() + " yet. Invite me with "
            + "`/invite @roundup` in #" + info.get().name() + ", then try again.");
      } else if (!channels.members(info.get().id()).contains(caller)) {
        problem = new Refusal("You're not a member of #" + info.get().name()
            + ", so it can't go in your digest.");
      }
      if (problem != null) {
        return problem;
      }
      if (sources.stream().noneMatch(c -> c.id().equals(info.get().id()))) {
        sources.add(info.get());
      }
    }
    ParseResult parsed = parser.parse(schedulePhrase, zone, now.atZone(zone));
    if (parsed instanceof Refused refused) {
      return new Refusal("I can't use that schedule: " + refused.reason());
    }
    Schedule schedule = ((Parsed) parsed).schedule();
    if (!schedule.recurring()) {
      return new Refusal("A digest needs a repeating schedule, such as `every friday at 4pm`; '"
          + schedulePhrase + "' happens once.");
    }
    ChannelInfo destination = null;
    List<String> warnings = new ArrayList<>();
    if (destinationRef != null && !destinationRef.equals("me")) {
      Optional<ChannelInfo> dest = resolve(destinationRef);
      if (dest.isEmpty()) {
        return new Refusal("I can't see " + label(destinationRef) + " to post there. If it's "
            + "private, invite me with `/invite @roundup` first.");
      }
      destination = dest.get();
      if (!destination.botIsMember()) {
        return new Refusal("I'm not in #" + destination.name() + ", so I can't post there. Invite "
            + "me with `/invite @roundup` in #" + destination.name() + ", then try again.");
      }
      Set<String> audience = channels.members(destination.id());
      if (destination.isPrivate() && !audience.contains(caller)) {
        return new Refusal("You're not a member of #" + destination.name()
            + ", so you can't send a digest there.");
      }
      for (ChannelInfo source : sources) {
        if (source.isPrivate() && !channels.members(source.id()).containsAll(audience)) {
          warnings.add("#" + source.name() + " is private and not everyone in #"
              + destination.name() + " is a member of it, so it will be left out of that digest "
              + "(checked again each time).");
        }
      }
    }
    return new Accepted(sources, schedule, focus, destination, warnings);
  }

  private Optional<ChannelInfo> resolve(String ref) {
    if (ref.matches("[CG][A-Z0-9]+")) {
      return channels.info(ref);
    }
    return channels.idOf(ref).flatMap(channels::info);
  }

  private static String label(String ref) {
    return ref.matches("[CG][A-Z0-9]+") ? "<#" + ref + ">" : "#" + ref;
  }
}
