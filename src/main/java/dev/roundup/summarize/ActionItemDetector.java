package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds action items and their owners. First-person commitments ("I'll …", "I can take …") are
 * owned by the speaker; requests to a mentioned person ("<@U2> can you …", "<@U2> please …",
 * "<@U2> needs to …") by that person; labelled items ("TODO:", "Action item:", "AI:") by the
 * person they name. A request to nobody in particular has no owner unless someone takes it
 * ("on it", "will do") right after; a thread's parent author is never assumed.
 */
final class ActionItemDetector {

  private static final String M = SlackText.USER.pattern();
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^\\W*(?:todo|to-do|action items?|action|ai|next steps?|follow[- ]?up)\\s*[:\\-–—]\\s*");
  private static final Pattern COMMITMENT = Pattern.compile("(?i)\\bI(?:'ll|’ll| will| shall"
      + "|'m going to| am going to|'m gonna|'m on|’m on| am on| can take| can handle| can own"
      + "| can pick up| can grab| can do| can look into| can follow up| volunteer to"
      + "|'ll take| will take)\\b\\s*");
  private static final Pattern NOT_A_TASK = Pattern.compile("(?i)\\bI(?:'ll|’ll| will)\\s+"
      + "(?:be\\s+(?!\\w+ing\\b)|not\\b|never\\b|have to\\b|need\\b|let (?:it|that) slide)"
      + "|\\bif\\s+I(?:'ll|’ll| will)\\b|\\bI(?:'ll|’ll)\\s+(?:admit|say|bet|guess)\\b");
  private static final Pattern MENTION_REQUEST = Pattern.compile("(?i)" + M
      + "[\\s,:]*(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?|please\\s+"
      + "|(?:needs?|has|have)\\s+to\\s+|to\\s+(?=\\w+\\s)|is going to\\s+)");
  private static final Pattern REQUEST_THEN_MENTION = Pattern.compile(
      "(?i)^\\W*(?:(?:can|could|would)\\s+you\\s+(?:please\\s+)?|please\\s+).+" + M);
  private static final Pattern PLAIN_REQUEST = Pattern.compile(
      "(?i)^\\W*(?:(?:can|could|would)\\s+(?:you|someone|somebody|anyone)\\s+(?:please\\s+)?"
          + "(?!believe|imagine|tell if|see why|explain why)"
          + "|would you mind\\s+|please\\s+(?=\\w+\\s))");
  private static final Pattern OWNER_LABEL = Pattern.compile("(?i)\\b(?:owner|assignee|assigned to)"
      + "\\s*[:\\-]?\\s*" + M);
  private static final Pattern TAKING_IT = Pattern.compile("(?i)^\\W*(?:on it|will do|can do"
      + "|i(?:'ve| have)? got (?:it|this)|i'?ll (?:do|take|handle) (?:it|that|this)|sure|yes|yep"
      + "|ok|okay|done)\\b");
  private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:\\s*" + M + "[\\s,:]*)+");
  private static final Pattern REQUEST_WORDS = Pattern.compile(
      "(?i)^\\W*(?:(?:can|could|would|will)\\s+(?:you|someone|somebody|anyone)\\s+(?:please\\s+)?"
          + "|would you mind\\s+|please\\s+|(?:needs?|has|have)\\s+to\\s+|to\\s+|should\\s+"
          + "|is going to\\s+)");
  private static final Pattern TRAILING = Pattern.compile(
      "(?i)[\\s,]*(?:please|thanks|thank you|thx|pls|plz)?[\\s?!.]*$");
  private static final Pattern TAKES_WHAT_WAS_ASKED = Pattern.compile(
      "(?i)^(?:have|get|do|send|finish|handle|take)?\\s*(?:it|that|this|them|those)\\b");
  private static final int TAKE_WINDOW = 2;
  private static final CueHints COMMITMENT_HINTS =
      CueHints.of("i'", "i will", "i shall", "i am", "i can", "i volunteer");
  private static final CueHints OWNER_HINTS = CueHints.of("owner", "assign");
  private static final CueHints REQUEST_HINTS =
      CueHints.of("you", "please", "someone", "somebody", "anyone");

  private ActionItemDetector() {}

  static List<Detection<ActionItem>> detect(PreparedConversation conversation) {
    List<Detection<ActionItem>> found = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (Sentence s : conversation.sentences()) {
      if (s.smallTalk()) {
        continue;
      }
      Optional<ActionItem> item = labelled(s)
          .or(() -> requestToMention(s))
          .or(() -> commitment(s))
          .or(() -> plainRequest(conversation, s));
      item.filter(a -> !a.text().isBlank() && texts.add(a.text().toLowerCase(Locale.ROOT)))
          .ifPresent(a -> found.add(Detection.of(a, s.index())));
    }
    return found;
  }

  private static Optional<ActionItem> labelled(Sentence s) {
    Matcher label = LABEL.matcher(s.text());
    if (!label.find()) {
      if (!OWNER_HINTS.mayMatch(s.text())) {
        return Optional.empty();
      }
      Matcher owner = OWNER_LABEL.matcher(s.text());
      return owner.find() ? Optional.of(item(owner.group(1), s.text(), s)) : Optional.empty();
    }
    String rest = s.text().substring(label.end());
    List<String> mentioned = SlackText.userIds(rest);
    String owner = !mentioned.isEmpty() ? mentioned.get(0)
        : rest.matches("(?i)^I\\b.*") ? s.user() : null;
    return Optional.of(item(owner, phrase(rest), s));
  }

  private static Optional<ActionItem> requestToMention(Sentence s) {
    if (s.text().indexOf('<') < 0) {
      return Optional.empty();
    }
    Matcher m = MENTION_REQUEST.matcher(s.text());
    if (m.find()) {
      return Optional.of(item(m.group(1), phrase(s.text().substring(m.start())), s));
    }
    Matcher late = REQUEST_THEN_MENTION.matcher(s.text());
    if (late.find()) {
      String text = s.text().replace("<@" + late.group(1) + ">", " ").replaceAll("\\s+", " ");
      return Optional.of(item(late.group(1), phrase(text), s));
    }
    return Optional.empty();
  }

  private static Optional<ActionItem> commitment(Sentence s) {
    if (s.isQuestion() || !COMMITMENT_HINTS.mayMatch(s.text())
        || NOT_A_TASK.matcher(s.text()).find()) {
      return Optional.empty();
    }
    Matcher m = COMMITMENT.matcher(s.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = s.text().substring(m.end());
    if (Terms.content(rest).isEmpty() || TAKES_WHAT_WAS_ASKED.matcher(rest).find()) {
      return Optional.empty(); // "I'll do it", "I'll have it done by Monday": the request is listed
    }
    String verb = m.group().strip().toLowerCase().matches(".*\\b(?:take|handle|own|grab|do)$")
        ? m.group().strip().replaceAll("(?i)^I(?:'ll|’ll| will| can)?\\s+", "") + " "
        : "";
    return Optional.of(item(s.user(), phrase(verb + rest), s));
  }

  private static Optional<ActionItem> plainRequest(PreparedConversation c, Sentence s) {
    if (!REQUEST_HINTS.mayMatch(s.text()) || !PLAIN_REQUEST.matcher(s.text()).find()
        || s.terms().size() < 2) {
      return Optional.empty();
    }
    return Optional.of(item(takenBy(c, s), phrase(s.text()), s));
  }

  /** Whoever answers the request at once with "on it" or "will do" owns it. */
  private static String takenBy(PreparedConversation c, Sentence s) {
    for (int i : c.following(s.messageIndex(), TAKE_WINDOW)) {
      Message reply = c.messages().get(i);
      if (reply.user() == null || reply.user().equals(s.user())) {
        continue;
      }
      String plain = SlackMarkup.toPlainText(reply.text());
      if (TAKING_IT.matcher(plain).find() && Terms.content(plain).size() <= 3) {
        return reply.user();
      }
      return null;
    }
    return null;
  }

  private static ActionItem item(String owner, String text, Sentence s) {
    return new ActionItem(owner, text, DueDates.find(s.text()).orElse(null), List.of(s.ts()));
  }

  /** "<@U2> can you update the runbook by Friday?" → "Update the runbook by Friday". */
  static String phrase(String text) {
    String t = LEADING_MENTIONS.matcher(text.strip()).replaceFirst("");
    t = LABEL.matcher(t).replaceFirst("");
    t = REQUEST_WORDS.matcher(t).replaceFirst("");
    t = TRAILING.matcher(t).replaceFirst("");
    return Sentences.capitalize(t);
  }
}
