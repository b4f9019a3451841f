package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directive taken on by the one who will carry it out: "do both: bump the volume now, fix the
 * creds tomorrow" — "ok, I'll bump it now"; "Então desliga o cron até amanhã" — "Beleza, desligo
 * agora"; "とりあえず切り戻しましょう" — "切り戻します"; "ok, first thing: pause deliveries to hollis,
 * right now" — "pausing". The first other voice answers by saying it will do the very thing the
 * directive opens a clause with (its verb, in its own words, or in English that verb under way in
 * a few words), so the directive was taken: a decision, and a task of the one who took it. A
 * directive may follow an agreement in its own message ("ok, first thing: …"). A request to
 * someone ("please restart the worker", "<@ana> …") is a task only; a reply that hedges,
 * refuses, puts off or asks back takes nothing.
 */
final class DirectivesTakenOn {

  /** Words that open a directive or a reply before its verb ("ok so just …", "Então …"). */
  private static final Pattern OPENER = Pattern.compile("(?iu)^(?:[^\\p{L}\\p{N}]*(?:ok(?:ay)?|so"
      + "|then|just|alright|right|fine|então|entonces|alors|donc|dann|also|bon|bueno|vale|pues"
      + "|beleza|gut|とりあえず|じゃあ|では|まず|一旦)(?![\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}"
      + "\\p{IsKatakana}]])[\\s,、:]*)*");
  /** Where a clause of a directive starts: after a colon, a comma, a dash or a full stop. */
  private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern CLAUSE = Pattern.compile("[:;,—–、。]\\s*");
  /** A short reply that opens with a verb in -ing ("pausing", "restarting them now"). */
  private static final Pattern UNDER_WAY = Pattern.compile(
      "(?i)\\p{L}+ing\\b(?:\\W+\\p{L}+){0,3}\\W*");
  /** A short reply that opens with a verb in -ed ("pulled :thumbsup:", "halted at 20%"). */
  private static final Pattern DONE_IT = Pattern.compile(
      "(?i)\\p{L}+ed\\b(?:\\W+[\\p{L}\\p{N}]+){0,3}\\W*");

  private DirectivesTakenOn() {}

  /**
   * The reply and the directive sentence it takes on; {@code done} when the reply says it was
   * carried out already ("pulled :thumbsup:").
   */
  record Taken(int reply, Sentence directive, boolean done) {}

  /** Every directive taken on in the conversation, in order of the replies. */
  static List<Taken> all(PreparedConversation c) {
    List<Taken> taken = new ArrayList<>();
    for (int r = 0; r < c.messages().size(); r++) {
      directive(c, r).ifPresent(taken::add);
    }
    return taken;
  }

  /** Decisions: each directive taken on, citing it and the reply, unless either is used. */
  static void addDecisions(PreparedConversation c, List<Detection<Point>> found,
      Set<Integer> used) {
    for (Taken t : all(c)) {
      List<Sentence> reply = c.sentencesOf(t.reply());
      if (used.contains(t.directive().index())
          || reply.stream().anyMatch(s -> used.contains(s.index()))) {
        continue;
      }
      Set<Integer> sentences = new HashSet<>(Set.of(t.directive().index()));
      reply.forEach(s -> sentences.add(s.index()));
      used.addAll(sentences);
      found.add(new Detection<>(new Point(
          DecisionDetector.readable(c.cues(), t.directive().text()),
          List.of(t.directive().ts(), c.messages().get(t.reply()).ts())), sentences,
          t.directive().index()));
    }
  }

  /**
   * Tasks: each directive taken on whose reply no item cites yet ("切り戻します" names no task of
   * its own), owned by the one who took it.
   */
  static List<Detection<ActionItem>> addTasks(PreparedConversation c,
      List<Detection<ActionItem>> found) {
    Set<Integer> cited = c.messagesCitedBy(found);
    List<Detection<ActionItem>> all = new ArrayList<>(found);
    for (Taken t : all(c)) {
      // A directive said back as done is no task left to do.
      if (cited.contains(t.reply()) || t.done()) {
        continue;
      }
      Message reply = c.messages().get(t.reply());
      Set<Integer> sentences = new HashSet<>(Set.of(t.directive().index()));
      c.sentencesOf(t.reply()).forEach(s -> sentences.add(s.index()));
      String task = TaskWording.phrase(c, t.directive().text());
      String due = DueDates.find(c.plainText(t.reply())).or(() -> DueDates.find(task))
          .orElse(null);
      all.add(new Detection<>(new ActionItem(reply.user(), task, due,
          List.of(t.directive().ts(), reply.ts())), sentences));
      cited.add(t.reply());
    }
    return all;
  }

