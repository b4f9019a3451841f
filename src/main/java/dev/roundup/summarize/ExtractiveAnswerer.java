package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in answerer: offline, no model. Sets aside what talks to the bot (never searched,
 * never quoted), finds the messages that bear on the question ({@link AnswerRetriever}), and
 * answers only when they cover enough of it; then leads with the best sentence, said by whoever
 * said it — or, for "what did we decide…", the decision the detectors find among those messages,
 * and for "who is…", the action item and its owner. The messages it rests on are quoted briefly.
 * A question nothing in the conversation covers is answered "not found", with nothing cited.
 */
public final class ExtractiveAnswerer implements Answerer {

  /** Messages quoted under an answer, at most. */
  public static final int MAX_QUOTES = 3;
  /** Longest quote of one message. */
  static final int QUOTE_CHARS = 240;
  /** Longest lead sentence. */
  private static final int LEAD_CHARS = 300;
  /** Messages the detectors look around when a question asks for a decision or an owner. */
  private static final int NEIGHBOURHOOD_SEEDS = 20;
  private static final int FOLLOWING = 6;
  private static final int PRECEDING = 2;
  /** Conversations longer than this are searched for decisions among the best matches only. */
  private static final int WHOLE_CONVERSATION_DETECTION = 2_000;

  /**
   * Share of the question's terms the conversation must use somewhere: a question about something
   * never said here is not answered from what happens to share a word or two with it.
   */
  static final double PRESENT_TERMS = 0.6;
  /** Share of the question's weight the best message (with its thread parent) covers on its own… */
  static final double BEST_COVERAGE = 0.35;
  /** …or the best stretch of conversation around one of the best messages covers together. */
  static final double STRETCH_COVERAGE = 0.5;
  /** Messages either side of a match, in its thread (or among top-level messages), in a stretch. */
  private static final int STRETCH = 3;

