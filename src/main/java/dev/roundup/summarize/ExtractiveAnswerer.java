package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The built-in answerer: offline, no model. Sets aside what talks to the bot (never searched,
 * never quoted), finds the messages that bear on the question ({@link AnswerRetriever}), and
 * answers only when they cover enough of it; then leads with the best sentence, said by whoever
 * said it — or, for "what did we decide…", a decision the summary lists among those messages, and
 * for "who is…", an action item the summary lists and its owner ({@link
 * ExtractiveSummarizer#findings}: the same rules and trees, so an answer never contradicts the
 * summary of the same conversation). The messages it rests on are quoted briefly.
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
  /**
   * Conversations longer than this are searched for decisions among the best matches only, read
   * as a conversation of their own: reading all of a long channel for one question costs seconds.
   */
  private static final int WHOLE_CONVERSATION_DETECTION = 2_000;

  /**
   * Conversations (of at most {@link #WHOLE_CONVERSATION_DETECTION} messages) whose findings are
   * kept for follow-up questions…
   */
  private static final int RECENT_CONVERSATIONS = 8;
  /** …for at most this long. */
  private static final Duration KEPT_FOR = Duration.ofMinutes(15);

  private final Function<Conversation, AnswerFindings> read;
  private final RecentFindings recent = new RecentFindings(RECENT_CONVERSATIONS, KEPT_FOR);

  /** An answerer whose decisions and owners are those of the shipped summarizer. */
  public ExtractiveAnswerer() {
    this(new ExtractiveSummarizer());
  }

  /** An answerer whose decisions and owners are those {@code summarizer} lists. */
  public ExtractiveAnswerer(ExtractiveSummarizer summarizer) {
    this(c -> AnswerFindings.of(summarizer.findings(c)));
  }

  /** An answerer whose decisions and owners are what {@code read} finds (tests count the reads). */
  ExtractiveAnswerer(Function<Conversation, AnswerFindings> read) {
    this.read = read;
  }

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
    AnswerRetriever retriever = new AnswerRetriever(said, analysis);
    QuestionTerms terms = inItsWords(QuestionTerms.of(question, analysis, said.names()), question,
        language, retriever);
    Found found = new Found(said, this::known, read);
    if (terms.isEmpty()) {
      return detected(found, terms, retriever, allMessages(said), stats)
          .map(Scored::answer)
          .orElse(notFound);
    }
    Cues cues = Cues.of(language);
    List<AnswerRetriever.Hit> all = answering(said, retriever.rank(terms, Integer.MAX_VALUE),
        terms, retriever, language, cues);
    if (!covered(retriever, all, terms)) {
      return notFound;
    }
    List<AnswerRetriever.Hit> hits = all.subList(0, Math.min(NEIGHBOURHOOD_SEEDS, all.size()));
    java.util.function.Predicate<AnswerRetriever.Hit> saysWho = h -> {
      String sentence = bestSentence(h.message(), terms, retriever, language, cues);
      return AnswerShape.namesSomeone(sentence, said.names(), question, language)
          || AnswerShape.reportsDoing(sentence, terms.verb(), analysis);
    };
    if (terms.intent() != QuestionTerms.Intent.ANY) {
      List<Integer> around = neighbourhood(said, retriever, hits);
      java.util.Optional<Scored> item = detected(found, terms, retriever, around, stats);
      // An item the detectors list answers "who …?" only when no message saying who matches
      // the question better: "I'll flip the flag" (done since, so no open item) answers "who
      // will flip the flag?", not a request that mentions the flag.
      if (item.isPresent() && !(terms.intent() == QuestionTerms.Intent.OWNER
          && hits.stream().filter(saysWho).anyMatch(h -> outweighs(h, item.get(), terms,
              retriever, bestSentence(h.message(), terms, retriever, language, cues))))) {
        return item.get().answer();
      }
    }
    if (terms.intent() == QuestionTerms.Intent.OWNER) {
      // "Who …?" the detectors found no owner for: only a message whose answering sentence says
      // who — names someone or a team, or its author speaking of themselves — can answer it; one
      // that says so with the question's own verb first.
      hits = hits.stream().filter(saysWho).toList();
      if (hits.isEmpty() || !covered(retriever, hits, terms)) {
        return notFound;
      }
      java.util.function.Predicate<AnswerRetriever.Hit> withVerb = h -> terms.verb() != null
          && retriever.termsOf(bestSentence(h.message(), terms, retriever, language, cues))
              .contains(terms.verb());
      hits = promoted(promoted(hits, withVerb), h -> withVerb.test(h)
          && doesIt(bestSentence(h.message(), terms, retriever, language, cues), terms, analysis));
    }
    AskedFor asked = terms.asked();
    Set<String> termSet = Set.copyOf(terms.terms());
    java.util.function.Predicate<AnswerRetriever.Hit> gives = h -> asked.givenBy(
        bestSentence(h.message(), terms, retriever, language, cues), termSet, analysis)
        && saysItself(h, retriever);
    if (asked.kind() == AskedFor.Kind.WHEN) {
      // "When …?" is answered by a time or a date, never by a sentence that only shares its words.
      hits = hits.stream().filter(gives).toList();
      if (hits.isEmpty() || !covered(retriever, hits, terms)) {
        return notFound;
      }
    } else {
      List<AnswerRetriever.Hit> giving = asked.kind() == AskedFor.Kind.ANY ? hits
          : promotedAmongEquals(hits, gives);
      hits = giving != hits || terms.intent() != QuestionTerms.Intent.ANY ? giving
          : settled(found, hits);
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
   * The question as the conversation can answer it. Asked in another language than the
   * conversation's ("who is booking the hotel?" of a French thread), its words in that language
   * are used nowhere, and would make any answer look like a near miss: it looks for the terms the
   * conversation does use (names, shared words like "hotel"), its kind ("who") read in either
   * language. Asked in the conversation's language, it is left as it is.
   */
  private static QuestionTerms inItsWords(QuestionTerms terms, String question, String language,
      AnswerRetriever retriever) {
    if (LanguageDetector.messageCode(question, language).equals(language)) {
      return terms;
    }
    List<String> used = terms.terms().stream().filter(retriever::isUsed).toList();
    return used.isEmpty() || used.size() == terms.terms().size() ? terms : terms.withTerms(used);
  }

  /**
   * Whether the hit holds what it matched itself, or took it from the question it answers — not
   * only from its thread parent: a reply about the launch window under a thread that mentions the
   * embargo does not say when the embargo lifts.
   */
  private static boolean saysItself(AnswerRetriever.Hit hit, AnswerRetriever retriever) {
    Message m = hit.message();
    Set<String> own = retriever.termsOf(m.text());
    int parent = retriever.parentOf(m);
    Set<String> inParent = parent < 0 ? Set.of()
        : retriever.termsOf(retriever.conversation().messages().get(parent).text());
    return hit.matched().stream().anyMatch(t -> own.contains(t) || !inParent.contains(t));
  }

  /** The hits with the first that fits moved to the front, the others in their order. */
  private static List<AnswerRetriever.Hit> promoted(List<AnswerRetriever.Hit> hits,
      java.util.function.Predicate<AnswerRetriever.Hit> fits) {
    for (int i = 1; i < hits.size(); i++) {
      if (fits.test(hits.get(i))) {
        if (fits.test(hits.get(0))) {
          return hits;
        }
        List<AnswerRetriever.Hit> out = new ArrayList<>(hits.size());
        out.add(hits.get(i));
        for (int k = 0; k < hits.size(); k++) {
          if (k != i) {
            out.add(hits.get(k));
          }
        }
        return out;
      }
    }
    return hits;
  }

  /**
   * The best hit replaced by one that matches as much of the question and gives what it asks
   * for ("p95 is back at 185 ms" for "what is p95 now?", the steps listed for "what are the
   * steps?"); the same list when the best gives it already, or none does.
   */
  private static List<AnswerRetriever.Hit> promotedAmongEquals(List<AnswerRetriever.Hit> hits,
      java.util.function.Predicate<AnswerRetriever.Hit> gives) {
    Set<String> best = hits.get(0).matched();
    return promoted(hits, h -> h.matched().containsAll(best) && gives.test(h));
  }

  /**
   * The best hit replaced by a later message that settled what it raised: when the decision
   * the detectors find matches as much of the question as the best hit ("We can roll back the
   * ranking model alone" — "Decision: we turn off ranking_v2 … We ship the model again once p95
   * is back"), it is where things stand, and the earlier option is not; so is a decision that
   * reversed the best hit ("OK, decision: the offsite is in Lisbon" — "Change of plan: we keep
   * the offsite in Berlin").
   */
  private static List<AnswerRetriever.Hit> settled(Found found, List<AnswerRetriever.Hit> hits) {
    AnswerRetriever.Hit best = hits.get(0);
    List<AnswerRetriever.Hit> later = hits.stream()
        .filter(h -> h.index() > best.index() && h.matched().containsAll(best.matched()))
        .toList();
    if (later.isEmpty()) {
      return hits;
    }
    Set<Integer> around = new TreeSet<>();
    for (AnswerRetriever.Hit h : later) {
      for (int i = Math.max(0, h.index() - PRECEDING); i <= h.index(); i++) {
        around.add(i);
      }
    }
    around.add(best.index());
    // The messages that say a decision holding at the end: a decision reversed later cites the
    // message it replaced too, but is said by the later one.
    Set<String> deciding = new java.util.HashSet<>();
    for (AnswerFindings.Said<Point> d : found.among(List.copyOf(around)).decisions()) {
      deciding.add(d.ts());
    }
    AnswerRetriever.Hit decision = null;
    for (AnswerRetriever.Hit h : later) {
      if (deciding.contains(h.message().ts()) && (decision == null || h.index() > decision.index())) {
        decision = h;
      }
    }
    if (decision == null || deciding.contains(best.message().ts())) {
      return hits;
    }
    AnswerRetriever.Hit chosen = decision;
    return promoted(hits, h -> h == chosen);
  }

  /**
   * Whether a message saying who matches the question better than the item the detectors found:
   * more of its weight, or as much and in the words of someone doing it themselves with the
   * question's verb ("Je coupe le flag…" over a request to update a page "une fois le flag
   * coupé").
   */
  private static boolean outweighs(AnswerRetriever.Hit hit, Scored item, QuestionTerms terms,
      AnswerRetriever retriever, String sentence) {
    if (item.sources().contains(hit.message().ts())) {
      return false;
    }
    double weight = messageWeight(hit.index(), terms, retriever);
    return weight > item.weight() || weight == item.weight()
        && retriever.termsOf(sentence).contains(terms.verb())
        && doesIt(sentence, terms, retriever.analysis());
  }

  /** Whether the sentence's author says they do (or did) it: "I'll flip…", "Restarted…". */
  private static boolean doesIt(String sentence, QuestionTerms terms, TextAnalysis analysis) {
    return AnswerShape.speaksOfThemselves(sentence)
        || AnswerShape.reportsDoing(sentence, terms.verb(), analysis);
  }

  /** The question's term weight in the message and its thread parent. */
  private static double messageWeight(int index, QuestionTerms terms, AnswerRetriever retriever) {
    Message m = retriever.conversation().messages().get(index);
    return weight(List.of(m.ts()), Map.of(m.ts(), m), terms, retriever);
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
        k -> AnswerShape.onlyAsks(messages.get(k), language, cues)
            || AnswerShape.asksAbout(messages.get(k), terms.terms(), retriever, language, cues));
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
    // Of the sentences that share the question's words, one that gives what it asks for (a
    // time, a value, a list) is the answer.
    boolean bestGives = false;
    AskedFor.Kind kind = terms.asked().kind();
    Set<String> termSet = Set.copyOf(terms.terms());
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
      boolean gives = weight > 0 && kind != AskedFor.Kind.ANY && terms.asked().givenBy(
          sentences.get(i), termSet, retriever.analysis());
      if (gives && !bestGives || gives == bestGives && weight > bestWeight) {
        best = i;
        bestWeight = weight;
        bestGives = gives;
      }
    }
    return best;
  }

  /**
   * For a question about a decision or an owner: what the detectors find among these messages,
   * the item that shares most with the question first. Empty when they find nothing fitting.
   */
  private static java.util.Optional<Scored> detected(Found found, QuestionTerms terms,
      AnswerRetriever retriever, List<Integer> indices, Summary.Stats stats) {
    // A question with nothing to look for but its kind ("où va-t-on ?", "what are the dates?")
    // asks where things were left: the decision that gives a place, a date.
    boolean byKind = terms.isEmpty() && terms.intent() == QuestionTerms.Intent.ANY
        && terms.asked().kind() != AskedFor.Kind.ANY;
    QuestionTerms.Intent intent = byKind ? QuestionTerms.Intent.DECISION : terms.intent();
    if (intent == QuestionTerms.Intent.ANY || indices.isEmpty()) {
      return java.util.Optional.empty();
    }
    AnswerFindings findings = found.among(indices);
    Map<String, Message> byTs = findings.cited();
    String language = findings.language();
    record Candidate(String lead, List<String> sources, double weight, int order) {}
    List<Candidate> candidates = new ArrayList<>();
    if (intent == QuestionTerms.Intent.DECISION) {
      for (AnswerFindings.Said<Point> d : findings.decisions()) {
        if (byKind && !givesKind(d.value(), byTs, terms, retriever)) {
          continue;
        }
        candidates.add(new Candidate(Attribution.said(d.user(), d.value().text()),
            d.value().sources(), weight(d.value().sources(), byTs, terms, retriever), d.order()));
      }
    } else {
      for (AnswerFindings.Said<ActionItem> d : findings.actions()) {
        ActionItem item = d.value();
        String lead = (item.owner() == null ? "" : "<@" + item.owner() + ">: ")
            + Sentences.capitalize(item.text())
            + item.dueNotInText().map(due -> " (due " + due + ")").orElse("");
        double w = weight(item.sources(), byTs, terms, retriever);
        if (item.owner() != null && terms.people().contains(item.owner())) {
          w += 1;
        }
        candidates.add(new Candidate(lead, item.sources(), w, d.order()));
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
    // The item's messages, the one that says most of what was asked first: "who will flip the
    // flag?" rests on "I'll flip the flag at 11:00", not on the decision the task carries out.
    List<String> sources = new ArrayList<>(best.sources());
    if (needsMatch) {
      Map<String, Double> said = new HashMap<>();
      sources.forEach(ts -> said.put(ts, weight(List.of(ts), byTs, terms, retriever)));
      sources.sort(Comparator.comparingDouble((String ts) -> said.get(ts)).reversed());
    }
    List<Answer.Quote> quotes = new ArrayList<>();
    for (String ts : sources) {
      Message m = byTs.get(ts);
      if (m != null && quotes.size() < MAX_QUOTES) {
        quotes.add(quote(m, terms, retriever, language, Cues.of(language)));
      }
    }
    return quotes.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new Scored(new Answer(Sentences.truncate(best.lead(), LEAD_CHARS),
            true, quotes, stats, null, language), best.weight(), sources));
  }

  /** An answer the detectors found, and the question's term weight in what it rests on. */
  private record Scored(Answer answer, double weight, List<String> sources) {}

  /** Whether the decision, or a message it rests on, gives what the question's kind asks for. */
  private static boolean givesKind(Point decision, Map<String, Message> byTs, QuestionTerms terms,
      AnswerRetriever retriever) {
    Set<String> none = Set.of();
    if (terms.asked().givenBy(decision.text(), none, retriever.analysis())) {
      return true;
    }
    for (String ts : decision.sources()) {
      Message m = byTs.get(ts);
      if (m != null && terms.asked().givenBy(SlackMarkup.toPlainText(m.text()), none,
          retriever.analysis())) {
        return true;
      }
    }
    return false;
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

  /**
   * The summary's findings of a whole conversation, kept for the follow-up questions asked of it
   * while nothing new is said there ({@link RecentFindings}).
   */
  private AnswerFindings known(Conversation conversation) {
    return recent.of(conversation, read);
  }

  /**
   * The summary's decisions and action items for one question: of the whole conversation (kept
   * for the questions after it), those said in the messages the question is about; of a
   * conversation too long to read whole, those of the messages it is about, read as a conversation
   * of their own (each question its own, so not kept).
   */
  private static final class Found {
    private final Conversation said;
    private final Function<Conversation, AnswerFindings> whole;
    private final Function<Conversation, AnswerFindings> read;
    /** The whole conversation's, looked up once for the question. */
    private AnswerFindings known;

    Found(Conversation said, Function<Conversation, AnswerFindings> whole,
        Function<Conversation, AnswerFindings> read) {
      this.said = said;
      this.whole = whole;
      this.read = read;
    }

    AnswerFindings among(List<Integer> indices) {
      List<Message> messages = said.messages();
      if (said.size() > WHOLE_CONVERSATION_DETECTION) {
        return read.apply(said.withMessages(indices.stream().map(messages::get).toList()));
      }
      Set<String> in = new java.util.HashSet<>();
      indices.forEach(i -> in.add(messages.get(i).ts()));
      if (known == null) {
        known = whole.apply(said);
      }
      return known.saidIn(in);
    }
  }
}