  private static Optional<Taken> directive(PreparedConversation c, int r) {
    ConversationModel model = c.model();
    Act act = model.act(r);
    List<Sentence> said = c.sentencesOf(r);
    int d = model.respondsTo(r);
    if (said.isEmpty() || said.get(0).isQuestion() || d < 0 || model.firstReply(d, 2) != r
        || act == Act.REFUSAL || act == Act.DEFERRAL || act == Act.QUESTION
        || act == Act.WHO_QUESTION || act == Act.OFFER) {
      return Optional.empty();
    }
    Act asked = model.act(d);
    if (asked == Act.QUESTION || asked == Act.WHO_QUESTION || asked == Act.OFFER
        || asked == Act.STATUS || asked == Act.COMMITMENT || asked == Act.REFUSAL
        || model.mentionsSomeoneElse(d)) {
      return Optional.empty();
    }
    Cues cues = c.cues();
    String plain = said.get(0).text();
    if (cues.isDeferral(plain) || RegexPrefilter.find(cues.nonAnswer(), plain)
        || RegexPrefilter.find(cues.guess(), plain)) {
      return Optional.empty();
    }
    String rest = afterItsOpeners(c, plain);
    Set<String> verbs = replyVerbs(c, rest);
    Optional<String> doneWord = saidBackDone(c, rest);
    if (verbs.isEmpty()) {
      return Optional.empty();
    }
    for (Sentence s : c.sentencesOf(d)) {
      if (s.isQuestion() || s.terms().size() < 2 || cues.isDeferral(s.text())
          || RegexPrefilter.find(cues.commitment(), s.text()) || RegexPrefilter.find(cues.request(), s.text())
          || RegexPrefilter.find(cues.done(), s.text())) {
        continue;
      }
      // "reviewed, fixed two typos." — "fixed, thanks": a word said back in the very form it had
      // reports the same thing twice; a directive's verb said back as done changes its form
      // ("pull" — "pulled").
      if (clauseLeaders(c, s.text()).stream().anyMatch(verbs::contains)
          && doneWord.map(w -> !clauseFirstWords(c, s.text()).contains(w)).orElse(true)) {
        return Optional.of(new Taken(r, s, doneWord.isPresent()));
      }
    }
    return Optional.empty();
  }

  /**
   * The verb of a reply that commits, given without its agreement and openers ({@link
   * #afterItsOpeners}): its first word ("desligo", "切り戻し"), or the first word after its
   * commitment words ("I'll bump"), when that word is a content word. Empty when the reply
   * commits to nothing.
   */
  private static Set<String> replyVerbs(PreparedConversation c, String t) {
    Set<String> verbs = new HashSet<>();
    // The prefilter tries only the alternatives whose words the reply has; the same first match.
    Matcher committed = RegexPrefilter.firstMatch(c.cues().commitment(), t);
    if (committed == null) {
      // "pause deliveries to hollis, right now" — "pausing": the directive's verb said back as
      // under way, in a few words, takes it on as "I'll pause them" would; "pull the auto-quoter
      // now" — "pulled :thumbsup:": said back as done, it was taken on and carried out.
      if (c.cues().isEnglish()
          && (UNDER_WAY.matcher(t).matches() || DONE_IT.matcher(t).matches())) {
        firstWordTerm(c, t).ifPresent(verbs::add);
      }
      return verbs;
    }
    firstWordTerm(c, t).ifPresent(verbs::add);
    if (committed.start() == 0 && committed.end() < t.length()) {
      firstWordTerm(c, t.substring(committed.end())).ifPresent(verbs::add);
    }
    return verbs;
  }

  /** A reply without its agreement ("ok,", "Beleza,") and openers ("so", "alors"). */
  private static String afterItsOpeners(PreparedConversation c, String reply) {
    String t = reply;
    Matcher agreed = c.cues().agreement().matcher(t);
    if (agreed.lookingAt() && agreed.end() > 0) {
      t = t.substring(agreed.end());
    }
    return OPENER.matcher(LEADING_MARKS.matcher(t).replaceFirst("")).replaceFirst("");
  }

  /**
   * The reply's first word, lower case, when it says the directive's verb back as done; the
   * reply given without its agreement and openers ({@link #afterItsOpeners}).
   */
  private static Optional<String> saidBackDone(PreparedConversation c, String t) {
    if (!c.cues().isEnglish() || !DONE_IT.matcher(t).matches()) {
      return Optional.empty();
    }
    List<String> words = TextAnalysis.of(c.language()).words(t);
    return words.isEmpty() ? Optional.empty()
        : Optional.of(words.get(0).toLowerCase(Locale.ROOT));
  }

  /** The first word of each clause of a directive, lower case, after its openers. */
  private static Set<String> clauseFirstWords(PreparedConversation c, String sentence) {
    Set<String> firsts = new HashSet<>();
    for (String clause : CLAUSE.split(sentence)) {
      List<String> words = TextAnalysis.of(c.language())
          .words(OPENER.matcher(clause).replaceFirst(""));
      if (!words.isEmpty()) {
        firsts.add(words.get(0).toLowerCase(Locale.ROOT));
      }
    }
    return firsts;
  }

  /** The first content term of each clause of a directive, after its openers. */
  private static List<String> clauseLeaders(PreparedConversation c, String sentence) {
    List<String> leaders = new ArrayList<>();
    for (String clause : CLAUSE.split(sentence)) {
      firstWordTerm(c, OPENER.matcher(clause).replaceFirst("")).ifPresent(leaders::add);
    }
    return leaders;
  }

  /** The term of the clause's first word, when that word is a content word (not "the"). */
  private static Optional<String> firstWordTerm(PreparedConversation c, String clause) {
    TextAnalysis analysis = TextAnalysis.of(c.language());
    List<String> words = analysis.words(clause);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<String> first = analysis.terms(words.get(0), List.of(words.get(0)));
    return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0));
  }

}
