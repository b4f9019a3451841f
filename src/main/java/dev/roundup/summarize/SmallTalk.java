package dev.roundup.summarize;

import java.util.List;
import java.util.Set;

/**
 * Recognises greetings, thanks and acknowledgements ("thanks!", "+1", "lgtm", "sounds good",
 * emoji-only): words that keep a chat friendly but say nothing a summary should repeat.
 */
final class SmallTalk {

  private static final Set<String> FILLER = Set.copyOf(List.of(
      "hi", "hello", "hey", "hiya", "yo", "morning", "evening", "afternoon", "good", "great",
      "nice", "cool", "awesome", "perfect", "excellent", "amazing", "wonderful", "fantastic",
      "brilliant", "thanks", "thank", "thx", "ty", "tysm", "cheers", "appreciate", "appreciated",
      "much", "lot", "lgtm", "sgtm", "ok", "okay", "k", "kk", "sure", "yes", "yep", "yup", "yeah",
      "yea", "no", "nope", "np", "welcome", "congrats", "congratulations", "ack", "noted",
      "gotcha", "got", "it", "sounds", "looks", "lol", "haha", "team", "all", "everyone", "folks",
      "guys", "y'all", "people", "will", "do", "done", "agreed", "agree", "same", "totally",
      "absolutely", "indeed", "exactly", "true", "makes", "sense", "love", "this", "that", "for",
      "the", "you", "to", "me", "a", "so", "too", "very", "and", "again", "on", "of", "just", "oh",
      "ah", "wow", "yay", "woohoo", "bye", "later", "see", "ya", "night", "there", "fine", "works",
      "work", "us", "!", "plus", "one", "question", "point", "call", "catch", "idea", "job", "i",
      "we", "really", "well", "right", "alright"));

  private SmallTalk() {}

  /** True when the sentence is only greeting, thanks or agreement words (or no words at all). */
  static boolean isSmallTalk(String sentence) {
    return isSmallTalk(sentence, Terms.words(sentence));
  }

  /** The same, given the sentence's {@link Terms#words(String)} already split once. */
  static boolean isSmallTalk(String sentence, List<String> sentenceWords) {
    String trimmed = sentence.strip();
    List<String> words = sentenceWords;
    if (trimmed.startsWith("+1") || trimmed.startsWith("-1")) {
      words = Terms.words(trimmed.substring(2)); // the "1" of "+1" is not a word here
    }
    if (words.isEmpty()) {
      return true;
    }
    if (words.stream().allMatch(FILLER::contains)) {
      return true;
    }
    // "Thanks for jumping on this so fast" is still a thank-you, not a point.
    boolean thanks = words.get(0).equals("thanks") || words.get(0).equals("thank")
        || words.get(0).equals("thx");
    return thanks && words.size() <= 7;
  }
}
