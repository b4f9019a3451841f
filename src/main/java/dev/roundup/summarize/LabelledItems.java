package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items labelled as such: "TODO: <@U2> rotate the keys", "Action item: I'll send the notes",
 * "owner: <@U3>". The owner is the person the item names, the speaker when it says "I", else
 * nobody. "Decision:" and "Agreed:" share the label but are not tasks.
 */
final class LabelledItems {

  private static final Pattern OWNER_LABEL = Pattern.compile("(?i)\\b(?:owner|assignee|assigned to)"
      + "\\s*[:\\-]?\\s*" + SlackText.USER.pattern());
  /** "Decision:" and "Agreed:" as a label, read lower-cased (see {@link #isDecisionLabel}). */
  private static final Pattern DECISION_LABEL = Pattern.compile(
      "(?s)\\W*(?:(?:ok|okay|so|alright|right|entonces|bueno|vale|então|bom)"
      + "[\\s,—–-]+)?(?:calling\\s+it|decision|decided|resolution"
      + "|outcome|conclusion|final|approved|agreed|entscheidung|beschluss|décision|decisión"
      + "|decidido|decidimos|decisão|決定事項).*");
  private static final Pattern FIRST_PERSON = Pattern.compile("(?i)^I\\b.*");

  private LabelledItems() {}

  static Optional<ActionCandidate> labelled(PreparedConversation c, Sentence s) {
    Matcher label = c.cues().labels().matcher(s.text());
    if (!label.find() || isDecisionLabel(label.group())) {
      if (!RegexPrefilter.of(OWNER_LABEL).mayMatch(s.text())) {
        return Optional.empty();
      }
      Matcher owner = OWNER_LABEL.matcher(s.text());
      return owner.find()
          ? Optional.of(ActionCandidate.of(owner.group(1), s.text(), s, Kind.LABELLED))
          : Optional.empty();
    }
    String rest = s.text().substring(label.end());
    List<String> mentioned = SlackText.userIds(rest);
    String owner = !mentioned.isEmpty() ? mentioned.get(0)
        : FIRST_PERSON.matcher(rest).matches() ? s.user() : null;
    return Optional.of(ActionCandidate.of(owner, TaskWording.phrase(c, rest), s, Kind.LABELLED));
  }

  /** "Decision:" and "Agreed:" share the label pattern with "TODO:" but are not tasks. */
  private static boolean isDecisionLabel(String label) {
    return DECISION_LABEL.matcher(label.toLowerCase(Locale.ROOT)).matches();
  }
}
