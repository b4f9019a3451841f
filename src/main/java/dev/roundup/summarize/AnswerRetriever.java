package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the messages of a conversation that bear on a question: BM25 over each message, plus a
 * share of its thread parent's score (a reply "I'll ask them Friday" is about what its thread is
 * about), more for what the people the question names said. Also says how much of the question
 * a set of messages covers: the share of the question's term weight (idf) they contain, which is
 * what tells an answer from a near miss.
 */
final class AnswerRetriever {

  /** A reply inherits this share of its thread parent's score. */
  private static final double PARENT_SHARE = 0.3;
  /** What a message by someone the question names is worth, relative to its text's score. */
  private static final double NAMED_AUTHOR_BOOST = 1.5;

  /** How many messages after a question its answer may come, in its scope. */
  private static final int ANSWER_WITHIN = 3;

  /** One message found, its score and the question terms it (or its thread parent) contains. */
  record Hit(int index, Message message, double score, Set<String> matched, boolean byNamed) {}

  private final Conversation conversation;
  private final TextAnalysis analysis;
  private final MessageIndex index;
  private final Map<String, Integer> indexOfTs = new HashMap<>();
  private Map<String, List<Integer>> scopes;
  private int[] positionInScope;

  AnswerRetriever(Conversation conversation, TextAnalysis analysis) {
    this.conversation = conversation;
    this.analysis = analysis;
    this.index = new MessageIndex(conversation.messages(), analysis);
    List<Message> messages = conversation.messages();
    for (int i = 0; i < messages.size(); i++) {
      indexOfTs.put(messages.get(i).ts(), i);
    }
  }

  Conversation conversation() {
    return conversation;
  }

  /** How the conversation's text is cut into words and terms. */
  TextAnalysis analysis() {
    return analysis;
  }

  /** The best {@code limit} messages for the question, best first; none that share nothing. */
  List<Hit> rank(QuestionTerms question, int limit) {
    List<Message> messages = conversation.messages();
    double[] own = index.scores(question.terms());
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      int parent = parentOf(m);
      double score = own[i] + (parent >= 0 ? PARENT_SHARE * own[parent] : 0);
      boolean byNamed = named(question, m);
      if (byNamed) {
        // A question about what someone said: their messages, however few of its words they use.
        score = score * NAMED_AUTHOR_BOOST + (question.terms().isEmpty() ? 1 : 0.5);
      }
      if (score <= 0) {
        continue;
      }
      Set<String> matched = new LinkedHashSet<>();
      for (String term : question.terms()) {
        if (index.contains(i, term) || parent >= 0 && index.contains(parent, term)) {
          matched.add(term);
        }
      }
      hits.add(new Hit(i, m, score, matched, byNamed));
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::index));
    return hits.size() <= limit ? hits : List.copyOf(hits.subList(0, limit));
  }

  /**
   * How much of the question the messages cover, in [0, 1]: the idf weight of the terms they
   * contain over the weight of all its terms; a named person counts as one more term, as heavy
   * as the heaviest, covered by a message of theirs.
   */
  double coverage(Collection<Hit> hits, QuestionTerms question) {
    double total = 0;
    double covered = 0;
    double heaviest = 0;
    Set<String> matched = new LinkedHashSet<>();
    boolean byNamed = false;
    for (Hit hit : hits) {
      matched.addAll(hit.matched());
      byNamed |= hit.byNamed();
    }
    for (String term : question.terms()) {
      double idf = index.idf(term);
      heaviest = Math.max(heaviest, idf);
      total += idf;
      if (matched.contains(term)) {
        covered += idf;
      }
    }
    if (!question.people().isEmpty()) {
      double weight = heaviest > 0 ? heaviest : 1;
      total += weight;
      covered += byNamed ? weight : 0;
    }
    return total == 0 ? 0 : covered / total;
  }

  /** The stemmed content terms of some text, cut as the conversation's messages are. */
  Set<String> termsOf(String text) {
    return new java.util.HashSet<>(analysis.terms(text));
  }

  /** Whether any message uses the term. */
  boolean isUsed(String term) {
    return index.documentFrequency(term) > 0;
  }

  /**
   * The message and up to {@code each} messages either side of it in its scope — its thread, or
   * the top-level messages — with its thread parent: a stretch of the conversation around it.
   */
  List<Integer> stretch(int message, int each) {
    List<Integer> scope = scopes().get(scopeOf(conversation.messages().get(message)));
    int at = positionInScope[message];
    List<Integer> out = new ArrayList<>(scope.subList(Math.max(0, at - each),
        Math.min(scope.size(), at + each + 1)));
    int parent = parentOf(conversation.messages().get(message));
    if (parent >= 0 && !out.contains(parent)) {
      out.add(parent);
    }
    return out;
  }

  private Map<String, List<Integer>> scopes() {
    if (scopes == null) {
      Map<String, List<Integer>> built = new HashMap<>();
      positionInScope = new int[conversation.size()];
      List<Message> messages = conversation.messages();
      for (int i = 0; i < messages.size(); i++) {
        List<Integer> scope = built.computeIfAbsent(scopeOf(messages.get(i)), k -> new ArrayList<>());
        positionInScope[i] = scope.size();
        scope.add(i);
      }
      scopes = built;
    }
    return scopes;
  }

  /** A thread is one scope; the top-level messages without replies share another. */
  private static String scopeOf(Message m) {
    return m.threadTs() == null ? "" : m.threadTs();
  }

  /** The idf of a term in this conversation (higher is rarer). */
  double idf(String term) {
    return index.idf(term);
  }

  /** Of the terms a hit matched, those in its own text (not only in its thread parent's). */
  Set<String> ownMatches(int message, Collection<String> matched) {
    Set<String> own = new LinkedHashSet<>();
    for (String term : matched) {
      if (index.contains(message, term)) {
        own.add(term);
      }
    }
    return own;
  }

  /**
   * The messages that may answer a question, nearest first: its replies by someone else when it
   * opens a thread, else the next few messages of its scope (its thread, or the top-level
   * messages) by someone else. The asker adding to their question ("…especially Northwind") is
   * not an answer.
   */
  List<Integer> answersTo(int question) {
    List<Message> messages = conversation.messages();
    Message q = messages.get(question);
    List<Integer> out = new ArrayList<>();
    if (!q.isThreadReply()) {
      for (int i = question + 1; i < messages.size() && out.size() < ANSWER_WITHIN; i++) {
        Message m = messages.get(i);
        if (m.isThreadReply() && q.ts().equals(m.threadTs()) && !Objects.equals(m.user(), q.user())) {
          out.add(i);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    List<Integer> scope = scopes().get(scopeOf(q));
    for (int at = positionInScope[question] + 1; at < scope.size()
        && at <= positionInScope[question] + ANSWER_WITHIN; at++) {
      if (!Objects.equals(messages.get(scope.get(at)).user(), q.user())) {
        out.add(scope.get(at));
      }
    }
    return out;
  }

  /** Index of the message's thread parent in the conversation, or -1. */
  int parentOf(Message m) {
    if (!m.isThreadReply()) {
      return -1;
    }
    return indexOfTs.getOrDefault(m.threadTs(), -1);
  }

  private static boolean named(QuestionTerms question, Message m) {
    if (question.people().isEmpty()) {
      return false;
    }
    if (m.user() != null && question.people().contains(m.user())) {
      return true;
    }
    return false;
  }
}
