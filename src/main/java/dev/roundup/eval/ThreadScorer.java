package dev.roundup.eval;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores one summary of a {@link GoldThread}. An item matches a gold item when it cites one of the
 * gold item's messages (and, for an action item, names the same owner, or none when gold has
 * none); each gold item is matched at most once, so a duplicate counts as a wrong item. Traps are
 * counted apart: a decision citing a deferral, an action item citing a casual remark, an open
 * question the thread answered, anything citing a message addressed to the bot. Messages marked
 * "either" are optional both ways: an item citing only those is not scored, and neither is a gold
 * item resting only on them. A gold action item the thread reports finished ("(done)") is optional
 * the same way: a summary lists what is still to do, and may or may not mention what was done.
 */
public final class ThreadScorer {

  private ThreadScorer() {}

  /** A thread's scores and its mistakes, said in words for whoever tunes the detectors. */
  public record Result(GoldThread thread, SectionScore decisions, SectionScore actions,
      SectionScore actionsAnyOwner, SectionScore questions, int deferralsAsDecisions,
      int trapActions, int answeredAsOpen, int botContent, List<String> mistakes) {}

  public static Result score(GoldThread thread, Summary scored) {
    List<String> mistakes = new ArrayList<>();
    Summary summary = withoutEither(thread, scored);
    SectionScore decisions = points("decision", thread, summary.decisions(),
        required(thread, thread.decisions()), mistakes);
    SectionScore questions = points("question", thread, summary.openQuestions(),
        required(thread, thread.questions()), mistakes);
    List<GoldThread.GoldItem> gold = required(thread, thread.actions());
    SectionScore actions = actions(thread, summary.actionItems(), gold, true, mistakes);
    SectionScore anyOwner = actions(thread, summary.actionItems(), gold, false,
        new ArrayList<>());
    int deferrals = citing(summary.decisions().stream().map(Point::sources).toList(), thread,
        thread.notDecision());
    int trapActions = citing(summary.actionItems().stream().map(ActionItem::sources).toList(),
        thread, thread.notAction());
    int answered = citing(summary.openQuestions().stream().map(Point::sources).toList(), thread,
        thread.notQuestion());
    List<List<String>> everything = new ArrayList<>();
    summary.highlights().forEach(p -> everything.add(p.sources()));
    summary.decisions().forEach(p -> everything.add(p.sources()));
    summary.openQuestions().forEach(p -> everything.add(p.sources()));
    summary.actionItems().forEach(a -> everything.add(a.sources()));
    int bot = citing(everything, thread, thread.notContent());
    if (summary.stats() != null && summary.stats().addressedToBot() < thread.notContent().size()) {
      mistakes.add("receipt counts " + summary.stats().addressedToBot()
          + " messages to the bot, gold " + thread.notContent().size());
    }
    if (deferrals > 0) {
      mistakes.add(deferrals + " trap message(s) listed as decisions");
    }
    if (bot > 0) {
      mistakes.add(bot + " message(s) to the bot shown as content");
    }
    return new Result(thread, decisions, actions, anyOwner, questions, deferrals, trapActions,
        answered, bot, mistakes);
  }

  /** How {@link #score} counts one listed action item (owner matched). */
  public enum Outcome {
    /** It matches a gold item still to do that no earlier item matched. */
    RIGHT,
    /** It matches a gold item the thread reports finished: it scores nothing. */
    FINISHED,
    /** It matches no gold item left: a wrong item, or a second one for the same task. */
    WRONG,
    /** It cites only messages gold leaves open either way: it is not scored. */
    NOT_SCORED
  }

  /** How {@link #score} counts each of {@code listed}, in order, as the action items. */
  public static List<Outcome> actionOutcomes(GoldThread thread, List<ActionItem> listed) {
    List<GoldThread.GoldItem> gold = required(thread, thread.actions());
    boolean[] used = new boolean[gold.size()];
    List<Outcome> outcomes = new ArrayList<>();
    for (ActionItem a : listed) {
      if (onlyEither(thread, a.sources())) {
        outcomes.add(Outcome.NOT_SCORED);
        continue;
      }
      int g = claim(gold, used, positions(thread, a.sources()), a.owner(), true);
      outcomes.add(g < 0 ? Outcome.WRONG
          : gold.get(g).finished() ? Outcome.FINISHED : Outcome.RIGHT);
    }
    return outcomes;
  }

  private static boolean onlyEither(GoldThread thread, List<String> sources) {
    Set<Integer> cited = positions(thread, sources);
    return !cited.isEmpty() && thread.either().containsAll(cited);
  }

  /** The summary without items that cite only messages gold leaves open either way. */
  private static Summary withoutEither(GoldThread thread, Summary summary) {
    if (thread.either().isEmpty()) {
      return summary;
    }
    Predicate<List<String>> onlyEither = sources -> onlyEither(thread, sources);
    return new Summary(summary.tldr(), summary.highlights(),
        summary.decisions().stream().filter(p -> !onlyEither.test(p.sources())).toList(),
        summary.actionItems().stream().filter(a -> !onlyEither.test(a.sources())).toList(),
        summary.openQuestions().stream().filter(p -> !onlyEither.test(p.sources())).toList(),
        summary.stats(), summary.note(), summary.language());
  }

