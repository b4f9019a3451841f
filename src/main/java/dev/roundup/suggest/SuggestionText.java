package dev.roundup.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The command line's text form: one paragraph per suggestion, with names where the export has them. */
public final class SuggestionText {

  /** Evidence listed per suggestion; the JSON has all of it. */
  private static final int SHOWN = 8;

  private SuggestionText() {}

  public static String render(List<Candidate> candidates, Map<String, String> channelNames,
      Map<String, String> userNames) {
    if (candidates.isEmpty()) {
      return "No suggestions: nothing in this export is done by hand on a rhythm clear enough to offer.\n";
    }
    StringBuilder out = new StringBuilder(candidates.size() + (candidates.size() == 1 ? " suggestion" : " suggestions")
        + "\n");
    int n = 1;
    for (Candidate c : candidates) {
      String who = "@" + userNames.getOrDefault(c.user(), c.user());
      String where = "#" + channelNames.getOrDefault(c.channel(), c.channel());
      out.append('\n').append(n++).append(". ").append(who).append(" in ").append(where).append(" — ")
          .append(c.kind().word()).append(", ").append(c.phrase())
          .append(String.format(Locale.ROOT, " (confidence %.2f)", c.confidence())).append('\n');
      out.append("   ").append(why(c, where)).append('\n');
      List<Occurrence> shown = c.evidence().subList(Math.max(0, c.evidence().size() - SHOWN), c.evidence().size());
      out.append("   Evidence").append(shown.size() < c.evidence().size()
          ? " (latest " + shown.size() + " of " + c.evidence().size() + ")" : "").append(": ")
          .append(shown.stream().map(o -> o.isMessage() ? o.ts() : o.command()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return out.toString();
  }

  private static String why(Candidate c, String where) {
    return switch (c.kind()) {
      case REMIND -> "Posted \"" + c.text() + "\" " + c.pattern() + ".";
      case SUMMARIZE -> "Asked for a summary of " + where + (c.window().isEmpty() ? "" : " (" + c.window() + ")")
          + " " + c.pattern() + ".";
      case DIGEST -> "Asked for a summary of " + where + " " + c.pattern() + ".";
    };
  }
}
