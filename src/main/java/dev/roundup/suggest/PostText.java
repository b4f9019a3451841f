package dev.roundup.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's words as the detector compares them: lower-cased, Slack markup reduced to what it names,
 * numbers folded (so "week 46" and "week 47" are the same words), without the words every sentence
 * has. Knows whether a post reads like a reminder and whether it is only small talk.
 */
final class PostText {

  private static final Pattern MARKUP = Pattern.compile("<([^>|]*)(?:\\|([^>]*))?>");

  private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "to", "of", "in", "on",
      "at", "for", "is", "are", "be", "by", "it", "this", "that", "with", "your", "you", "our", "we",
      "i", "me", "my", "all", "from", "as", "if", "so", "do", "pls", "please", "its", "it's", "will",
      "can", "just", "any", "up", "here", "there");

  /** Words a reminder is made of; they say it is a reminder, not what it is about. */
  private static final Set<String> CUES = Set.of("reminder", "remind", "reminding", "friendly",
      "don't", "dont", "forget", "due", "submit", "submitted", "deadline", "heads", "today", "tonight",
      "tomorrow", "eod", "before", "make", "sure");
  private static final Pattern REMINDER = Pattern.compile(
      "^(?:\\W*)(?:friendly\\s+)?(?:reminder|heads[ -]up|don'?t forget|please submit|quick reminder)"
          + "|\\b(?:is|are) due\\b|\\bdue (?:today|tomorrow|tonight|by|at|this)\\b|\\bdeadline\\b"
          + "|\\bdon'?t forget\\b|\\bplease (?:submit|fill|update|send|log|add)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Greetings, thanks and acknowledgements: said every day, never worth a task. */
  private static final Set<String> SMALL_TALK = Set.of("hi", "hello", "hey", "morning", "good",
      "evening", "afternoon", "night", "everyone", "team", "folks", "all", "y'all", "thanks", "thank",
      "thx", "ty", "cheers", "lgtm", "sgtm", "ok", "okay", "sure", "yes", "yep", "no", "nope", "done",
      "great", "nice", "cool", "awesome", "bye", "later", "see", "ya", "have", "a", "an", "the", "you",
      "weekend", "day", "lunch", "coffee", "back", "brb", "afk", "off", "out", "happy", "friday",
      "monday", "welcome", "congrats", "agreed", "sounds", "works", "me", "for", "to", "i'm", "im",
      "am", "heading", "logging", "signing", "gm", "gn", "wfh", "today", "wonderful", "sunny");

  private final List<String> words;
  /**
   * What the post is about, the words compared: its content words without the words reminders are
   * made of (stemmed), or every word of a post that has nothing else.
   */
  private final int[] topic;
  private final boolean reminder;

  private PostText(List<String> words, Set<String> topic, boolean reminder) {
    this.words = words;
    // Sorted hash codes: comparing thousands of posts pairwise stays cheap.
    this.topic = topic.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
    this.reminder = reminder;
  }

  static PostText of(String text) {
    String plain = unmark(text == null ? "" : text).toLowerCase(Locale.ROOT);
    List<String> words = words(plain);
    Set<String> content = new HashSet<>();
    for (String w : words) {
      if (!STOP.contains(w)) {
        content.add(w);
      }
    }
    Set<String> topic = withoutCues(content);
    return new PostText(List.copyOf(words), stems(topic.isEmpty() ? new HashSet<>(words) : topic),
        REMINDER.matcher(plain).find());
  }

  /** Runs of letters and digits (apostrophes inside kept), each run of digits folded to "0". */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inDigits = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        if (!inDigits) {
          word.append('0');
        }
        inDigits = true;
      } else if (Character.isLetter(c) || c == '\'' && word.length() > 0) {
        word.append(c);
        inDigits = false;
      } else {
        flush(word, out);
        inDigits = false;
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private static Set<String> stems(Set<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(stem(w)));
    return Set.copyOf(out);
  }

  /**
   * A light stem, enough for people's rewording ("booking"/"book", "week's"/"week", "closes"/
   * "close"): a possessive and one common ending come off longer words.
   */
  static String stem(String word) {
    String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Slack markup reduced to its label: "<https://x|the doc>" → "the doc", "<@U1>" → "U1". */
  private static String unmark(String text) {
    Matcher m = MARKUP.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inside = m.group(2) != null ? m.group(2) : m.group(1).replaceFirst("^[@#!]", "");
      m.appendReplacement(out, Matcher.quoteReplacement(" " + inside + " "));
    }
    m.appendTail(out);
    return out.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
  }

  /** Reads like a reminder ("Reminder: …", "… is due", "don't forget …") and says about what. */
  boolean reminderLike() {
    return reminder;
  }

  /** Only greetings, thanks, "lgtm", "back from lunch": a person's voice, not a task. */
  boolean smallTalk() {
    return words.isEmpty() || SMALL_TALK.containsAll(words);
  }

  /**
   * How alike two posts are, from 0 to 1: the share of their topic words they have in common
   * (Jaccard). The words reminders are made of do not count, so "Reminder: timesheets due at 5pm"
   * and "Don't forget your timesheets, 5pm" are about the same thing.
   */
  static double similarity(PostText a, PostText b) {
    return jaccard(a.topic, b.topic);
  }

  /** Whether the two posts say the same thing (see {@link #similarity}). */
  static boolean same(PostText a, PostText b) {
    return similarity(a, b) >= (a.reminder && b.reminder ? REMINDER_THRESHOLD : THRESHOLD);
  }

  /** Posts must share most of their topic; two that both read as reminders, a good part of it. */
  static final double THRESHOLD = 0.6;
  static final double REMINDER_THRESHOLD = 0.4;

  private static Set<String> withoutCues(Set<String> words) {
    Set<String> out = new HashSet<>(words);
    out.removeAll(CUES);
    return Set.copyOf(out);
  }

  /** Jaccard of two sorted, distinct arrays. */
  private static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
