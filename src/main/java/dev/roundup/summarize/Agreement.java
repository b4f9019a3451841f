package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * Recognises a reply that agrees with what came before ("+1", "agreed", "sounds good", "lgtm",
 * "works for me", a thumbs-up emoji), in the conversation's language. Agreement from someone else
 * is what turns a proposal into a decision.
 */
final class Agreement {

  private static final Pattern LEADING_NON_WORD = Pattern.compile("^[\\W_]+");
  private static final Pattern AGREE_EMOJI = Pattern.compile(
      ":(?:\\+1|thumbsup|white_check_mark|heavy_check_mark|ballot_box_with_check|100|ok_hand"
          + "|shipit|ship_it|raised_hands):");

  private Agreement() {}

  /** Whether a message (raw mrkdwn and its cleaned text) agrees without raising objections. */
  static boolean isAgreement(String rawText, String plainText) {
    return isAgreement(Cues.ENGLISH, rawText, plainText);
  }

  /**
   * Whether a message only agrees — "works for me", "Sí, de acuerdo", "+1" — and adds nothing of
   * its own ("yes, I'll get quotes by Wednesday" agrees and commits: it answers a request).
   */
  static boolean isBare(Cues cues, String rawText) {
    return isBare(cues, rawText, dev.roundup.slack.SlackMarkup.toPlainText(rawText));
  }

  /** {@link #isBare(Cues, String)} with the message's text already freed of markup. */
  static boolean isBare(Cues cues, String rawText, String plainText) {
    String rest = plainText;
    if (!isAgreement(cues, rawText, rest)) {
      return false;
    }
    for (int i = 0; i < 3 && !rest.isBlank(); i++) {
      java.util.regex.Matcher m = cues.agreement().matcher(rest);
      if (!m.find() || m.end() == 0) {
        break;
      }
      rest = LEADING_NON_WORD.matcher(rest.substring(m.end())).replaceFirst("");
    }
    return rest.isBlank() || cues.isSmallTalk(rest, Terms.words(rest));
  }

  static boolean isAgreement(Cues cues, String rawText, String plainText) {
    if (RegexPrefilter.find(cues.dissent(), plainText) || cues.isDeferral(plainText)) {
      return false;
    }
    if (plainText.isBlank()) {
      return RegexPrefilter.find(AGREE_EMOJI, rawText);
    }
    return RegexPrefilter.find(cues.agreement(), plainText)
        || RegexPrefilter.find(AGREE_EMOJI, rawText)
            && cues.isSmallTalk(plainText, Terms.words(plainText));
  }
}
