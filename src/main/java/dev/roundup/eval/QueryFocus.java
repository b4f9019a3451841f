package dev.roundup.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a QMSum topic query into a summarizer focus by removing the question's boilerplate:
 * "Summarize the discussion about the remote's buttons." → "the remote's buttons",
 * "What did the group say about cost?" → "cost". Queries that match no known frame keep their
 * words minus the trailing punctuation; the summarizer weighs words, not grammar.
 */
public final class QueryFocus {

  private static final String VERBS =
      "say|said|think|thought|discuss|discussed|talk|talked|suggest|suggested|explain|explained"
          + "|propose|proposed|recommend|recommended|mention|mentioned|decide|decided|conclude"
          + "|concluded|present|presented|report|reported|argue|argued|agree|agreed";

  private static final int CI = Pattern.CASE_INSENSITIVE;

  private static final List<Pattern> FRAMES = List.of(
      Pattern.compile("^(?:please\\s+)?summari[sz]e\\s+(?:the\\s+)?(?:conclusions?\\s+of\\s+the\\s+"
          + "|presentation\\s+and\\s+)?discussions?\\s+(?:about|on|of|regarding)\\s+", CI),
      Pattern.compile("^(?:please\\s+)?summari[sz]e\\s+what\\s+(?:was\\s+)?(?:said|discussed)\\s+"
          + "(?:about|on|of|regarding)\\s+", CI),
      Pattern.compile("^what\\s+(?:did|does|do|was|were|is|are)\\s+(?:.{1,80}?\\s+)?(?:" + VERBS
          + ")\\s+(?:(?:about|of|on|regarding)\\s+)?", CI),
      // Last: any other "Summarize …" keeps what follows the verb.
      Pattern.compile("^(?:please\\s+)?summari[sz]e\\s+", CI));

  private QueryFocus() {}

  public static String of(String query) {
    String text = query.strip();
    for (Pattern frame : FRAMES) {
      var m = frame.matcher(text);
      if (m.find() && m.end() < text.length()) {
        text = text.substring(m.end());
        break;
      }
    }
    return text.replaceAll("[\\s?.!]+$", "");
  }
}
