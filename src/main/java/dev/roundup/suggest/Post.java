package dev.roundup.suggest;

/**
 * A message a person posted by hand at the top of a channel (not a reply, not a bot's post, not a
 * request to Roundup): what a "remind" suggestion is made of.
 */
public record Post(String user, String text, Occurrence where) {

  public String channel() {
    return where.channel();
  }
}
