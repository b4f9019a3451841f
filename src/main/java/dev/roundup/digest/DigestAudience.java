package dev.roundup.digest;

import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The privacy rule, checked at build time: nothing of a channel reaches anyone outside it. A DM
 * digest keeps only channels its subscriber is a member of; an org digest keeps a private channel
 * only when every member of the destination is a member of that channel. Channels left out are
 * named in notes for the owner alone — never in the digest, whose readers may not know them.
 */
public final class DigestAudience {

  /** The channels that may go in, and why the others did not. */
  public record Decision(List<ChannelInfo> included, List<String> ownerNotes) {}

  private final ChannelLookup channels;

  public DigestAudience(ChannelLookup channels) {
    this.channels = channels;
  }

  public Decision decide(String owner, List<String> sources, String destination) {
    List<ChannelInfo> included = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<String> audience = destination == null ? Set.of(owner) : channels.members(destination);
    for (String id : sources) {
      Optional<ChannelInfo> info = channels.info(id);
      if (info.isEmpty()) {
        notes.add("<#" + id + "> was left out: I can't see it any more (if it's private, "
            + "invite me with `/invite @roundup`).");
        continue;
      }
      ChannelInfo c = info.get();
      if (!c.botIsMember()) {
        notes.add("#" + c.name() + " was left out: I'm not in it. Invite me with `/invite @roundup`.");
        continue;
      }
      if (destination == null || c.isPrivate()) {
        Set<String> members = channels.members(id);
        if (!members.containsAll(audience)) {
          notes.add(destination == null
              ? "#" + c.name() + " was left out: you are not a member of it any more."
              : "#" + c.name() + " was left out of the digest in <#" + destination + ">: it is "
                  + "private and not everyone there is a member of it.");
          continue;
        }
      }
      included.add(c);
    }
    return new Decision(included, notes);
  }
}
