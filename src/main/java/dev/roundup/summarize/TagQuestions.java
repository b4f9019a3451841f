package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement put to the others with a short question after it, one a yes agrees to ("Objections?"
 * is not one: a yes to it objects, {@link UnopposedPlans}): "non-enterprise customers on
 * weekends: email-only, answered on Monday. fine?", "alright, candidates pick, same rubric.
 * <@gloria> ok from you?", "Freeze ab dem 22. passt das?". The statement is a proposal, settled
 * when someone else agrees ({@link AgreedProposals}), in any language.
 */
final class TagQuestions {

  /** The short question, alone in its sentence, optionally put to someone by mention. */
  private static final Pattern TAG = Pattern.compile("(?iu)^\\W*(?:@\\S+\\s+|<@\\w+>\\s*)?"
      + "(?:(?:is\\s+that\\s+|does\\s+that\\s+(?:sound\\s+)?)?(?:fine|ok(?:ay)?|good|alright|right"
      + "|agreed)|thoughts|sounds?\\s+good|works(?:\\s+for\\s+(?:you|everyone"
      + "|all))?|everyone\\s+ok|ok\\s+(?:from|with|for)\\s+(?:you|everyone|all)|passt(?:\\s+das)?"
      + "|einverstanden|ok\\s+für\\s+(?:dich|euch)|ça\\s+(?:vous|te)\\s+va|d'accord"
      + "|vale|os\\s+parece|de\\s+acuerdo|pode\\s+ser|beleza|fechado"
      + "|de\\s+acordo|いいですか|どうですか|よろしいですか|大丈夫ですか)\\W*[?？]\\s*$");

  private TagQuestions() {}

  /** Whether the sentence after this one in its message is a tag question putting it. */
  static boolean putsIt(PreparedConversation c, Sentence s) {
    if (s.isQuestion()) {
      return false;
    }
    List<Sentence> said = c.sentencesOf(s.messageIndex());
    int at = said.indexOf(s);
    return at >= 0 && at + 1 < said.size() && RegexPrefilter.find(TAG, said.get(at + 1).text());
  }
}
