package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * Recognises a reply that agrees with what came before ("+1", "agreed", "sounds good", "lgtm",
 * a thumbs-up emoji). Agreement from someone else is what turns a proposal into a decision.
 */
final class Agreement {

  private static final Pattern AGREE_WORDS = Pattern.compile(
      "(?i)^\\W*(?:\\+1|agreed?|sounds good|sgtm|lgtm|yes|yep|yup|yeah|sure|makes sense"
          + "|works for me|let'?s do (?:it|that|this)|ship it|approved|deal|perfect|great idea"
          + "|good idea|fine by me|i'?m in|same|totally|absolutely|👍|✅)(?!\\w)");
  private static final Pattern AGREE_EMOJI = Pattern.compile(
      ":(?:\\+1|thumbsup|white_check_mark|heavy_check_mark|ballot_box_with_check|100|ok_hand"
          + "|shipit|ship_it|raised_hands):");
  private static final Pattern DISSENT = Pattern.compile(
      "(?i)\\b(?:but|however|not sure|disagree|don'?t think|wait|hold on|instead)\\b");

  private Agreement() {}

  /** Whether a message (raw mrkdwn and its cleaned text) agrees without raising objections. */
  static boolean isAgreement(String rawText, String plainText) {
    if (DISSENT.matcher(plainText).find()) {
      return false;
    }
    if (plainText.isBlank()) {
      return AGREE_EMOJI.matcher(rawText).find();
    }
    return AGREE_WORDS.matcher(plainText).find()
        || AGREE_EMOJI.matcher(rawText).find() && SmallTalk.isSmallTalk(plainText);
  }
}
