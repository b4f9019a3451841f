package dev.roundup.summarize;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Something someone is to do.
 *
 * @param owner user id (U…) of who is to do it, or null when nobody is named
 * @param text  what is to be done
 * @param due   the due date as written ("Friday", "by EOD", "2026-12-01"), or null
 */
public record ActionItem(String owner, String text, String due, List<String> sources) {
  public ActionItem {
    sources = List.copyOf(sources);
  }

  /**
   * The due date, when the text does not already say it: "I'll send it by Thursday" needs no
   * "(due by Thursday)" after it.
   */
  public Optional<String> dueNotInText() {
    return due == null || text.toLowerCase(Locale.ROOT).contains(due.toLowerCase(Locale.ROOT))
        ? Optional.empty() : Optional.of(due);
  }

  /**
   * The day the due date names, read from the day it was said ("on Monday" said on Friday 11
   * December is Monday 14 December): what a reader days later needs. Empty for a due date that
   * names no day Roundup can place ("next sprint", "before the launch").
   */
  public Optional<LocalDate> dueDay(LocalDate saidOn) {
    return due == null ? Optional.empty() : DueDates.day(due, saidOn);
  }
}
