package dev.roundup.schedule;

/**
 * A phrase not understood (or impossible); {@code reason} is one line with accepted examples.
 *
 * @param wordsUnread some word was not read as part of a schedule (or none said when), as opposed
 *     to a phrase read whole and found impossible or passed ("at 25pm", "yesterday at 9am")
 * @param clash the words were read but say two things that cannot both hold ("monday tomorrow",
 *     "42 tomorrow at 10am"): in a longer command they are likely not all the schedule's words
 */
public record Refused(String reason, boolean wordsUnread, boolean clash, Unread unread)
    implements ParseResult {

  /**
   * The word not understood.
   *
   * @param first it is the phrase's first word ("tomorow at 9am", "call marc tomorrow"), where it
   *     may as well be a word of a message before a schedule
   * @param meant the schedule word it is likely a slip of ("Wednesday" for "wendesday"), or null
   * @param namesADay the word meant names the day by itself (tomorrow, today, tonight)
   */
  public record Unread(String word, boolean first, String meant, boolean namesADay) {}

  public Refused(String reason) {
    this(reason, false, false, null);
  }

  public Refused(String reason, boolean wordsUnread) {
    this(reason, wordsUnread, false, null);
  }

  /** Whether the phrase starts a schedule and misspells a word of it ("every wendesday"). */
  public boolean misspelt() {
    return unread != null && unread.meant() != null && (!unread.first() || unread.namesADay());
  }

  /** The reason without the examples of accepted phrases, for a caller that gives its own. */
  public String reasonWithoutExamples() {
    return reason.endsWith(" " + Refusals.EXAMPLES)
        ? reason.substring(0, reason.length() - Refusals.EXAMPLES.length() - 1) : reason;
  }
}
