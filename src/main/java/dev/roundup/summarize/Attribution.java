package dev.roundup.summarize;

/**
 * Says who said it: a summary line is written {@code <@U…>: text}, which Slack shows as the
 * person's name, because readers of a summary want to know who raised, proposed or asked what.
 * The spoken opening of the sentence ("Well,", "Mr. Smith,") is trimmed on the way.
 */
final class Attribution {

  private Attribution() {}

  /** {@code <@user>: Text}, or the text alone when the author is unknown (an integration). */
  static String said(String user, String text) {
    String line = Sentences.capitalize(SpokenOpenings.trim(text));
    return user == null ? line : "<@" + user + ">: " + line;
  }

  static String said(Sentence sentence) {
    return said(sentence.user(), sentence.text());
  }
}
