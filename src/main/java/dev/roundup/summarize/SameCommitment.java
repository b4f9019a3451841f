package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One commitment is one item: a request and its acceptance ("can you update the runbook by
 * Thursday?" — "sure, I'll have it updated Thursday"), or two wordings of the same follow-up by
 * the same owner, are merged into the clearest wording with the later-stated due date, citing
 * every message. A request its owner has taken on already is not taken on again by their next
 * commitment; the owner's first word after a request, a few messages on and wherever it is
 * written, answers it when it names what was asked.
 */
final class SameCommitment {

  /** Items back that a new one is compared with. */
  static final int RECENT_ITEMS = 30;
  /** Messages after a request within which a commitment by its owner accepts it. */
  private static final int ACCEPT_WINDOW = 3;
  /** Messages after a request, in any thread, within which its owner's first word answers it. */
  private static final int LATER_WINDOW = 8;
  /** Shared content terms (Jaccard) from which two items by one owner say the same. */
  private static final double SAME_TASK = 0.5;

  /** Words a restatement must keep of the task: one shared word ("docs") says too little. */
  private static final int MIN_RESTATED_TERMS = 2;
  /** "done by friday", "fertig bis", "listo para", "prêt d'ici", "pronto até": the state promised. */
  private static final String FINISHED_WORDS_TEXT = "done finished ready complete completed"
      + " fertig erledigt listo lista terminado terminada prêt prête fini finie terminé terminée"
      + " pronto pronta feito feita concluído";
  private static final Set<String> FINISHED_WORDS = Set.copyOf(Terms.content(FINISHED_WORDS_TEXT));

  /**
   * "can you take", "kannst du übernehmen", "tu peux prendre", "¿puedes encargarte?", "pode
   * pegar", "お願い": the
   * words that ask someone to take a task on by naming its thing ("yusuf can you take the
   * macro?"), beside the thing named.
   */
  private static final String TAKING_WORDS = "can could peux pourrais pouvez kannst könntest"
      + " puedes podrías podes pode take own handle grab pick cover übernehmen"
      + " übernimmst übernimm nimmst nimm kümmerst kümmern prendre prends occuper occupes gérer"
      + " gères encargar encargas encargarte coger coges ocupas ocuparte pegar pega pegas cuidar"
      + " cuida assumir assume お願い 担当 件";

  /** {@link #TAKING_WORDS} and {@link #FINISHED_WORDS_TEXT} as each language reads them. */
  private static final Map<String, Set<String>> ANALYSED = new ConcurrentHashMap<>();

  private static final Pattern JAPANESE_SCRIPT =
      Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");
  /** A Japanese object or topic marker: the sentence names its own thing. */
  private static final Pattern OWN_OBJECT =
      Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー）)」][をはがも]");

  private SameCommitment() {}

  /**
   * Adds the candidate, or folds it into the item it repeats: the request it accepts, or an item
   * of the same owner about the same thing.
   */
  static void mergeOrAdd(PreparedConversation c, List<ActionCandidate> found,
      ActionCandidate next) {
    // The same commitment is restated within a stretch of conversation, not across a month of
    // channel history: the most recent items are compared, so long channels stay linear.
    for (int k = found.size() - 1; k >= Math.max(0, found.size() - RECENT_ITEMS); k--) {
      ActionCandidate earlier = found.get(k);
      boolean accepts = next.kind == Kind.COMMITMENT && earlier.kind == Kind.REQUEST
          && (earlier.item.owner() == null || earlier.item.owner().equals(next.item.owner()))
          && (follows(c, earlier.messageIndex, next.messageIndex)
              || answersLater(c, earlier, next))
          && !takenOnAlready(c, earlier, next) && !anotherTask(c, earlier, next);
      boolean same = sameTask(new Words(earlier.item, earlier.terms),
          new Words(next.item, next.terms));
      boolean handedOn = !accepts && !same && handedOn(c, earlier, next);
      if (accepts || same || handedOn || goesOnWithoutObject(c, earlier, next)) {
        // Work handed on by naming its thing, or taken on without naming it ("sure, i'll get it
        // done first thing tomorrow"), keeps the words that said what the work is.
        earlier.item = handedOn || accepts && !same && !saysWhat(c, next.item)
            && saysWhat(c, earlier.item)
            ? withOwner(earlier.item, next.item)
            : merged(earlier.item, next.item, takesBack(c, next));
        earlier.sentences.addAll(next.sentences);
        earlier.terms = new HashSet<>(Terms.content(earlier.item.text()));
        return;
      }
    }
    found.add(next);
  }

  /**
   * "じゃあ会場の予約は僕がやります。2/20で仮押さえしておきます": a Japanese commitment right after
   * another of the same speaker in the same message, with no object or topic of its own (no を,
   * は, が, も), goes on with the same task: it says how or when.
   */
  private static boolean goesOnWithoutObject(PreparedConversation c, ActionCandidate earlier,
      ActionCandidate next) {
    if (next.kind != Kind.COMMITMENT || earlier.kind != Kind.COMMITMENT
        || earlier.messageIndex != next.messageIndex
        || !Objects.equals(earlier.item.owner(), next.item.owner())) {
      return false;
    }
    String text = next.item.text();
    return RegexPrefilter.find(JAPANESE_SCRIPT, text) && !RegexPrefilter.find(OWN_OBJECT, text);
  }

  /**
   * "can someone update the macro?" — "yusuf can you take the macro?"; "kann jemand das Makro
   * aktualisieren?" — "<@jan> kannst du das Makro übernehmen?"; "quelqu'un peut mettre à jour la
   * macro ?" — "tu peux prendre la macro ?"; "¿alguien puede actualizar la plantilla?" —
   * "¿puedes encargarte de la plantilla?"; "alguém pode atualizar a macro?" — "pode pegar a
   * macro?";
   * 「誰かマクロを更新してもらえますか？」 — 「マクロの件お願いできますか？」: work asked of nobody, then
   * handed to someone a few messages on by naming only its thing, is one task, theirs. Not "yusuf
   * can you test the macro?", which asks for other work on the same thing.
   */
  private static boolean handedOn(PreparedConversation c, ActionCandidate earlier,
      ActionCandidate next) {
    if (earlier.kind != Kind.REQUEST || next.kind != Kind.REQUEST
        || earlier.item.owner() != null || next.item.owner() == null
        || !follows(c, earlier.messageIndex, next.messageIndex)) {
      return false;
    }
    // The conversation's own analysis: "du", "tu", "peux" are no content words in German and
    // French, and their stems are not English ones.
    TextAnalysis analysis = TextAnalysis.of(c.language());
    Set<String> named = new HashSet<>(analysis.terms(next.item.text()));
    named.removeAll(analysed(c.language(), TAKING_WORDS));
    return !named.isEmpty() && analysis.terms(earlier.item.text()).containsAll(named);
  }

  /**
   * Whether an item says what is to be done in two words or more once its due date and the word
   * for being done are set aside: not "pego, amanhã cedo" or "i'll get it done first thing
   * tomorrow", which take work on by a pronoun or a time alone.
   */
  private static boolean saysWhat(PreparedConversation c, ActionItem item) {
    TextAnalysis analysis = TextAnalysis.of(c.language());
    Set<String> said = new HashSet<>(analysis.terms(item.text()));
    if (item.due() != null) {
      analysis.terms(item.due()).forEach(said::remove);
    }
    said.removeAll(analysed(c.language(), FINISHED_WORDS_TEXT));
    return said.size() >= MIN_RESTATED_TERMS;
  }

  /**
   * A fixed list of words as the language's analysis reads them, worked out once per language
   * and list rather than for every pair of items compared.
   */
  private static Set<String> analysed(String language, String words) {
    return ANALYSED.computeIfAbsent(language + '\n' + words,
        k -> Set.copyOf(TextAnalysis.of(language).terms(words)));
  }

  /**
   * "Olaf, bitte in die Schichtanweisung aufnehmen" — "ok, mach ich bis morgen" — "ich exportier
   * die Loggerdaten als PDF": a request its owner has already taken on is not taken on again by
   * their next commitment, which is a task of its own (unless it says the same thing).
   */
  private static boolean takenOnAlready(PreparedConversation c, ActionCandidate request,
      ActionCandidate next) {
    String owner = next.item.owner();
    return owner != null && request.sentences.stream()
        .map(i -> c.sentences().get(i))
        .anyMatch(t -> t.messageIndex() > request.messageIndex
            && t.messageIndex() < next.messageIndex && owner.equals(t.user()));
  }

  /**
   * "lee can you update the intake checklist?" — "yep. and i'll do a retraining session in leeds
   * on thursday": a commitment that says it comes on top ("and", "also", "und", "außerdem", "et",
   * "aussi", "y", "además", "também") and names nothing that was asked is a second task, not the
   * request taken on.
   */
  private static boolean anotherTask(PreparedConversation c, ActionCandidate request,
      ActionCandidate next) {
    if (next.sentences.isEmpty()) {
      return false;
    }
    Sentence said = c.sentences().get(next.sentences.iterator().next());
    if (!RegexPrefilter.find(ON_TOP, said.text())) {
      return false;
    }
    Set<String> asked = new HashSet<>();
    request.sentences.stream().map(i -> c.sentences().get(i))
        .filter(t -> t.messageIndex() == request.messageIndex)
        .forEach(t -> asked.addAll(t.terms()));
    return said.terms().stream().noneMatch(asked::contains);
  }

  /** Words opening a commitment that say it comes on top of what was asked. */
  private static final Pattern ON_TOP = Pattern.compile("(?iu)^\\W*(?:and|also|plus|und|außerdem"
      + "|zusätzlich|et|aussi|en\\s+plus|y|además|también|e|também|além\\s+disso)\\s");

  /**
   * "<@lena> can you take that?" (refunds, in a side thread) — and lena's next word, in the
   * channel a few messages on: "refunds: yes, I'll run them in one batch tomorrow morning": the
   * owner's first message after being asked, naming what was asked, answers it wherever it is
   * written.
   */
  private static boolean answersLater(PreparedConversation c, ActionCandidate request,
      ActionCandidate next) {
    String owner = next.item.owner();
    if (owner == null || next.messageIndex <= request.messageIndex
        || next.messageIndex - request.messageIndex > LATER_WINDOW) {
      return false;
    }
    for (int i = request.messageIndex + 1; i < next.messageIndex; i++) {
      if (owner.equals(c.messages().get(i).user())) {
        return false;
      }
    }
    Set<String> asked = new HashSet<>();
    c.sentencesOf(request.messageIndex).forEach(t -> asked.addAll(t.terms()));
    return c.sentencesOf(next.messageIndex).stream().flatMap(t -> t.terms().stream())
        .anyMatch(asked::contains);
  }

  /** Whether the reply comes within a few messages of the request. */
  static boolean follows(PreparedConversation c, int request, int reply) {
    return c.following(request, ACCEPT_WINDOW).contains(reply);
  }

  /** One item: the owner who took it, the clearer wording, the later-stated due date. */
  /**
   * Whether the later wording takes the earlier back as it restates it: "I'll send it friday" —
   * "actually scratch that, I'll send it monday" is one item, in the later words.
   */
  private static boolean takesBack(PreparedConversation c, ActionCandidate next) {
    return next.sentences.stream()
        .anyMatch(i -> WithdrawnStatements.takesBack(c, c.sentences().get(i)));
  }

  /** The earlier item's words, owned by whoever the later one hands it to, citing both. */
  private static ActionItem withOwner(ActionItem task, ActionItem handed) {
    List<String> sources = new ArrayList<>(task.sources());
    handed.sources().stream().filter(ts -> !sources.contains(ts)).forEach(sources::add);
    return new ActionItem(handed.owner(), task.text(),
        handed.due() != null ? handed.due() : task.due(), sources);
  }

  /**
   * One item for two wordings: the one with more content words (or the later, when it takes the
   * earlier back), the later due date, every source.
   */
  private static ActionItem merged(ActionItem first, ActionItem second, boolean secondReplaces) {
    String owner = second.owner() != null ? second.owner() : first.owner();
    String text = secondReplaces
        || Terms.content(second.text()).size() > Terms.content(first.text()).size()
        ? second.text() : first.text();
    String due = second.due() != null ? second.due() : first.due();
    List<String> sources = new ArrayList<>(first.sources());
    second.sources().stream().filter(ts -> !sources.contains(ts)).forEach(sources::add);
    return new ActionItem(owner, text, due, sources);
  }

  /**
   * Whether two items are one owner's same task: the same owner, and most of the content words
   * shared, or one restating the other ({@link #restates}). Read by {@link #mergeOrAdd} and by
   * {@link ActionTrees}, which compares each task it adds with every item listed and so keeps
   * each item's words ({@link Words}).
   */
  static boolean sameTask(Words earlier, Words next) {
    // The owners first: most pairs differ there, and their words need not be read.
    String owner = next.item.owner();
    return owner != null && owner.equals(earlier.item.owner())
        && (similarity(earlier.terms(), next.terms()) >= SAME_TASK || restates(earlier, next));
  }

  /**
   * An item's content words and its {@link #taskTerms}, each read the first time it is asked for
   * unless given.
   */
  static final class Words {
    private final ActionItem item;
    private Set<String> terms;
    private Set<String> taskTerms;

    Words(ActionItem item) {
      this.item = item;
    }

    /** An item whose content words are already read ({@code terms}). */
    Words(ActionItem item, Set<String> terms) {
      this.item = item;
      this.terms = terms;
    }

    private Set<String> terms() {
      if (terms == null) {
        terms = new HashSet<>(Terms.content(item.text()));
      }
      return terms;
    }

    private Set<String> taskTerms() {
      if (taskTerms == null) {
        taskTerms = SameCommitment.taskTerms(item);
      }
      return taskTerms;
    }
  }

  /**
   * "I'll set up the account and the component tree" — "then I'll have the component tree done by
   * dec 18": a later wording whose words, once its due date and the word for being done are set
   * aside, are all in the earlier one (or the other way round) restates it with a date.
   */
  private static boolean restates(Words earlier, Words next) {
    return oneHoldsTheOther(earlier.taskTerms(), next.taskTerms());
  }

  /**
   * Whether two wordings say the same thing: most of their content words shared ("We decided to
   * ship on Friday" — "We ship Friday"), or every word of one, two at least, in the other. The
   * test that makes two follow-ups of one owner one item, and two decisions citing the same
   * message one decision ({@link DecisionDetector}).
   */
  static boolean sayTheSame(Set<String> a, Set<String> b) {
    return similarity(a, b) >= SAME_TASK || oneHoldsTheOther(a, b);
  }

  /** Whether every content word of one wording, two at least, is in the other. */
  private static boolean oneHoldsTheOther(Set<String> a, Set<String> b) {
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    return smaller.size() >= MIN_RESTATED_TERMS && larger.containsAll(smaller);
  }

  /** The item's content words without its due date and without "done", "fertig", "listo"… */
  private static Set<String> taskTerms(ActionItem item) {
    Set<String> terms = new HashSet<>(Terms.content(item.text()));
    if (item.due() != null) {
      Terms.content(item.due()).forEach(terms::remove);
    }
    terms.removeAll(FINISHED_WORDS);
    return terms;
  }

  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / (a.size() + b.size() - shared);
  }
}
