package dev.roundup.access;

/**
 * Why the privacy rule said no, each with the sentence the requester is told. Channels are named
 * as Slack links ({@code <#C…>}), which Slack renders for each reader: someone outside a private
 * channel sees "private channel", never its name.
 */
public enum Refusal {
  /**
   * The bot cannot see the channel (private and the bot is not in it, or it does not exist), or
   * it is private and the requester is not in it: the same words for all three, so a refusal
   * never tells whether a private channel exists.
   */
  BOT_CANNOT_SEE,
  /** The bot can see the channel but is not in it, so it can neither read nor post there. */
  BOT_NOT_IN_CHANNEL,
  /** The requester is not a member of the channel they asked Roundup to read. */
  NOT_A_MEMBER,
  /** The channel is private and some of the people who would see the result are not in it. */
  AUDIENCE_NOT_MEMBERS,
  /** The requester is not a member of the channel they asked Roundup to post in. */
  MAY_NOT_POST,
  /** The channel to post in is archived: Slack takes no new messages there. */
  ARCHIVED;

  /** One sentence for the requester. */
  public String explain(String channelId, String destinationId) {
    String channel = "<#" + channelId + ">";
    return switch (this) {
      case BOT_CANNOT_SEE -> "I can't see " + channel + " for you: it doesn't exist, or it's private "
          + "and one of us isn't in it. For a private channel of yours, invite me there with "
          + "`/invite @roundup` first.";
      case BOT_NOT_IN_CHANNEL -> "I'm not in " + channel + " yet. Invite me with `/invite @roundup` "
          + "there, then try again.";
      case NOT_A_MEMBER -> "You're not a member of " + channel + ", so I can't read it for you.";
      case AUDIENCE_NOT_MEMBERS -> isPerson(destinationId)
          ? channel + " is private and <@" + destinationId + "> is not a member of it, so its "
              + "messages can't go to them."
          : channel + " is private and not everyone in <#" + destinationId + "> is a member of "
              + "it, so its messages can't go there.";
      case MAY_NOT_POST -> "You're not a member of " + channel + ", so I won't post there for you.";
      case ARCHIVED -> channel + " is archived, so nothing can be posted there. Pick another channel, "
          + "or unarchive it first.";
    };
  }

  /** The reason as a clause about the channel ("you're not a member of it"), for notes about what was left out. */
  public String clause(String destinationId) {
    return switch (this) {
      case BOT_CANNOT_SEE -> "I can't see it for you (it's private and one of us isn't in it, or it "
          + "no longer exists; for a private channel of yours, invite me there with `/invite @roundup`)";
      case BOT_NOT_IN_CHANNEL -> "I'm not in it (invite me with `/invite @roundup` there)";
      case NOT_A_MEMBER, MAY_NOT_POST -> "you're not a member of it";
      case ARCHIVED -> "it is archived";
      case AUDIENCE_NOT_MEMBERS -> isPerson(destinationId)
          ? "it is private and <@" + destinationId + "> is not a member of it"
          : "it is private and not everyone in <#" + destinationId + "> is a member of it";
    };
  }

  private static boolean isPerson(String id) {
    return id != null && (id.startsWith("U") || id.startsWith("W"));
  }
}
