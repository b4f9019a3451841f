package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions stated outright, with a decision cue ("we decided", "Decision:", "let's go with",
 * "Porto it is"). An announcement right after an agreement restates the decision agreed ("Shall
 * we push to Friday?" — "agreed" — "Friday it is, then."), and a line that says nothing of its
 * own ("Gut, dann machen wir das so.") settles the proposal before it: one decision each time.
 */
final class StatedDecisions {

  /** Messages after an agreement within which an announcement restates it. */
  private static final int RESTATED_WITHIN = 2;
  /** An announcement with this many words or fewer shares its subject by one word. */
  private static final int SHORT_ANNOUNCEMENT = 3;

  /**
   * "👍 approved from my side", "von meiner Seite freigegeben", "aprobado por mi parte": whose
   * approval it is, in the cue languages; it names nothing that is decided.
   */
  private static final java.util.regex.Pattern ONES_SIDE = Cues.p("\\b(?:(?:from|on)\\s+(?:my"
      + "|our|the\\s+\\w+)\\s+(?:side|end|part)|von\\s+(?:meiner|unserer)\\s+Seite|de\\s+(?:mon"
      + "|notre)\\s+côté|por\\s+(?:mi|nuestra)\\s+parte|(?:da|de)\\s+(?:minha|nossa)\\s+parte"
      + "|por\\s+mim)(?!\\p{L})|(?:私|こちら|うち)(?:として|から)は?");

  /** A bare decision line has at most this many words ("ok, decided"). */
  private static final int BARE_WORDS = 2;
  /** … or this many beside thanks to everyone, closing the thread ("that's settled then"). */
  private static final int CLOSING_WORDS = 3;
  /** Where a chat line's clauses part: a comma, a semicolon, a dash, "、". */
  private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile(
      "\\s*[,;、—–]\\s*|\\s+-\\s+");

  private StatedDecisions() {}

  /** The line without the clauses that are only thanks, greetings or acknowledgements. */
  private static String withoutCourtesies(Cues cues, String text) {
    String[] clauses = CLAUSE.split(text);
    if (clauses.length < 2) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    for (String clause : clauses) {
      List<String> words = Terms.words(clause);
      if (words.isEmpty() || !cues.isSmallTalk(clause, words)) {
        kept.append(kept.length() == 0 ? "" : ", ").append(clause);
      }
    }
    return kept.length() == 0 ? text : kept.toString();
  }

  /** Whether the line's last clause is only thanks, a greeting or an acknowledgement. */
  private static boolean endsInCourtesy(Cues cues, String text) {
    String[] clauses = CLAUSE.split(text);
    if (clauses.length < 2) {
      return false;
    }
    String last = clauses[clauses.length - 1];
    List<String> words = Terms.words(last);
    return words.isEmpty() || cues.isSmallTalk(last, words);
  }

  /**
   * The explicit decision in the sentence: added, or folded into the agreed decision it restates
   * or the proposal it settles.
   */
  static void add(PreparedConversation c, Sentence s, List<Detection<Point>> found,
      Set<Integer> agreedAt, Set<Integer> used) {
    Detection<Point> explicit = DecisionDetector.stated(c.cues(), s);
    int earlier = restated(c, found, agreedAt, s);
    if (earlier >= 0) {
      found.set(earlier, merged(found.get(earlier), explicit));
      return;
    }
    Optional<Detection<Point>> settled = settledProposal(c, s, used);
    if (settled.isPresent()) {
      found.add(settled.get());
    } else if (bare(c, s) || unlabelledTerms(c, s).size() <= 1
        && decidedBeforeInMessage(c, s, found)) {
      joinSettled(c, s, found, used);
    } else {
      found.add(explicit);
    }
  }

  /**
   * "…alerta 30 dias antes. decidido?" — "decidido": a bare decision word settles what it
   * answers and says nothing on its own. It joins the decision already found before it in its
   * own message ("今後は…必ず申請を通すこと。ルールにします") or in a message it answers (a proposal
   * before it was tried first); alone it is no decision.
   */
  private static void joinSettled(PreparedConversation c, Sentence s,
      List<Detection<Point>> found, Set<Integer> used) {
    // "今後は…必ず申請を通すこと。ルールにします", "Reviews need two approvals. Decided.": the word
    // names what its own message said before it first.
    List<Integer> messages = new ArrayList<>(List.of(s.messageIndex()));
    for (int i : c.preceding(s.messageIndex(), DecisionDetector.AGREEMENT_WINDOW)) {
      String user = c.messages().get(i).user();
      if (user != null && !user.equals(s.user())) {
        messages.add(i);
      }
    }
    for (int i : messages) {
      for (int k = found.size() - 1; k >= 0; k--) {
        Detection<Point> d = found.get(k);
        if (d.sentenceIndices().stream().anyMatch(t -> t < s.index()
            && c.sentences().get(t).messageIndex() == i)) {
          List<String> sources = new ArrayList<>(d.value().sources());
          if (!sources.contains(s.ts())) {
            sources.add(s.ts());
          }
          Set<Integer> sentences = new HashSet<>(d.sentenceIndices());
          sentences.add(s.index());
          found.set(k, new Detection<>(new Point(d.value().text(), sources), sentences,
              d.saidBy()));
          return;
        }
      }
    }
  }

  /**
   * Whether a decision found already cites an earlier sentence of the line's own message: "…必ず
   * 申請を通すこと。ルールにします", "Two approvals for infra PRs. Final.": a decision line with a
   * word or less of its own after it names that decision, not one of its own.
   */
  private static boolean decidedBeforeInMessage(PreparedConversation c, Sentence s,
      List<Detection<Point>> found) {
    return found.stream().flatMap(d -> d.sentenceIndices().stream()).anyMatch(t -> t < s.index()
        && c.sentences().get(t).messageIndex() == s.messageIndex());
  }

  /**
   * Whether the line is a decision word and nothing else ("Decidido", "Decided.", "ok,
   * entschieden"); "Thursday it is" names what it settles. Thanks or greetings beside it, in a
   * clause of their own, add nothing: "That's settled then, thank you all.", "Gut, dann ist das
   * entschieden, danke euch", "じゃあ決定で、ありがとうございます" are as bare as "Decided." and settle
   * only what was said before them, while "Settled: Type IV on the first wave, thanks all" names
   * what it settles.
   */
  private static boolean bare(PreparedConversation c, Sentence s) {
    String said = ONES_SIDE.matcher(s.text()).replaceAll(" ").trim();
    String text = withoutCourtesies(c.cues(), said).trim();
    // A line that thanks everyone closes the thread: "that's settled then" before it is bare. An
    // acknowledgement before the line closes nothing: "ok, Lisbon it is." names what it settles,
    // as "Lisbon it is." does.
    if (Terms.words(text).size() > (endsInCourtesy(c.cues(), said) ? CLOSING_WORDS : BARE_WORDS)) {
      return false;
    }
    String rest = c.cues().decision().matcher(c.cues().labels().matcher(text).replaceFirst(""))
        .replaceAll(" ");
    TextAnalysis analysis = TextAnalysis.of(c.language());
    return analysis.terms(rest).isEmpty();
  }

  /**
   * "Ich wäre für einen kompletten Freeze …" — … — "Gut, dann machen wir das so.": a decision
   * line that says nothing of its own settles the latest proposal someone else made before it.
   * One decision, worded as the proposal, citing both; empty when the line names its subject.
   */
  private static Optional<Detection<Point>> settledProposal(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    if (unlabelledTerms(c, s).size() > 1) {
      return Optional.empty();
    }
    for (int i : c.preceding(s.messageIndex(), DecisionDetector.CHOICE_WINDOW)) {
      Message m = c.messages().get(i);
      if (m.user() == null || m.user().equals(s.user())
          || c.model().act(i) != ConversationModel.Act.PROPOSAL) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(i);
      Optional<Sentence> proposal = said.stream().filter(t -> !t.isQuestion()
          && RegexPrefilter.find(c.cues().proposal(), t.text())).findFirst();
      if (proposal.isEmpty() || used.contains(proposal.get().index())) {
        return Optional.empty();
      }
      used.add(proposal.get().index());
      return Optional.of(new Detection<>(new Point(
          DecisionDetector.readable(c.cues(), proposal.get().text()),
          List.of(m.ts(), s.message().ts())), Set.of(proposal.get().index(), s.index()),
          proposal.get().index()));
    }
    return Optional.empty();
  }

  /**
   * The decision this explicit one restates: "Shall we push to Friday?" — "agreed" — "Friday it
   * is, then." is one decision, announced after it was agreed. An earlier decision reached by
   * agreement, of the same scope and subject (words in common), whose last message is
   * at most {@value #RESTATED_WITHIN} messages back; its index in {@code found}, or -1.
   */
  private static int restated(PreparedConversation c, List<Detection<Point>> found,
      Set<Integer> agreedAt, Sentence s) {
    // Only the last few can be within reach: a long channel has hundreds of decisions.
    for (int i = found.size() - 1; i >= Math.max(0, found.size() - DecisionDetector.RECENT);
        i--) {
      if (!agreedAt.contains(i)) {
        continue;
      }
      Detection<Point> earlier = found.get(i);
      int last = earlier.sentenceIndices().stream()
          .mapToInt(k -> c.sentences().get(k).messageIndex()).max().orElse(-1);
      // The words of the messages it cites: "Kubernetes or security? We have budget for a
      // training this quarter" is what "Decided: security training this quarter" restates.
      Set<String> before = new HashSet<>();
      earlier.sentenceIndices().stream().map(k -> c.sentences().get(k).messageIndex()).distinct()
          .forEach(m -> c.sentencesOf(m).forEach(t -> before.addAll(t.terms())));
      // Words of the announcement without its label ("Então decidimos:"): two said before, half
      // of them, or any in a short announcement ("Porto it is"): the same subject.
      Set<String> now = new HashSet<>(unlabelledTerms(c, s));
      long shared = now.stream().filter(before::contains).count();
      boolean sameSubject = shared >= 2 || shared * 2 >= now.size() && shared > 0
          || shared > 0 && now.size() <= SHORT_ANNOUNCEMENT;
      if (last >= 0 && last != s.messageIndex() && sameSubject
          && c.following(last, RESTATED_WITHIN).contains(s.messageIndex())) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> unlabelledTerms(PreparedConversation c, Sentence s) {
    Matcher label = c.cues().labels().matcher(s.text());
    if (!label.find()) {
      return s.terms();
    }
    String rest = s.text().substring(label.end());
    TextAnalysis analysis = TextAnalysis.of(c.language());
    return analysis.terms(rest);
  }

  /**
   * "Lisbon or Berlin?" — "Lisbon is cheaper for flights" — "OK, decision: the offsite is in
   * Lisbon, 12-14 March.": an agreement that says the decision in words of its own is what was
   * decided, not the argument it agrees to. The decision takes those words and their speaker,
   * citing everything it cited; so does an unlabelled one that puts the plan itself in more words
   * than what it agrees to ({@link #spellsOutThePlan}). A bare one ("OK, decided.") or a shorter
   * one without a label ("Agreed, Instatus") leaves the words agreed to.
   *
   * @param agreement the index of the agreeing message
   */
  static Detection<Point> inItsAgreement(PreparedConversation c, Detection<Point> agreed,
      int agreement) {
    for (Sentence t : c.sentencesOf(agreement)) {
      // Labelled ("decision:", "Entscheidung:"), not merely agreeing ("Agreed, Instatus" names
      // the option agreed to, in fewer words than the answer that argued for it).
      Matcher cue = c.cues().decision().matcher(t.text());
      boolean labelled = RegexPrefilter.find(c.cues().labels(), t.text())
          || cue.find() && RegexPrefilter.find(LABEL_END, cue.group());
      if (labelled && !bare(c, t) && unlabelledTerms(c, t).size() >= 2) {
        return merged(agreed, DecisionDetector.stated(c.cues(), t));
      }
    }
    for (Sentence t : c.sentencesOf(agreement)) {
      if (spellsOutThePlan(c, agreed, t)) {
        return merged(agreed, DecisionDetector.stated(c.cues(), t));
      }
    }
    return agreed;
  }

  /** Fewest content words an agreement needs to say the plan in words of its own. */
  private static final int OWN_WORDING = 4;

  /**
   * "room 2 is free after the 18:30 lets out" — "ok if the spare is not here by 18:45 we move
   * everyone to room 2": the agreement puts the plan itself, on the subject agreed to and in more
   * words than it; what was proposed is its premise. Not a question, a task taken on, an
   * objection, a deferral, nor a remark with no plan in it ("ok, room 2 is tiny though").
   */
  private static boolean spellsOutThePlan(PreparedConversation c, Detection<Point> agreed,
      Sentence t) {
    Cues cues = c.cues();
    if (t.isQuestion() || t.terms().size() < OWN_WORDING || c.deferred(t)
        || !(RegexPrefilter.find(cues.proposal(), t.text()) || cues.putsAsPlan(t.text()))
        || RegexPrefilter.find(cues.commitment(), t.text())
        || RegexPrefilter.find(cues.dissent(), t.text())) {
      return false;
    }
    for (int i : agreed.sentenceIndices()) {
      Sentence before = c.sentences().get(i);
      if (before.messageIndex() != t.messageIndex() && SameSubject.shares(t, before)
          && t.terms().size() > before.terms().size()) {
        return true;
      }
    }
    return false;
  }

  /** A decision cue that is a label: it ends in a colon or a dash ("OK, Entscheidung:"). */
  private static final Pattern LABEL_END = Pattern.compile("[:：\\-–—]\\s*$");

  /** The announced wording, citing everything both cite. */
  static Detection<Point> merged(Detection<Point> agreed, Detection<Point> announced) {
    List<String> sources = new ArrayList<>(agreed.value().sources());
    announced.value().sources().stream().filter(ts -> !sources.contains(ts))
        .forEach(sources::add);
    Set<Integer> sentences = new HashSet<>(agreed.sentenceIndices());
    sentences.addAll(announced.sentenceIndices());
    return new Detection<>(new Point(announced.value().text(), sources), sentences,
        announced.saidBy());
  }
}
