package dev.roundup.access;

import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The privacy rule. Three questions, asked on every path before Roundup reads or posts:
 * <ul>
 *   <li><b>Reading.</b> Roundup reads a channel for a person only if that person is a member of
 *   it, public channels included (anyone may join a public channel, but Roundup does not join it
 *   for them silently), and only if the bot is in it.</li>
 *   <li><b>Audience.</b> What was read from a private channel goes only where everyone who can see
 *   the destination is a member of that channel: a DM to the requester always qualifies, a
 *   channel is checked member by member.</li>
 *   <li><b>Posting.</b> Roundup posts into a channel on someone's behalf ({@code remind #channel},
 *   {@code to #channel}) only if that person is a member of it, and the bot is too.</li>
 * </ul>
 * Slack errors while asking (rate limits, network) are thrown, not taken for a refusal: a
 * scheduled run fails and retries rather than silently losing a channel.
 */
public final class Access {

  private final Memberships memberships;

  public Access(Memberships memberships) {
    this.memberships = memberships;
  }

  /** The membership cache, told of joins and leaves by the listener table. */
  public Memberships memberships() {
    return memberships;
  }

  /** May Roundup read this channel for this person? */
  public Verdict mayRead(String person, String channelId) {
    Optional<ChannelInfo> info = memberships.info(channelId);
    if (info.isEmpty()) {
      return Verdict.refused(channelId, null, Refusal.BOT_CANNOT_SEE);
    }
    if (!memberships.members(channelId).contains(person)) {
      // Checked before the bot's own membership, so a non-member learns nothing more; a private
      // channel is answered as one that does not exist, so asking tells nobody that it does.
      return Verdict.refused(channelId, null, hidden(info.get(), Refusal.NOT_A_MEMBER));
    }
    if (!info.get().botIsMember()) {
      return Verdict.refused(channelId, null, Refusal.BOT_NOT_IN_CHANNEL);
    }
    return Verdict.allowed(channelId);
  }

  /**
   * The channel a person named ("#leads", "leads"), if they may know of it: public, or private with
   * them in it. A private channel they are not in is not found, as a name that names nothing is,
   * so typing names tells nobody which private channels exist.
   */
  public Optional<String> channelNamed(String name, String person) {
    return memberships.channels().idOf(name).filter(id -> mayKnow(person, id));
  }

  /** The person's text with the bare {@code #name}s they may know of in Slack's escaped form. */
  public String link(String text, String person) {
    return memberships.channels().link(text, id -> mayKnow(person, id));
  }

  /** Whether the person may know the channel exists: it is public, or they are in it. */
  private boolean mayKnow(String person, String channelId) {
    return memberships.info(channelId)
        .filter(c -> !c.isPrivate() || memberships.members(channelId).contains(person)).isPresent();
  }

  /** May what was read from {@code channelId} be delivered to {@code destination}? */
  public Verdict mayDeliver(String channelId, Destination destination) {
    if (destination.kind() != Destination.Kind.DM && destination.channelId().equals(channelId)) {
      return Verdict.allowed(channelId); // back into the channel it came from
    }
    Optional<ChannelInfo> info = memberships.info(channelId);
    if (info.isEmpty()) {
      return Verdict.refused(channelId, destination.channelId(), Refusal.BOT_CANNOT_SEE);
    }
    if (!info.get().isPrivate()) {
      return Verdict.allowed(channelId);
    }
    if (!memberships.members(channelId).containsAll(audience(destination))) {
      return Verdict.refused(channelId, destination.channelId(), Refusal.AUDIENCE_NOT_MEMBERS);
    }
    return Verdict.allowed(channelId);
  }

  /** Both at once: may this person have this channel read and the result sent there? */
  public Verdict mayReadFor(String person, String channelId, Destination destination) {
    Verdict read = mayRead(person, channelId);
    return read.isAllowed() ? mayDeliver(channelId, destination) : read;
  }

  /**
   * May Roundup post in this destination on this person's behalf? A DM needs no check (Roundup
   * writes to a person, not into a channel); a channel or a thread in one needs the person and the
   * bot to be members, and the channel not to be archived (Slack refuses every post there). Digests
   * and tasks check a destination here, when they are set up and at each run.
   */
  public Verdict mayPost(String person, Destination destination) {
    if (destination.kind() == Destination.Kind.DM) {
      return Verdict.allowed(destination.channelId());
    }
    String channelId = destination.channelId();
    Optional<ChannelInfo> info = memberships.info(channelId);
    if (info.isEmpty()) {
      return Verdict.refused(channelId, channelId, Refusal.BOT_CANNOT_SEE);
    }
    if (!memberships.members(channelId).contains(person)) {
      return Verdict.refused(channelId, channelId, hidden(info.get(), Refusal.MAY_NOT_POST));
    }
    // After membership: that a private channel is archived is news only to its members.
    if (info.get().archived()) {
      return Verdict.refused(channelId, channelId, Refusal.ARCHIVED);
    }
    if (!info.get().botIsMember()) {
      return Verdict.refused(channelId, channelId, Refusal.BOT_NOT_IN_CHANNEL);
    }
    return Verdict.allowed(channelId);
  }

  /**
   * The channels, of those asked for, that may be read for this person and delivered there, in
   * the order asked and without repeats; and why each other one may not.
   */
  public Selection select(String person, List<String> channelIds, Destination destination) {
    List<ChannelInfo> allowed = new ArrayList<>();
    List<Verdict> refused = new ArrayList<>();
    for (String id : new LinkedHashSet<>(channelIds)) {
      Verdict v = mayReadFor(person, id, destination);
      if (v.isAllowed()) {
        allowed.add(memberships.info(id).orElseThrow());
      } else {
        refused.add(v);
      }
    }
    return new Selection(allowed, refused);
  }

  /**
   * A sentence of this rule's, for places Slack shows as plain text (a form's error message),
   * where {@code <#C…>} links are not rendered: each becomes {@code #name} when the reader may
   * know the channel (it is public, or they are in it), and "that private channel" otherwise, so
   * an error never tells someone the name of a private channel they are not in.
   */
  public String plainText(String sentence, String reader) {
    Matcher m = SlackText.CHANNEL.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = m.group(1);
      String name = mayKnow(reader, id) ? memberships.info(id).map(c -> "#" + c.name()).orElseThrow()
          : "that private channel";
      m.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The refusal a person outside a channel is given: for a private channel, the one given for a
   * channel that does not exist ({@link Refusal#BOT_CANNOT_SEE}), word for word, so that trying ids
   * (a forged form, a typed {@code <#C…>}) never tells which private channels exist.
   */
  private static Refusal hidden(ChannelInfo channel, Refusal notAMember) {
    return channel.isPrivate() ? Refusal.BOT_CANNOT_SEE : notAMember;
  }

  /** Who can see what is delivered there. */
  private Set<String> audience(Destination destination) {
    return destination.kind() == Destination.Kind.DM
        ? Set.of(destination.channelId()) : memberships.members(destination.channelId());
  }
}
