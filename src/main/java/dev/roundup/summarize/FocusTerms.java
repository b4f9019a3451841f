package dev.roundup.summarize;

import java.util.LinkedHashSet;
import java.util.Set;

/** The reader's focus ("launches, risks") as the stemmed terms a sentence is matched on. */
final class FocusTerms {

  private FocusTerms() {}

  static Set<String> of(SummaryOptions options) {
    if (!options.hasFocus()) {
      return Set.of();
    }
    return Set.copyOf(new LinkedHashSet<>(Terms.content(options.focus())));
  }
}
