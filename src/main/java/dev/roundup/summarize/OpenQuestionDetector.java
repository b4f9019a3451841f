package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds questions nobody answered. A question counts as answered when, among the next
 * {@value #ANSWER_WINDOW} messages of its thread (or of the channel, for a top-level question),
 * someone other than the asker
 * <ul>
 *   <li>mentions the asker, or</li>
 *   <li>says something that shares two content words with the question (one, if the question
 *   has only one), or</li>
 *   <li>answers a yes/no question with yes/no/not yet, or</li>
 *   <li>is the first other person to speak after it, with a statement rather than a question;</li>
 * </ul>
 * or when the asker later says they found it themselves ("never mind", "found it").
 */
final class OpenQuestionDetector {

  static final int ANSWER_WINDOW = 8;
  private static final Pattern YES_NO_QUESTION = Pattern.compile("(?i)^\\W*(?:is|are|was|were|do"
      + "|does|did|can|could|should|shall|will|would|has|have|had|any|anyone|anybody|is there"
      + "|are there|may|might|must)\\b");
  private static final Pattern YES_NO_ANSWER = Pattern.compile("(?i)^\\W*(?:yes|yeah|yep|yup|no"
      + "|nope|nah|not yet|sure|correct|right|absolutely|definitely|probably|i think so"
      + "|i don'?t think so|negative|affirmative|will do|on it|can do|done|ok|okay)\\b");
  private static final Pattern GREETING = Pattern.compile(
      "(?i)^\\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|welcome)\\b");
  private static final Pattern SELF_RESOLVED = Pattern.compile("(?i)\\b(?:never ?mind|nvm"
      + "|found it|figured it out|sorted it|ignore (?:that|me|my question)|answered my own)\\b");

  private OpenQuestionDetector() {}

  /** Open questions, skipping sentences already taken (e.g. requests listed as action items). */
  static List<Detection<Point>> detect(PreparedConversation conversation, Set<Integer> taken) {
    List<Detection<Point>> open = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : conversation.sentences()) {
      if (!s.isQuestion() || s.smallTalk() || s.terms().isEmpty() || taken.contains(s.index())) {
        continue;
      }
      if (!isAnswered(conversation, s) && seen.add(s.text().toLowerCase())) {
        open.add(Detection.of(new Point(Sentences.capitalize(s.text()), List.of(s.ts())),
            s.index()));
      }
    }
    return open;
  }

  static boolean isAnswered(PreparedConversation c, Sentence question) {
    String asker = question.user();
    boolean firstOther = true;
    for (int i : c.following(question.messageIndex(), ANSWER_WINDOW)) {
      Message reply = c.messages().get(i);
      List<Sentence> said = c.sentencesOf(i);
      String plain = String.join(" ", said.stream().map(Sentence::text).toList());
      boolean sameAuthor = asker != null && asker.equals(reply.user());
      if (sameAuthor) {
        if (SELF_RESOLVED.matcher(plain).find()) {
          return true;
        }
        continue;
      }
      if (answers(question, said, plain, firstOther)) {
        return true;
      }
      firstOther = false;
    }
    return false;
  }

  private static boolean answers(Sentence question, List<Sentence> said, String plain,
      boolean firstOther) {
    if (question.user() != null && SlackText.userIds(plain).contains(question.user())) {
      return true;
    }
    List<Sentence> statements = said.stream().filter(t -> !t.isQuestion()).toList();
    if (statements.isEmpty()) {
      return false;
    }
    String asked = SlackText.USER.matcher(question.text()).replaceAll(" ");
    if (YES_NO_QUESTION.matcher(asked).find()
        && YES_NO_ANSWER.matcher(statements.get(0).text()).find()) {
      return true;
    }
    Set<String> terms = new HashSet<>(question.terms());
    boolean substantive = statements.stream().anyMatch(t -> !t.smallTalk());
    // One shared word can be chance ("post" in a question and in an unrelated plan); two are not.
    long shared = statements.stream().flatMap(t -> t.terms().stream()).distinct()
        .filter(terms::contains).count();
    if (substantive && shared >= Math.min(2, terms.size())) {
      return true;
    }
    // The next person to speak usually answers, unless they open with a greeting: that starts
    // something new.
    return firstOther && substantive && !GREETING.matcher(statements.get(0).text()).find();
  }
}
