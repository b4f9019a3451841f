package dev.roundup.summarize;

import java.util.List;

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
}