  @Override
  public Answer answer(Conversation conversation, String question) {
    AddressedToBot.Content content = AddressedToBot.split(conversation);
    Conversation said = content.conversation();
    Summary.Stats stats = new Summary.Stats(said.size(), said.participants().size())
        .withAddressedToBot(content.ignored());
    if (said.isEmpty()) {
      return Answer.notFound(NOT_FOUND, stats);
    }
    String language = LanguageDetector.code(said.messages());
    Answer notFound = Answer.notFoundIn(language, stats);
    TextAnalysis analysis = TextAnalysis.of(language);
    QuestionTerms terms = QuestionTerms.of(question, analysis, said.names());
    AnswerRetriever retriever = new AnswerRetriever(said, analysis);
    if (terms.isEmpty()) {
      return detected(said, terms, retriever, allMessages(said), stats)
          .orElse(notFound);
    }
    Cues cues = Cues.of(language);
    List<AnswerRetriever.Hit> all = answering(said, retriever.rank(terms, Integer.MAX_VALUE),
        terms, retriever, language, cues);
    if (!covered(retriever, all, terms)) {
      return notFound;
    }
    List<AnswerRetriever.Hit> hits = all.subList(0, Math.min(NEIGHBOURHOOD_SEEDS, all.size()));
    if (terms.intent() != QuestionTerms.Intent.ANY) {
      List<Integer> around = neighbourhood(said, retriever, hits);
      java.util.Optional<Answer> found = detected(said, terms, retriever, around, stats);
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (terms.intent() == QuestionTerms.Intent.OWNER) {
      // "Who …?" the detectors found no owner for: only a message whose answering sentence says
      // who — names someone or a team, or its author speaking of themselves — can answer it.
      hits = hits.stream().filter(h -> AnswerShape.namesSomeone(
          bestSentence(h.message(), terms, retriever, language, cues), said.names(), question, language))
          .toList();
      if (hits.isEmpty() || !covered(retriever, hits, terms)) {
        return notFound;
      }
    }
    List<AnswerRetriever.Hit> evidence = evidence(retriever, hits, terms);
    List<Answer.Quote> quotes = new ArrayList<>();
    for (AnswerRetriever.Hit hit : evidence) {
      quotes.add(quote(hit.message(), terms, retriever, language, cues));
    }
    return new Answer(lead(evidence, terms, retriever, language, cues), true, quotes, stats, null,
        language);
  }

  /**
   * The hits that can answer: never a message that only asks (it may be the very question asked
   * again, unanswered). An answer to a question that shares no word with it (the question "did
   * anyone tell the customers?", the answer "yes, I emailed them") takes the question's words: the
   * first of the next few messages by someone else (its replies, when it opens a thread) that
   * reads as a reply to it ({@link AnswerShape#replies}) or itself uses a word of what is asked
   * now ("What about Kryptonite?" — "Oh." — "… we need to find the cost", asked "what was the
   * cost of Kryptonite?"). A reply to a thread parent that only asks keeps the parent's words only
   * when it reads as a reply to it: an unanswered question does not lend its words to the
   * unrelated replies of its thread.
   */
  static List<AnswerRetriever.Hit> answering(Conversation said, List<AnswerRetriever.Hit> hits,
      QuestionTerms terms, AnswerRetriever retriever, String language, Cues cues) {
    List<Message> messages = said.messages();
    Map<Integer, Boolean> asks = new HashMap<>();
    java.util.function.IntPredicate onlyAsks = i -> asks.computeIfAbsent(i,
        k -> AnswerShape.onlyAsks(messages.get(k), language, cues));
    Map<Integer, AnswerRetriever.Hit> byIndex = new HashMap<>();
    hits.forEach(h -> byIndex.put(h.index(), h));
    Map<Integer, AnswerRetriever.Hit> out = new HashMap<>();
    for (AnswerRetriever.Hit hit : hits) {
      if (onlyAsks.test(hit.index())) {
        int answer = -1;
        for (int candidate : retriever.answersTo(hit.index())) {
          if (!onlyAsks.test(candidate)
              && (AnswerShape.replies(messages.get(candidate), hit.message(), language, cues, retriever)
                  || !retriever.ownMatches(candidate, terms.terms()).isEmpty())) {
            answer = candidate;
            break;
          }
        }
        if (answer >= 0) {
          // The answer inherits what the question shares with what is asked now.
          AnswerRetriever.Hit own = out.get(answer);
          Set<String> matched = new LinkedHashSet<>(hit.matched());
          double score = hit.score();
          if (own != null) {
            matched.addAll(own.matched());
            score = Math.max(score, own.score());
          } else if (byIndex.containsKey(answer)) {
            matched.addAll(byIndex.get(answer).matched());
            score = Math.max(score, byIndex.get(answer).score());
          }
          boolean byNamed = own != null ? own.byNamed()
              : byIndex.containsKey(answer) && byIndex.get(answer).byNamed();
          out.put(answer, new AnswerRetriever.Hit(answer, messages.get(answer), score, matched,
              byNamed));
        }
        continue;
      }
      int parent = retriever.parentOf(hit.message());
      AnswerRetriever.Hit kept = hit;
      if (parent >= 0 && onlyAsks.test(parent)
          && !AnswerShape.replies(hit.message(), messages.get(parent), language, cues, retriever)) {
        Set<String> own = retriever.ownMatches(hit.index(), hit.matched());
        if (own.isEmpty() && !hit.byNamed()) {
          continue;
        }
        kept = new AnswerRetriever.Hit(hit.index(), hit.message(), hit.score(), own, hit.byNamed());
      }
      AnswerRetriever.Hit already = out.get(kept.index());
      if (already != null) {
        Set<String> matched = new LinkedHashSet<>(already.matched());
        matched.addAll(kept.matched());
        kept = new AnswerRetriever.Hit(kept.index(), kept.message(),
            Math.max(kept.score(), already.score()), matched, kept.byNamed() || already.byNamed());
      }
      out.put(kept.index(), kept);
    }
    List<AnswerRetriever.Hit> ranked = new ArrayList<>(out.values());
    ranked.sort(Comparator.comparingDouble(AnswerRetriever.Hit::score).reversed()
        .thenComparingInt(AnswerRetriever.Hit::index));
    return ranked;
  }

  /**
   * The messages that bear most on the question, best first, ts of each: what the answer is
   * chosen from. Questions are kept here — for the LLM answerer's prompt a question is the context
   * of its answer — and only {@link #answer} sets aside those that cannot answer. For the eval's
   * retrieval figures and for the LLM answerer's prompt.
   */
  public static List<String> retrieve(Conversation conversation, String question, int limit) {
    Conversation said = AddressedToBot.split(conversation).conversation();
    if (said.isEmpty()) {
      return List.of();
    }
    TextAnalysis analysis = TextAnalysis.of(LanguageDetector.code(said.messages()));
    QuestionTerms terms = QuestionTerms.of(question, analysis, said.names());
    return new AnswerRetriever(said, analysis).rank(terms, limit).stream()
        .map(h -> h.message().ts()).toList();
  }

  /**
   * Whether the conversation answers the question: enough of its terms are used here at all, and
   * one message — or a short stretch of its thread around one of the best messages — covers
   * enough of its weight. (Thresholds chosen on QMSum, see docs/EVAL.md: about three in four
   * questions answered from their own meeting, nearly none from a meeting of another corpus.)
   */
  static boolean covered(AnswerRetriever retriever, List<AnswerRetriever.Hit> hits,
      QuestionTerms terms) {
    if (hits.isEmpty()) {
      return false;
    }
    if (!terms.terms().isEmpty()) {
      long present = terms.terms().stream().filter(retriever::isUsed).count();
      if ((double) present / terms.terms().size() < PRESENT_TERMS) {
        return false;
      }
    }
    if (retriever.coverage(List.of(hits.get(0)), terms) >= BEST_COVERAGE) {
      return true;
    }
    Map<Integer, AnswerRetriever.Hit> byIndex = new HashMap<>();
    hits.forEach(h -> byIndex.put(h.index(), h));
    for (AnswerRetriever.Hit hit : hits.subList(0, Math.min(NEIGHBOURHOOD_SEEDS, hits.size()))) {
      List<AnswerRetriever.Hit> stretch = new ArrayList<>();
      for (int i : retriever.stretch(hit.index(), STRETCH)) {
        AnswerRetriever.Hit other = byIndex.get(i);
        if (other != null) {
          stretch.add(other);
        }
      }
      if (retriever.coverage(stretch, terms) >= STRETCH_COVERAGE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The best hit, then others that are nearly as good or cover what it does not, up to
   * {@link #MAX_QUOTES}; one per message.
   */
  private static List<AnswerRetriever.Hit> evidence(AnswerRetriever retriever,
      List<AnswerRetriever.Hit> hits, QuestionTerms terms) {
    List<AnswerRetriever.Hit> chosen = new ArrayList<>();
    AnswerRetriever.Hit best = hits.get(0);
    chosen.add(best);
    Set<String> covered = new LinkedHashSet<>(best.matched());
    for (AnswerRetriever.Hit hit : hits.subList(1, hits.size())) {
      if (chosen.size() >= MAX_QUOTES) {
        break;
      }
      boolean strong = hit.score() >= 0.5 * best.score();
      boolean addsTerms = !covered.containsAll(hit.matched()) && hit.score() >= 0.3 * best.score();
      if (strong || addsTerms) {
        chosen.add(hit);
        covered.addAll(hit.matched());
      }
    }
    return chosen;
  }

  /** One or two sentences: the best sentence and who said it, and a second that adds to it. */
  private static String lead(List<AnswerRetriever.Hit> evidence, QuestionTerms terms,
      AnswerRetriever retriever, String language, Cues cues) {
    AnswerRetriever.Hit first = evidence.get(0);
    String lead = Attribution.said(first.message().user(),
        Sentences.truncate(bestSentence(first.message(), terms, retriever, language, cues), LEAD_CHARS));
    for (AnswerRetriever.Hit other : evidence.subList(1, evidence.size())) {
      if (!first.matched().containsAll(other.matched())) {
        String second = Attribution.said(other.message().user(), Sentences.truncate(
            bestSentence(other.message(), terms, retriever, language, cues), LEAD_CHARS));
        return withStop(lead) + " " + second;
      }
    }
    return lead;
  }

  private static String withStop(String sentence) {
    return sentence.matches("(?s).*[.!?…。！？]$") ? sentence : sentence + ".";
  }

  /**
   * The message quoted: the whole of a short one; of a long one, the sentence that answers with
   * the sentences around it, as many as fit in {@link #QUOTE_CHARS}. A quote shows the words as
   * written, filler sounds and all ({@link SpokenText} tidies only what Roundup says itself).
   */
  private static Answer.Quote quote(Message m, QuestionTerms terms, AnswerRetriever retriever,
      String language, Cues cues) {
    String plain = plain(m, language, false);
    if (plain.length() <= QUOTE_CHARS) {
      return new Answer.Quote(m.ts(), m.user(), plain);
    }
    List<String> sentences = AnswerShape.sentences(m, language, false);
    int best = bestSentenceIndex(sentences, terms, retriever, cues);
    if (best < 0) {
      return new Answer.Quote(m.ts(), m.user(), Sentences.truncate(plain, QUOTE_CHARS));
    }
    int from = best;
    int to = best;
    int length = sentences.get(best).length();
    boolean grew = true;
    while (grew) {
      grew = false;
      if (to + 1 < sentences.size() && length + 1 + sentences.get(to + 1).length() <= QUOTE_CHARS) {
        length += 1 + sentences.get(++to).length();
        grew = true;
      }
      if (from > 0 && length + 1 + sentences.get(from - 1).length() <= QUOTE_CHARS) {
        length += 1 + sentences.get(--from).length();
        grew = true;
      }
    }
    String text = String.join(" ", sentences.subList(from, to + 1));
    return new Answer.Quote(m.ts(), m.user(), Sentences.truncate(
        (from > 0 ? "… " : "") + text + (to < sentences.size() - 1 ? " …" : ""), QUOTE_CHARS + 4));
  }

  /** The whole message on one line, tidied or as written like {@link AnswerShape#sentences}. */
  private static String plain(Message m, String language, boolean tidy) {
    String own = LanguageDetector.messageCode(m.text(), language);
    return AnswerShape.text(m, own, tidy).replaceAll("\\s+", " ").strip();
  }

  /**
   * The sentence of the message that holds most of the question's weight (the first on ties); a
   * sentence that asks only when all of them do (a question is no answer).
   */
  static String bestSentence(Message m, QuestionTerms terms, AnswerRetriever retriever,
      String language, Cues cues) {
    List<String> sentences = AnswerShape.sentences(m, language, true);
    int best = bestSentenceIndex(sentences, terms, retriever, cues);
    return best < 0 ? plain(m, language, true) : sentences.get(best);
  }

  private static int bestSentenceIndex(List<String> sentences, QuestionTerms terms,
      AnswerRetriever retriever, Cues cues) {
    int best = -1;
    double bestWeight = -1;
    boolean allAsk = sentences.stream().allMatch(cues::isQuestion);
    for (int i = 0; i < sentences.size(); i++) {
      if (!allAsk && cues.isQuestion(sentences.get(i))) {
        continue;
      }
      Set<String> own = retriever.termsOf(sentences.get(i));
      double weight = 0;
      for (String term : terms.terms()) {
        if (own.contains(term)) {
          weight += retriever.idf(term);
        }
      }
      if (weight > bestWeight) {
        best = i;
        bestWeight = weight;
      }
    }
    return best;
  }

  /**
   * For a question about a decision or an owner: what the detectors find among these messages,
   * the item that shares most with the question first. Empty when they find nothing fitting.
   */
  private static java.util.Optional<Answer> detected(Conversation said, QuestionTerms terms,
      AnswerRetriever retriever, List<Integer> indices, Summary.Stats stats) {
    if (terms.intent() == QuestionTerms.Intent.ANY || indices.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<Message> messages = said.messages();
    Conversation part = said.withMessages(indices.stream().map(messages::get).toList());
    PreparedConversation prepared = new PreparedConversation(part);
    Map<String, Message> byTs = new HashMap<>();
    part.messages().forEach(m -> byTs.put(m.ts(), m));
    record Candidate(String lead, List<String> sources, double weight, int order) {}
    List<Candidate> candidates = new ArrayList<>();
    if (terms.intent() == QuestionTerms.Intent.DECISION) {
      for (Detection<Point> d : DecisionDetector.detect(prepared)) {
        Sentence by = prepared.sentences().get(d.saidBy());
        candidates.add(new Candidate(Attribution.said(by.user(), d.value().text()),
            d.value().sources(), weight(d.value().sources(), byTs, terms, retriever), d.saidBy()));
      }
    } else {
      for (Detection<ActionItem> d : ActionItemDetector.detect(prepared)) {
        ActionItem item = d.value();
        String lead = (item.owner() == null ? "" : "<@" + item.owner() + ">: ")
            + Sentences.capitalize(item.text())
            + (item.due() == null ? "" : " (due " + item.due() + ")");
        double w = weight(item.sources(), byTs, terms, retriever);
        if (item.owner() != null && terms.people().contains(item.owner())) {
          w += 1;
        }
        candidates.add(new Candidate(lead, item.sources(), w, d.saidBy()));
      }
    }
    boolean needsMatch = !terms.isEmpty();
    // Best match first; among equals, the latest (a later decision supersedes an earlier one).
    Candidate best = candidates.stream()
        .filter(c -> !needsMatch || c.weight() > 0)
        .max(Comparator.comparingDouble(Candidate::weight).thenComparingInt(Candidate::order))
        .orElse(null);
    if (best == null) {
      return java.util.Optional.empty();
    }
    List<Answer.Quote> quotes = new ArrayList<>();
    for (String ts : best.sources()) {
      Message m = byTs.get(ts);
      if (m != null && quotes.size() < MAX_QUOTES) {
        quotes.add(quote(m, terms, retriever, prepared.language(), Cues.of(prepared.language())));
      }
    }
    return quotes.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new Answer(Sentences.truncate(best.lead(), LEAD_CHARS), true,
            quotes, stats, null, prepared.language()));
  }

  /** The question's term weight found in the item's source messages. */
  private static double weight(List<String> sources, Map<String, Message> byTs,
      QuestionTerms terms, AnswerRetriever retriever) {
    Set<String> own = new java.util.HashSet<>();
    for (String ts : sources) {
      Message m = byTs.get(ts);
      if (m != null) {
        own.addAll(retriever.termsOf(m.text()));
        int parent = retriever.parentOf(m);
        if (parent >= 0) {
          own.addAll(retriever.termsOf(retriever.conversation().messages().get(parent).text()));
        }
      }
    }
    double w = 0;
    for (String term : terms.terms()) {
      if (own.contains(term)) {
        w += retriever.idf(term);
      }
    }
    return w;
  }

  /** The best matches with the messages around them in their threads, in conversation order. */
  private static List<Integer> neighbourhood(Conversation said, AnswerRetriever retriever,
      List<AnswerRetriever.Hit> hits) {
    List<Message> messages = said.messages();
    Map<String, List<Integer>> scopes = new HashMap<>();
    int[] position = new int[messages.size()];
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      List<Integer> scope = scopes.computeIfAbsent(m.threadTs() == null ? "" : m.threadTs(),
          k -> new ArrayList<>());
      position[i] = scope.size();
      scope.add(i);
    }
    Set<Integer> around = new TreeSet<>();
    for (AnswerRetriever.Hit hit : hits) {
      int i = hit.index();
      Message m = messages.get(i);
      List<Integer> scope = scopes.get(m.threadTs() == null ? "" : m.threadTs());
      int at = position[i];
      for (int k = Math.max(0, at - PRECEDING); k <= Math.min(scope.size() - 1, at + FOLLOWING); k++) {
        around.add(scope.get(k));
      }
      int parent = retriever.parentOf(m);
      if (parent >= 0) {
        around.add(parent);
      }
    }
    return List.copyOf(around);
  }

  private static List<Integer> allMessages(Conversation said) {
    int n = said.size();
    int from = Math.max(0, n - WHOLE_CONVERSATION_DETECTION);
    List<Integer> all = new ArrayList<>(n - from);
    for (int i = from; i < n; i++) {
      all.add(i);
    }
    return all;
  }
}
