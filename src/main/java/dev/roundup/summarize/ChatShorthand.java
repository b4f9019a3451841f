package dev.roundup.summarize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the apostrophes chat leaves out, so the cues read a message typed in a hurry as they
 * read it written out: "ill do the release notes" is "i'll do the release notes", "im on it" is
 * "i'm on it", "i honestly dont know" is "i honestly don't know", "lets wait" is "let's wait". In
 * French, "jmen occupe" / "je men occupe" is "je m'en occupe", "jvais regarder" is "je vais
 * regarder", "jai vu" is "j'ai vu". The other cue languages write their commitments without an
 * apostrophe ("ich kümmere mich", "lo subo", "eu faço", "やっておきます"), so there is nothing to
 * put back.
 *
 * <p>Only where the word cannot be meant as written: "ill", "im", "ive" and "lets" open a clause
 * (the start of a sentence, after a comma or a dash, or after "and", "so", "ok", "but", "then",
 * "also", "yes"), and are followed by a word; "he's ill", "feeling ill", "it lets us" stay as they
 * are. The "n't" forms ("dont", "cant", "isnt", …) and "thats", "theyre", "youre" are no words of
 * their own anywhere.
 */
final class ChatShorthand {

  /** Where a clause opens: the text's start, a stop, a comma, a dash, or a linking word. */
  private static final String CLAUSE_START = "(^|[.!?,;:(—–-]\\s*|\\b(?:and|so|ok|okay|but|then"
      + "|also|yes|yeah|sure|fine|now|k)\\s+)";
  private static final Pattern FIRST_PERSON = Pattern.compile(
      "(?i)" + CLAUSE_START + "(i)(ll|m|ve)(?=\\s+\\p{L})");
  private static final Pattern LETS = Pattern.compile(
      "(?i)" + CLAUSE_START + "(let)(s)(?=\\s+\\p{L})");
  private static final Pattern NOT_FORMS = Pattern.compile(
      "(?i)\\b(do|does|did|is|was|are|were|ca|wo|would|should|could|have|has|had|must|need)"
          + "(nt)\\b");
  private static final Pattern IS_ARE_FORMS = Pattern.compile(
      "(?i)\\b(that|what|there|they|you)(s|re)\\b");
  private static final Pattern FRENCH_ELISION = Pattern.compile(
      "(?iu)(?<![\\p{L}'’])(?:(j)(ai|men|en|vais)|(je\\s+)(m|t)(en))(?![\\p{L}'’])");

  private ChatShorthand() {}

  /** The text with the apostrophes its language's chat leaves out put back. */
  static String restore(String language, String text) {
    if ("en".equals(language)) {
      return english(text);
    }
    if ("fr".equals(language)) {
      return french(text);
    }
    return text;
  }

  private static String english(String text) {
    String t =
        mayHave(FIRST_PERSON, text) ? FIRST_PERSON.matcher(text).replaceAll("$1$2'$3") : text;
    t = mayHave(LETS, t) ? LETS.matcher(t).replaceAll("$1$2'$3") : t;
    // "cant" is "can't", "wont" "won't": the stem as written before "n't".
    t = mayHave(NOT_FORMS, t) ? NOT_FORMS.matcher(t).replaceAll(m -> m.group(1) + "n't") : t;
    return mayHave(IS_ARE_FORMS, t) ? IS_ARE_FORMS.matcher(t).replaceAll(ChatShorthand::isAreForm)
        : t;
  }

  /**
   * Whether the pattern may match the text ({@link RegexPrefilter}): this runs on every message,
   * most have no shorthand, and looking for its words is far cheaper than trying the pattern.
   */
  private static boolean mayHave(Pattern pattern, String text) {
    return RegexPrefilter.of(pattern).mayMatch(text);
  }

  /** "thats", "theyre", "youre"; "wes", "weres", "thes" and the like are left alone. */
  private static String isAreForm(java.util.regex.MatchResult m) {
    String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
    String ending = m.group(2).toLowerCase(java.util.Locale.ROOT);
    boolean known = ending.equals("s") ? word.equals("that") || word.equals("what")
        || word.equals("there") : word.equals("they") || word.equals("you");
    return Matcher.quoteReplacement(known ? m.group(1) + "'" + m.group(2) : m.group());
  }

  private static String french(String text) {
    if (!mayHave(FRENCH_ELISION, text)) {
      return text;
    }
    return FRENCH_ELISION.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null
        ? m.group(3) + m.group(4) + "'" + m.group(5)
        : switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
          // "jmen occupe" is "je m'en occupe"; "jvais" keeps its "e" before a consonant.
          case "men" -> m.group(1) + "e m'" + m.group(2).substring(1);
          case "vais" -> m.group(1) + "e " + m.group(2);
          default -> m.group(1) + "'" + m.group(2);
        }));
  }
}
