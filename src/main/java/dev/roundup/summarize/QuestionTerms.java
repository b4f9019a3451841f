package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question looks for: its content terms (stemmed as the conversation's messages are), the
 * people it names (by mention or by display name, matched against the conversation's authors),
 * and what kind of answer it wants — a decision ("what did we decide about…"), who is on it
 * ("who is checking with legal?"), or anything said. Words that only say how to ask ("summarize
 * the discussion about", "what did … think") are not content: no message need contain them.
 */
final class QuestionTerms {

  /** What kind of answer the question wants. */
  enum Intent { DECISION, OWNER, ANY }

  /** Words about the asking, not the topic (matched after stemming). */
  private static final List<String> ASKING = List.of("summarize", "summarise", "summary",
      "discuss", "discussed", "discussion", "discussing", "talk", "talked", "talking", "mention",
      "mentioned", "tell", "explain", "describe", "anyone", "someone", "anybody", "somebody",
      "everyone", "channel", "thread", "conversation", "chat", "meeting", "opinion", "opinions",
      "thought", "thoughts", "view", "views", "idea", "ideas", "happen", "happened", "please",
      "roundup", "regarding", "concerning", "group", "team");
  private static final List<String> DECIDING = List.of("decide", "decided", "decision",
      "decisions", "agree", "agreed", "agreement", "conclude", "concluded", "conclusion",
      "settle", "settled", "choose", "chose", "chosen", "pick", "picked", "outcome", "final");
  private static final List<String> OWNING = List.of("own", "owns", "owner", "owning",
      "responsible", "charge", "handle", "handles", "handling", "assigned", "assignee",
      "doing", "taking", "working");

  /** Words between "who" and its verb: "who will flip", "who is booking", "who has restarted". */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will",
      "would", "can", "could", "should", "has", "have", "had", "did", "does", "do", "s", "ll",
      "going", "gonna", "to", "va", "est", "a", "vont", "wird", "hat", "ist", "kann", "vai",
      "está", "vamos", "es", "é");

  private final List<String> terms;
  private final Set<String> people;
  private final Intent intent;
  private final AskedFor asked;
  private final String verb;

  private QuestionTerms(List<String> terms, Set<String> people, Intent intent, AskedFor asked,
      String verb) {
    this.terms = terms;
    this.people = people;
    this.intent = intent;
    this.asked = asked;
    this.verb = verb;
  }

  /**
   * @param names display names of the conversation's people by user id: a question naming one
   *              ("what did Barry Hughes think…") looks for what that person said
   */
  static QuestionTerms of(String question, TextAnalysis analysis, Map<String, String> names) {
    String text = question == null ? "" : question;
    Set<String> people = new LinkedHashSet<>();
    Matcher mention = SlackText.USER.matcher(text);
    while (mention.find()) {
      people.add(mention.group(1));
    }
    String lower = " " + SlackText.USER.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}'’]+", " ") + " ";
    // Longest names first, so "Ann Lee" is taken before "Ann".
    List<Map.Entry<String, String>> byLength = new ArrayList<>(names.entrySet());
    byLength.sort((a, b) -> Integer.compare(b.getValue().length(), a.getValue().length()));
    for (Map.Entry<String, String> name : byLength) {
      String wanted = " " + name.getValue().toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}'’]+", " ").strip() + " ";
      if (wanted.isBlank() || wanted.length() < 4) {
        continue;
      }
      int at = lower.indexOf(wanted);
      if (at >= 0) {
        people.add(name.getKey());
        lower = lower.substring(0, at) + " " + lower.substring(at + wanted.length() - 1);
      }
    }
    List<String> words = analysis.words(lower);
    AskedFor asked = AskedFor.of(text);
    Set<String> kindWords = stems(analysis, List.copyOf(asked.askingWords(words)));
    Set<String> asking = stems(analysis, ASKING);
    Set<String> deciding = stems(analysis, DECIDING);
    Set<String> owning = stems(analysis, OWNING);
    Intent intent = AnswerShape.asksWho(text) ? Intent.OWNER : Intent.ANY;
    Set<String> content = new LinkedHashSet<>();
    for (String term : analysis.terms(lower, words)) {
      if (deciding.contains(term)) {
        intent = Intent.DECISION;
      } else if (owning.contains(term)) {
        intent = intent == Intent.DECISION ? intent : Intent.OWNER;
      } else if (!asking.contains(term) && !kindWords.contains(term)) {
        content.add(term);
      }
    }
    return new QuestionTerms(List.copyOf(content), Set.copyOf(people), intent, asked,
        whoVerb(text, words, analysis, content));
  }

  /**
   * The verb a "who …?" asks about, stemmed: the word right after "who" and its auxiliaries
   * ("who will flip the flag?" — flip; "qui réserve l'hôtel ?" — réserv), when it is one of the
   * question's content terms; null for any other question, or "who is the owner of …?".
   */
  private static String whoVerb(String question, List<String> words, TextAnalysis analysis,
      Set<String> content) {
    if (!AnswerShape.asksWho(question)) {
      return null;
    }
    int i = 0;
    while (i < words.size() && !AnswerShape.asksWho(words.get(i))) {
      i++;
    }
    i++;
    while (i < words.size() && AUXILIARIES.contains(words.get(i))) {
      i++;
    }
    if (i >= words.size()) {
      return null;
    }
    List<String> stem = analysis.terms(words.get(i), List.of(words.get(i)));
    return stem.size() == 1 && content.contains(stem.get(0)) ? stem.get(0) : null;
  }

  /** The same question looking only for these of its terms (a question in another language). */
  QuestionTerms withTerms(List<String> kept) {
    return new QuestionTerms(List.copyOf(kept), people, intent, asked,
        kept.contains(verb) ? verb : null);
  }

  private static Set<String> stems(TextAnalysis analysis, List<String> words) {
    Set<String> out = new java.util.HashSet<>();
    for (String word : words) {
      out.addAll(analysis.terms(word, List.of(word)));
      out.add(word);
    }
    return out;
  }

  /** Stemmed content terms, without repeats, in the order asked. */
  List<String> terms() {
    return terms;
  }

  /** User ids of the people the question names. */
  Set<String> people() {
    return people;
  }

  Intent intent() {
    return intent;
  }

  /** What kind of answer the question's form asks for (a time, a place, a value, a list). */
  AskedFor asked() {
    return asked;
  }

  /** For "who …?", the stemmed verb asked about ("flip"), or null. */
  String verb() {
    return verb;
  }

  /** Nothing to look for: no content term and no person. */
  boolean isEmpty() {
    return terms.isEmpty() && people.isEmpty();
  }
}