  private static SectionScore points(String section, GoldThread thread, List<Point> listed,
      List<GoldThread.GoldItem> gold, List<String> mistakes) {
    List<Set<Integer>> cited = listed.stream().map(p -> positions(thread, p.sources())).toList();
    return match(section, cited, listed.stream().map(Point::text).toList(), gold, i -> true,
        mistakes);
  }

  /** Gold items that rest on at least one message not marked "either". */
  private static List<GoldThread.GoldItem> required(GoldThread thread,
      List<GoldThread.GoldItem> gold) {
    return gold.stream().filter(g -> !thread.either().containsAll(g.sources())).toList();
  }

  private static SectionScore actions(GoldThread thread, List<ActionItem> listed,
      List<GoldThread.GoldItem> gold, boolean ownerMustMatch, List<String> mistakes) {
    List<Set<Integer>> cited = listed.stream().map(a -> positions(thread, a.sources())).toList();
    List<String> texts = listed.stream()
        .map(a -> (a.owner() == null ? "-" : a.owner()) + ": " + a.text()).toList();
    List<String> owners = listed.stream().map(ActionItem::owner).toList();
    boolean[] used = new boolean[gold.size()];
    int matched = 0;
    int wrong = 0;
    for (int i = 0; i < listed.size(); i++) {
      int g = claim(gold, used, cited.get(i), owners.get(i), ownerMustMatch);
      if (g >= 0) {
        matched += gold.get(g).finished() ? 0 : 1;
      } else {
        wrong++;
        mistakes.add("spurious action " + cited.get(i) + " " + texts.get(i));
      }
    }
    int missed = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (!used[g] && !gold.get(g).finished()) {
        missed++;
        mistakes.add("missed action " + gold.get(g).sources() + " "
            + gold.get(g).owner() + ": " + gold.get(g).text());
      }
    }
    return new SectionScore(matched, wrong, missed);
  }

  /**
   * The gold action item a listed one takes, marked used: the first unused one still to do that
   * it matches, else the first finished one (which scores nothing); -1 when none is left.
   */
  private static int claim(List<GoldThread.GoldItem> gold, boolean[] used, Set<Integer> cited,
      String owner, boolean ownerMustMatch) {
    int g = matching(gold, used, cited, owner, ownerMustMatch, false);
    if (g < 0) {
      g = matching(gold, used, cited, owner, ownerMustMatch, true);
    }
    if (g >= 0) {
      used[g] = true;
    }
    return g;
  }

  /** The first unused gold action item, finished or not as asked, that the listed one matches. */
  private static int matching(List<GoldThread.GoldItem> gold, boolean[] used, Set<Integer> cited,
      String owner, boolean ownerMustMatch, boolean finished) {
    for (int g = 0; g < gold.size(); g++) {
      GoldThread.GoldItem item = gold.get(g);
      if (!used[g] && item.finished() == finished && intersects(cited, item.sources())
          && (!ownerMustMatch || Objects.equals(owner, item.owner()))) {
        return g;
      }
    }
    return -1;
  }

  private static SectionScore match(String section, List<Set<Integer>> cited, List<String> texts,
      List<GoldThread.GoldItem> gold, Predicate<Integer> ok, List<String> mistakes) {
    boolean[] used = new boolean[gold.size()];
    int matched = 0;
    for (int i = 0; i < cited.size(); i++) {
      boolean found = false;
      for (int g = 0; g < gold.size() && !found; g++) {
        if (!used[g] && ok.test(i) && intersects(cited.get(i), gold.get(g).sources())) {
          used[g] = true;
          found = true;
        }
      }
      if (found) {
        matched++;
      } else {
        mistakes.add("spurious " + section + " " + cited.get(i) + " " + texts.get(i));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!used[g]) {
        mistakes.add("missed " + section + " " + gold.get(g).sources() + " "
            + gold.get(g).text());
      }
    }
    return new SectionScore(matched, cited.size() - matched, gold.size() - count(used));
  }

  private static int citing(List<List<String>> sources, GoldThread thread, Set<Integer> traps) {
    if (traps.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (List<String> s : sources) {
      if (intersects(positions(thread, s), traps)) {
        n++;
      }
    }
    return n;
  }

  private static Set<Integer> positions(GoldThread thread, List<String> ts) {
    Set<Integer> out = new HashSet<>();
    ts.forEach(t -> {
      Integer i = thread.messageIndex().get(t);
      if (i != null) {
        out.add(i);
      }
    });
    return out;
  }

  private static boolean intersects(Set<Integer> a, Set<Integer> b) {
    for (int x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }
}
