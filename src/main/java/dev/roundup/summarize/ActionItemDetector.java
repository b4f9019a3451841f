package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds action items and their owners. First-person commitments ("I'll …", "I can take …", "let
 * me …") are owned by the speaker; requests to a mentioned person ("<@U2> can you …", "<@U2>
 * please …") by that person; labelled items ("TODO:", "Action item:") by the person they name.
 * A request to nobody in particular has no owner unless someone takes it ("on it", "will do")
 * right after, and is no item at all when the next reply simply does it (answers it).
 *
 * <p>One commitment is one item: a request and its acceptance ("can you update the runbook by
 * Thursday?" — "sure, I'll have it updated Thursday"), or two wordings of the same follow-up by
 * the same owner, are merged into the clearest wording with the later-stated due date, citing
 * every message. Remarks that are not tasks ("I'll let you know if I find anything", "I'll be
 * out") and items whose verb lost its object ("Use", "Test") are left out.
 */
final class ActionItemDetector {

  private static final String M = SlackText.USER.pattern();
  private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:\\s*" + M + "[\\s,:]*)+");
  private static final Pattern REQUEST_THEN_MENTION = Pattern.compile(
      "(?i)^\\W*(?:(?:can|could|would)\\s+you\\s+(?:please\\s+)?|please\\s+).+" + M);
  private static final Pattern OWNER_LABEL = Pattern.compile("(?i)\\b(?:owner|assignee|assigned to)"
      + "\\s*[:\\-]?\\s*" + M);
  private static final Pattern REQUEST_WORDS = Pattern.compile(
      "(?i)^\\W*(?:and\\s+|also\\s+)?(?:(?:can|could|would|will)\\s+(?:you|someone|somebody"
          + "|anyone)\\s+(?:please\\s+)?|would you mind\\s+|please\\s+|(?:needs?|has|have)\\s+to\\s+"
          + "|to\\s+|should\\s+|is going to\\s+|will\\s+|'ll\\s+)");
  /** "Decision:" and "Agreed:" as a label, read lower-cased (see {@link #isDecisionLabel}). */
  private static final Pattern DECISION_LABEL = Pattern.compile(
      "(?s)\\W*(?:(?:ok|okay|so|alright|right|entonces|bueno|vale|então|bom)"
      + "[\\s,—–-]+)?(?:decision|decided|resolution"
      + "|outcome|conclusion|final|approved|agreed|entscheidung|beschluss|décision|decisión"
      + "|decidido|decidimos|decisão|決定事項).*");
  private static final Pattern FINAL_STOP = Pattern.compile("[.!]+$");
  private static final Pattern FIRST_PERSON = Pattern.compile("(?i)^I\\b.*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A cue that names the taking itself ("I'll take", "I can handle"), read lower-cased. */
  private static final Pattern TAKING_VERB = Pattern.compile(".*\\b(?:take|handle|own|grab|do)$");
  private static final Pattern I_WILL = Pattern.compile("(?i)^I(?:'ll|’ll| will| can)?\\s+");
  private static final Pattern ACCEPTANCE_OPENER = Pattern.compile(
      "(?i)^\\W*(?:sure|yes|yep|yeah|ok|okay|will do|on it|of course|absolutely|no problem"
          + "|sounds good)\\b[\\s,.!:;-]*");
  private static final Pattern TRAILING = Pattern.compile(
      "(?i)[\\s,]*(?:please|thanks|thank you|thx|pls|plz)?[\\s?!.。？！]*$");
  private static final Pattern WHO = Pattern.compile(
      "(?iu)^\\W*(?:and\\s+|so\\s+)?(?:who|wer|qui|quién|quem)\\b|誰が");
  private static final Pattern ADDRESSED = Pattern.compile("^\\W*(\\p{L}[\\p{L}'-]*)\\s*,\\s*");
  private static final Pattern PRONOUN_OBJECT = Pattern.compile(
      "(?i)^\\W*(?:\\w+\\s+){0,2}(?:that|this|it|them|him|her|those|these)\\b");
  /** A mention followed by the language's request words, compiled once per language. */
  private static final java.util.Map<Cues, Pattern> MENTION_REQUESTS =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** An obligation, in each language: "I have to", "tengo que", "je dois", "ich muss". */
  private static final Pattern OBLIGATION = Pattern.compile("(?iu)\\bI(?:'ve)?\\s+(?:have|need|got)"
      + "\\s+to\\b|\\btengo\\s+que\\b|\\btenho\\s+(?:que|de)\\b|\\bpreciso\\b|\\bje\\s+dois\\b"
      + "|\\bil\\s+faut\\s+que\\s+je\\b|\\bich\\s+muss\\b|なければ|ないといけません");
  private static final int TAKE_WINDOW = 2;
  private static final int RECENT_ITEMS = 30;
  /** Messages after an item within which its owner may report it done. */
  private static final int DONE_WINDOW = 5;
  /** Messages after a request within which a commitment by its owner accepts it. */
  private static final int ACCEPT_WINDOW = 3;
  /** Shared content terms (Jaccard) from which two items by one owner say the same. */
  private static final double SAME_TASK = 0.5;
  private static final CueHints COMMITMENT_HINTS =
      CueHints.of("i'", "i will", "i shall", "i am", "i can", "i volunteer", "let me", "me,",
          "me!", "me.", "happy to", "leave it with", "on it", "will do", "i have", "i need",
          "i've got", "i got");
  private static final CueHints OWNER_HINTS = CueHints.of("owner", "assign");
  private static final CueHints ASSIGNED_HINTS =
      CueHints.of("will", "'ll", "going to", "takes", "owns", "handles", " is on");
  private static final CueHints REQUEST_HINTS =
      CueHints.of("you", "please", "someone", "somebody", "anyone");

  private ActionItemDetector() {}

  /** How an item was found: a request may be accepted by a later commitment. */
  private enum Kind { LABELLED, REQUEST, COMMITMENT }

  private static final class Candidate {
    ActionItem item;
    final Kind kind;
    final int messageIndex;
    final Set<Integer> sentences = new LinkedHashSet<>();
    Set<String> terms;

    Candidate(ActionItem item, Kind kind, Sentence s) {
      this.item = item;
      this.kind = kind;
      this.messageIndex = s.messageIndex();
      this.sentences.add(s.index());
      this.terms = new HashSet<>(Terms.content(item.text()));
    }
  }

  static List<Detection<ActionItem>> detect(PreparedConversation conversation) {
    List<Candidate> found = new ArrayList<>();
    for (Sentence s : conversation.sentences()) {
      if (s.smallTalk()) {
        continue;
      }
      Optional<Candidate> candidate = labelled(conversation, s)
          .or(() -> requestToMention(conversation, s))
          .or(() -> assigned(conversation, s))
          .or(() -> commitment(conversation, s))
          .or(() -> plainRequest(conversation, s));
      candidate.map(c -> {
        // "I'll look into it, no promises": words enough, but "it" is said elsewhere.
        boolean object = hasObject(conversation, c.item.text());
        if (object && !PRONOUN_OBJECT.matcher(c.item.text()).find()) {
          return c;
        }
        return answeringWho(conversation, c).or(() -> objectSaidBefore(conversation, s, c))
            .or(() -> acceptingRequest(conversation, found, c))
            .orElse(object ? c : null);
      }).ifPresent(c -> mergeOrAdd(conversation, found, c));
    }
    return RepliesTakingItOn.addTo(conversation, found.stream()
        .filter(c -> !doneLater(conversation, c))
        .map(c -> new Detection<>(c.item, Set.copyOf(c.sentences)))
        .toList());
  }

  /** "Pause the billing cron" answered "paused": the task's own verb, now in the past. */
  private static boolean reportsVerbDone(Candidate candidate, String reply) {
    List<String> task = Terms.words(candidate.item.text());
    List<String> said = Terms.words(reply);
    return !task.isEmpty() && !said.isEmpty() && said.get(0).endsWith("ed")
        && Terms.stem(said.get(0)).equals(Terms.stem(task.get(0)));
  }

  /**
   * Whether the owner reported the task finished a few messages on ("Rolling back" … "Rollback
   * done"): a summary's action items are what is still to do.
   */
  private static boolean doneLater(PreparedConversation c, Candidate candidate) {
    String owner = candidate.item.owner();
    if (owner == null) {
      return false;
    }
    int last = candidate.sentences.stream().mapToInt(i -> c.sentences().get(i).messageIndex())
        .max().orElse(candidate.messageIndex);
    for (int i : c.following(last, DONE_WINDOW)) {
      Message later = c.messages().get(i);
      String plain = c.plainText(i);
      // "is it booked?" asks; "room's booked" reports.
      if (owner.equals(later.user()) && !c.cues().isQuestion(plain)
          && (c.cues().done().matcher(plain).find() || reportsVerbDone(candidate, plain))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the candidate, or folds it into the item it repeats: the request it accepts, or an item
   * of the same owner about the same thing.
   */
  private static void mergeOrAdd(PreparedConversation c, List<Candidate> found, Candidate next) {
    // The same commitment is restated within a stretch of conversation, not across a month of
    // channel history: the most recent items are compared, so long channels stay linear.
    for (int k = found.size() - 1; k >= Math.max(0, found.size() - RECENT_ITEMS); k--) {
      Candidate earlier = found.get(k);
      boolean accepts = next.kind == Kind.COMMITMENT && earlier.kind == Kind.REQUEST
          && (earlier.item.owner() == null || earlier.item.owner().equals(next.item.owner()))
          && follows(c, earlier.messageIndex, next.messageIndex);
      boolean same = next.item.owner() != null && next.item.owner().equals(earlier.item.owner())
          && similarity(earlier.terms, next.terms) >= SAME_TASK;
      if (accepts || same) {
        earlier.item = merged(earlier.item, next.item);
        earlier.sentences.addAll(next.sentences);
        earlier.terms = new HashSet<>(Terms.content(earlier.item.text()));
        return;
      }
    }
    found.add(next);
  }

  /**
   * "Who applies for the program?" — "I'll apply today": a commitment without its object that
   * answers a who-question takes its object from the question.
   */
  private static Optional<Candidate> answeringWho(PreparedConversation c, Candidate candidate) {
    if (candidate.kind != Kind.COMMITMENT) {
      return Optional.empty();
    }
    for (int i : c.preceding(candidate.messageIndex, 1)) {
      List<Sentence> asked = c.sentencesOf(i);
      Sentence last = asked.isEmpty() ? null : asked.get(asked.size() - 1);
      if (last != null && last.isQuestion() && WHO.matcher(last.text()).find()
          && !c.messages().get(i).user().equals(candidate.item.owner())) {
        ActionItem item = candidate.item;
        candidate.item = new ActionItem(item.owner(),
            item.text().isBlank() ? last.text() : item.text() + " — " + last.text(),
            item.due(), item.sources());
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * "Can someone tell the SDK team?" — "I'll ping them", "leave it with me": a commitment that
   * names no object of its own right after a request its speaker may take is the acceptance of
   * that request, and joins it ({@link #mergeOrAdd}).
   */
  private static Optional<Candidate> acceptingRequest(PreparedConversation c,
      List<Candidate> found, Candidate candidate) {
    if (candidate.kind != Kind.COMMITMENT) {
      return Optional.empty();
    }
    for (int k = found.size() - 1; k >= Math.max(0, found.size() - RECENT_ITEMS); k--) {
      Candidate earlier = found.get(k);
      if (earlier.kind == Kind.REQUEST && follows(c, earlier.messageIndex, candidate.messageIndex)
          && (earlier.item.owner() == null || earlier.item.owner().equals(candidate.item.owner()))
          && !candidate.item.owner().equals(c.messages().get(earlier.messageIndex).user())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * "Root cause fix is moving the lock to the database. I'm gonna do that tomorrow.", or "Let's add
   * a CI check that diffs indexes." — "good idea" — "I'll look into it": a commitment whose object
   * is "it" or "that" takes what was last said before it in the exchange, small talk and
   * questions aside.
   */
  private static Optional<Candidate> objectSaidBefore(PreparedConversation c, Sentence s,
      Candidate candidate) {
    if (candidate.kind != Kind.COMMITMENT || !c.cues().isEnglish()
        || !PRONOUN_OBJECT.matcher(candidate.item.text()).find() || s.index() == 0) {
      return Optional.empty();
    }
    Sentence before = statementBefore(c, s);
    if (before == null) {
      return Optional.empty();
    }
    ActionItem item = candidate.item;
    candidate.item = new ActionItem(item.owner(),
        Sentences.capitalize(FINAL_STOP.matcher(before.text()).replaceAll("")) + " — " + item.text(),
        item.due(), item.sources());
    candidate.sentences.add(before.index());
    return Optional.of(candidate);
  }

  /**
   * The last statement with some content before the sentence: earlier in its own message, else in
   * the two messages before it in its thread.
   */
  private static Sentence statementBefore(PreparedConversation c, Sentence s) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    List<Sentence> candidates = new ArrayList<>(own.subList(0, own.indexOf(s)));
    java.util.Collections.reverse(candidates);
    for (int i : c.preceding(s.messageIndex(), 2)) {
      List<Sentence> said = new ArrayList<>(c.sentencesOf(i));
      java.util.Collections.reverse(said);
      candidates.addAll(said);
    }
    for (Sentence t : candidates) {
      if (!t.smallTalk() && t.user() != null) {
        return t.isQuestion() || t.terms().size() < 2 ? null : t;
      }
    }
    return null;
  }

  private static boolean follows(PreparedConversation c, int request, int reply) {
    return c.following(request, ACCEPT_WINDOW).contains(reply);
  }

  /** One item: the owner who took it, the clearer wording, the later-stated due date. */
  private static ActionItem merged(ActionItem first, ActionItem second) {
    String owner = second.owner() != null ? second.owner() : first.owner();
    String text = Terms.content(second.text()).size() > Terms.content(first.text()).size()
        ? second.text() : first.text();
    String due = second.due() != null ? second.due() : first.due();
    List<String> sources = new ArrayList<>(first.sources());
    second.sources().stream().filter(ts -> !sources.contains(ts)).forEach(sources::add);
    return new ActionItem(owner, text, due, sources);
  }

  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / (a.size() + b.size() - shared);
  }

  /**
   * A task says what to do to what: "Use", "Test" or "Have it done by Monday" alone has lost its
   * object. At least one content word besides the verb and the date.
   */
  private static boolean hasObject(PreparedConversation c, String text) {
    if (text.isBlank()) {
      return false;
    }
    if (!c.cues().isEnglish()) {
      return c.sentences().isEmpty() || !TextAnalysis.of(c.language()).terms(text,
          TextAnalysis.of(c.language()).words(text)).isEmpty();
    }
    String withoutDue = DueDates.find(text).map(d -> text.replace(d, " ")).orElse(text);
    List<String> words = Terms.words(withoutDue);
    List<String> content = Terms.contentOf(words);
    if (content.isEmpty() || words.size() < 2) {
      return false;
    }
    // The first word is the verb ("Update the runbook"): something must follow it.
    return content.size() >= 2 || !content.get(0).equals(Terms.stem(words.get(0)));
  }

  private static Optional<Candidate> labelled(PreparedConversation c, Sentence s) {
    Matcher label = c.cues().labels().matcher(s.text());
    if (!label.find() || isDecisionLabel(label.group())) {
      if (!OWNER_HINTS.mayMatch(s.text())) {
        return Optional.empty();
      }
      Matcher owner = OWNER_LABEL.matcher(s.text());
      return owner.find()
          ? Optional.of(candidate(owner.group(1), s.text(), s, Kind.LABELLED)) : Optional.empty();
    }
    String rest = s.text().substring(label.end());
    List<String> mentioned = SlackText.userIds(rest);
    String owner = !mentioned.isEmpty() ? mentioned.get(0)
        : FIRST_PERSON.matcher(rest).matches() ? s.user() : null;
    return Optional.of(candidate(owner, phrase(c, rest), s, Kind.LABELLED));
  }

  /** "Decision:" and "Agreed:" share the label pattern with "TODO:" but are not tasks. */
  private static boolean isDecisionLabel(String label) {
    return DECISION_LABEL.matcher(label.toLowerCase(Locale.ROOT)).matches();
  }

  private static Optional<Candidate> requestToMention(PreparedConversation c, Sentence s) {
    if (s.text().indexOf('<') < 0) {
      return requestByName(c, s);
    }
    Matcher m = MENTION_REQUESTS.computeIfAbsent(c.cues(),
        cues -> Pattern.compile(M + cues.mentionRequest().pattern())).matcher(s.text());
    if (m.find()) {
      return Optional.of(candidate(m.group(1), phrase(c, s.text().substring(m.start())), s,
          Kind.REQUEST));
    }
    Matcher late = REQUEST_THEN_MENTION.matcher(s.text());
    if (c.cues().isEnglish() && late.find()) {
      String text = SPACES.matcher(s.text().replace("<@" + late.group(1) + ">", " ")).replaceAll(" ");
      return Optional.of(candidate(late.group(1), phrase(c, text), s, Kind.REQUEST));
    }
    return Optional.empty();
  }

  /**
   * "Ana will update the runbook", "Lars übernimmt die Migration": a task given to a participant
   * by name or mention, owned by them.
   */
  private static Optional<Candidate> assigned(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    if (s.isQuestion() || cues.isEnglish() && !ASSIGNED_HINTS.mayMatch(s.text())) {
      return Optional.empty();
    }
    Matcher m = cues.assigned().matcher(s.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String who = m.group(1);
    List<String> mentioned = SlackText.userIds(who);
    String owner = !mentioned.isEmpty() ? mentioned.get(0) : c.userNamed(who);
    if (owner == null) {
      return Optional.empty();
    }
    String task = cues.isEnglish() ? s.text().substring(m.end()) : s.text();
    return Optional.of(candidate(owner, phrase(c, task), s, Kind.REQUEST));
  }

  /** "Bo, can you check…": a request to a participant addressed by name rather than mention. */
  private static Optional<Candidate> requestByName(PreparedConversation c, Sentence s) {
    Matcher named = ADDRESSED.matcher(s.text());
    if (!named.find()) {
      return Optional.empty();
    }
    String owner = c.userNamed(named.group(1));
    if (owner == null || owner.equals(s.user())) {
      return Optional.empty();
    }
    String rest = s.text().substring(named.end());
    Matcher request = c.cues().mentionRequest().matcher(rest);
    if (!request.lookingAt() || request.end() == 0) {
      return Optional.empty();
    }
    return Optional.of(candidate(owner, phrase(c, rest), s, Kind.REQUEST));
  }

  private static Optional<Candidate> commitment(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    if (s.isQuestion() || cues.isEnglish() && !COMMITMENT_HINTS.mayMatch(s.text())
        && !s.text().strip().equalsIgnoreCase("me")
        || cues.notATask().matcher(s.text()).find() || reasonForAsking(c, s)) {
      return Optional.empty();
    }
    String text = ACCEPTANCE_OPENER.matcher(s.text()).replaceFirst("");
    Matcher m = cues.commitment().matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    if (!cues.isEnglish()) {
      return Optional.of(candidate(s.user(), phrase(c, text), s, Kind.COMMITMENT));
    }
    String rest = text.substring(m.end());
    if (Terms.content(rest).isEmpty()) {
      // "I'll do it" answers a request, which is the item; "me, happy to" answers "who'll
      // mentor?", which says what was taken on.
      // ({@link #detect} keeps it only when it answers a who-question or accepts a request.)
      return Optional.of(candidate(s.user(), "", s, Kind.COMMITMENT));
    }
    String cue = m.group().strip();
    String verb = TAKING_VERB.matcher(cue.toLowerCase(Locale.ROOT)).matches()
        ? I_WILL.matcher(cue).replaceAll("") + " "
        : "";
    return Optional.of(candidate(s.user(), phrase(c, verb + rest), s, Kind.COMMITMENT));
  }

  /**
   * "Who has the admin seat? I need to add a contractor": an obligation beside a question says
   * why it is asked; whoever answers takes it on.
   */
  private static boolean reasonForAsking(PreparedConversation c, Sentence s) {
    return OBLIGATION.matcher(s.text()).find()
        && c.sentencesOf(s.messageIndex()).stream().anyMatch(Sentence::isQuestion);
  }

  private static Optional<Candidate> plainRequest(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    if (cues.isEnglish() && !REQUEST_HINTS.mayMatch(s.text())
        || !cues.request().matcher(s.text()).find() || s.terms().size() < 2) {
      return Optional.empty();
    }
    Optional<Integer> reply = firstReplyByOther(c, s);
    Optional<Integer> taken = reply.filter(i -> takesIt(c, i));
    String owner = taken.map(i -> c.messages().get(i).user()).orElse(null);
    if (owner == null && reply.filter(i -> doesIt(c, i)).isPresent()) {
      return Optional.empty(); // asked and answered on the spot: nothing left to do
    }
    Candidate request = candidate(owner, phrase(c, s.text()), s, Kind.REQUEST);
    // "on it": the reply that made it someone's is cited with the request.
    taken.ifPresent(i -> {
      c.sentencesOf(i).forEach(t -> request.sentences.add(t.index()));
      ActionItem item = request.item;
      List<String> sources = new ArrayList<>(item.sources());
      sources.add(c.messages().get(i).ts());
      request.item = new ActionItem(item.owner(), item.text(), item.due(), sources);
    });
    return Optional.of(request);
  }

  private static Optional<Integer> firstReplyByOther(PreparedConversation c, Sentence s) {
    for (int i : c.following(s.messageIndex(), TAKE_WINDOW)) {
      Message reply = c.messages().get(i);
      if (reply.user() != null && !reply.user().equals(s.user())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A short reply that takes the request: "on it", "will do". */
  private static boolean takesIt(PreparedConversation c, int reply) {
    String plain = c.plainText(reply);
    return c.cues().takingIt().matcher(plain).find() && Terms.content(plain).size() <= 3;
  }

  /**
   * A reply that does what was asked (gives the workaround, shares the link): a statement with
   * substance that neither takes the request on nor dodges it.
   */
  private static boolean doesIt(PreparedConversation c, int reply) {
    List<Sentence> said = c.sentencesOf(reply);
    if (said.isEmpty() || said.get(0).isQuestion()) {
      return false;
    }
    String plain = c.plainText(reply);
    Cues cues = c.cues();
    int terms = said.stream().mapToInt(t -> t.terms().size()).sum();
    return terms >= 3 && !cues.commitment().matcher(plain).find()
        && !cues.nonAnswer().matcher(plain).find() && !cues.isDeferral(plain);
  }

  private static Candidate candidate(String owner, String text, Sentence s, Kind kind) {
    return new Candidate(new ActionItem(owner, text, DueDates.find(s.text()).orElse(null),
        List.of(s.ts())), kind, s);
  }

  /** "<@U2> can you update the runbook by Friday?" → "Update the runbook by Friday". */
  static String phrase(String text) {
    return phrase(Cues.ENGLISH, text);
  }

  private static String phrase(PreparedConversation c, String text) {
    return phrase(c.cues(), text);
  }

  private static String phrase(Cues cues, String text) {
    String t = LEADING_MENTIONS.matcher(text.strip()).replaceFirst("");
    t = cues.labels().matcher(t).replaceFirst("");
    if (cues.isEnglish()) {
      // Other languages keep the sentence whole: their request and commitment words are woven
      // into the verb ("ich passe … an"), and a sentence cut at the wrong place reads worse.
      t = ACCEPTANCE_OPENER.matcher(t).replaceFirst("");
      t = REQUEST_WORDS.matcher(t).replaceFirst("");
    }
    t = TRAILING.matcher(t).replaceFirst("");
    return Sentences.capitalize(t);
  }
}
