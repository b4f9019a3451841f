package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * Recognises a reply that agrees with what came before ("+1", "agreed", "sounds good", "lgtm",
 * "works for me", a thumbs-up emoji), in the conversation's language. Agreement from someone else
 * is what turns a proposal into a decision.
 */
final class Agreement {

  private static final Pattern AGREE_EMOJI = Pattern.compile(
      ":(?:\\+1|thumbsup|white_check_mark|heavy_check_mark|ballot_box_with_check|100|ok_hand"
          + "|shipit|ship_it|raised_hands):");

  private Agreement() {}

  /** Whether a message (raw mrkdwn and its cleaned text) agrees without raising objections. */
  static boolean isAgreement(String rawText, String plainText) {
    return isAgreement(Cues.ENGLISH, rawText, plainText);
  }

  static boolean isAgreement(Cues cues, String rawText, String plainText) {
    if (cues.dissent().matcher(plainText).find() || cues.deferral().matcher(plainText).find()) {
      return false;
    }
    if (plainText.isBlank()) {
      return AGREE_EMOJI.matcher(rawText).find();
    }
    return cues.agreement().matcher(plainText).find()
        || AGREE_EMOJI.matcher(rawText).find()
            && cues.isSmallTalk(plainText, Terms.words(plainText));
  }
}
