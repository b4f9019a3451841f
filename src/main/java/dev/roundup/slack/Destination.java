package dev.roundup.slack;

/**
 * Where a task's output goes: the owner's DM (or another person's, for "remind @user"), a channel,
 * or a thread in a channel.
 */
public record Destination(Kind kind, String channelId, String threadTs) {

  /** How the output is delivered. */
  public enum Kind { DM, CHANNEL, THREAD }

  public static Destination dm(String userId) {
    return new Destination(Kind.DM, userId, null);
  }

  public static Destination channel(String channelId) {
    return new Destination(Kind.CHANNEL, channelId, null);
  }

  public static Destination thread(String channelId, String threadTs) {
    return new Destination(Kind.THREAD, channelId, threadTs);
  }

  /** In Slack's words: "your DMs", "<#C123>", "a thread in <#C123>". */
  public String describe(String ownerId) {
    return switch (kind) {
      case DM -> channelId.equals(ownerId) ? "a DM to you" : "a DM to <@" + channelId + ">";
      case CHANNEL -> "<#" + channelId + ">";
      case THREAD -> "a thread in <#" + channelId + ">";
    };
  }
}
