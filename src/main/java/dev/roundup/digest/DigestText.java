package dev.roundup.digest;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.SummaryText;
import java.util.function.Function;

/**
 * A digest for a terminal: the header, the focus, each active channel with its threads,
 * decisions and action items (each followed by the ts it came from), then the quiet channels one
 * line each. Mentions print as {@code @name} through the given resolver.
 */
public final class DigestText {


  private DigestText() {}

  public static String render(Digest digest, Function<String, String> names) {
    StringBuilder out = new StringBuilder();
    out.append(DigestHeader.line(digest)).append('\n');
    if (digest.focus() != null) {
      out.append("Focus: ").append(digest.focus()).append('\n');
    }
    digest.notes().forEach(n -> out.append("Note: ").append(n).append('\n'));
    for (ChannelDigest c : digest.active()) {
      out.append("\n#").append(c.name()).append(" — ").append(DigestHeader.counts(c)).append('\n');
      if (c.note() != null) {
        out.append("  Note: ").append(c.note()).append('\n');
      }
      for (ThreadItem t : c.threads()) {
        out.append("  • ").append(named(t.tldr(), names)).append(" (")
            .append(ThreadItem.repliesInWords(t.replies())).append(") [").append(t.ts())
            .append("]\n");
      }
      for (Point p : c.decisions()) {
        out.append("  Decision: ").append(named(p.text(), names)).append(' ')
            .append(p.sources()).append('\n');
      }
      for (ActionItem a : c.actionItems()) {
        out.append("  To do: ").append(a.owner() == null ? "" : "@" + names.apply(a.owner()) + ": ")
            .append(named(a.text(), names)).append(' ').append(a.sources()).append('\n');
      }
    }
    if (!digest.quiet().isEmpty()) {
      out.append("\nQuiet\n");
      digest.quiet().forEach(c -> out.append("  ").append(c.quietLine()).append('\n'));
    }
    return out.toString();
  }

  private static String named(String text, Function<String, String> names) {
    return SummaryText.named(text, names);
  }
}
