package dev.roundup.slack;

/**
 * What a slash command's argument parser may answer instead of a request: a call for help, or text
 * it did not understand. The commands share the answer to both, so a user meets one behaviour:
 * help shows the usage; a misunderstanding says why, then the usage with its examples.
 */
public final class CommandArgs {

  /** The user asked for help ({@code /command help} or nothing where something is needed). */
  public interface Help {}

  /** The text was not understood; {@link #reason()} says why, in words. */
  public interface Invalid {
    String reason();
  }

  private CommandArgs() {}

  /**
   * The whole ephemeral answer for help or a text not understood, or null when the parser found a
   * request and the command's work follows.
   */
  public static String immediateReply(Object parsed, String usage) {
    if (parsed instanceof Help) {
      return usage;
    }
    if (parsed instanceof Invalid invalid) {
      return ":warning: " + invalid.reason() + "\n\n" + usage;
    }
    return null;
  }

  /**
   * The answer to a command that would read the conversation it was typed in when that is a
   * direct message (one-to-one or group): Roundup reads channels it is in, never people's DMs, so
   * it says so and how to name a channel, rather than "invite me". Null anywhere else.
   *
   * @param example the command naming a channel ("/summarize #channel")
   */
  public static String readsNoDirectMessages(String channelId, String channelName, String example) {
    boolean direct = (channelId != null && channelId.startsWith("D"))
        || "directmessage".equals(channelName) || (channelName != null && channelName.startsWith("mpdm-"));
    return direct ? "I don't read direct messages, so there is nothing here for me to read. Name a "
        + "channel you're in: `" + example + "`, or run the command in the channel itself." : null;
  }

  /**
   * The answer to a command naming a channel Slack did not link ({@link
   * SlackText#unlinkedChannelName}): the same words whether no such channel exists or it is
   * private without the person in it, so typing names tells nobody which private channels exist.
   *
   * @param example the command naming a channel ("/ask #eng what did we decide?")
   */
  public static String unknownChannel(String name, String example) {
    return "I couldn't find a channel called `#" + SlackText.echo(name) + "` that you can see. "
        + "Pick it from Slack's autocomplete after typing `#`, e.g. `" + example + "`.";
  }
}
