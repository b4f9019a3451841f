package dev.roundup.schedule;

/**
 * A phrase not understood (or impossible); {@code reason} is one line with accepted examples.
 *
 * @param wordsUnread some word was not read as part of a schedule (or none said when), as opposed
 *     to a phrase read whole and found impossible or passed ("at 25pm", "yesterday at 9am")
 */
public record Refused(String reason, boolean wordsUnread) implements ParseResult {

  public Refused(String reason) {
    this(reason, false);
  }
}
