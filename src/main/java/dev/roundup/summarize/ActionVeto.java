package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

/**
 * Boosted trees, grown on the tuning threads, that drop the rules' action items they doubt.
 * The rules list a task wherever a sentence reads like one; some are not tasks a reader would
 * list ("i'll be around if you need me", a plan the lead set aside two messages later, a promise
 * the thread already kept, the same task listed twice). The trees weigh each rule item by what
 * it is (who owns it, whether they wrote it, whether its first message mentions them, its due
 * date and length, how many messages it rests on) and by its first and last messages' {@link
 * MessageFeatures}, and give it a probability that a careful reader lists it. An item under {@link #SHIPPED_KEEP} is dropped.
 *
 * <p>The threshold is chosen with the adding trees' ({@link ActionTrees}) by one rule over the
 * two together ({@code train-actions}, {@code ActionVetoTrainer.Report#chosen}). Items the trees
 * add are not weighed here: the veto judges only what the rules found.
 */
public final class ActionVeto {

  /** The probability under which a rule's action item is dropped. */
  public static final double SHIPPED_KEEP = 0.3;

  private static final String SHIPPED = "action-veto.txt";

  /** Features of the item itself, before its first and last messages' own. */
  private static final List<String> ITEM_NAMES = List.of(
      "item: messages", "item: owner wrote the first", "item: owner wrote the last",
      "item: no owner", "item: due date", "item: words", "item: span", "item: position",
      "item: first names the owner", "item: sentences");

  /** The features, in the order the trees read them. */
  public static final List<String> NAMES = names();

  private static final int ITEM = ITEM_NAMES.size();

  private static final int MESSAGE = MessageFeatures.NAMES.size();

  private static final ActionVeto SHIPPED_VETO = new ActionVeto(() -> Shipped.TREES, SHIPPED_KEEP);

  /** One rule item and its features: the trainer labels it by the gold action items. */
  public record Example(ActionItem item, double[] values) {}

  private final Supplier<Optional<TreeEnsemble>> trees;
  private final double keep;

  private ActionVeto(Supplier<Optional<TreeEnsemble>> trees, double keep) {
    this.trees = trees;
    this.keep = keep;
  }

  /** The trees shipped with Roundup, grown by {@code train-actions}, read on first use. */
  public static ActionVeto shipped() {
    return SHIPPED_VETO;
  }

  /** No veto: every rule item stays. */
  public static ActionVeto none() {
    return new ActionVeto(Optional::empty, SHIPPED_KEEP);
  }

  /** These trees at a threshold: the trainer's sweep. */
  public static ActionVeto with(TreeEnsemble trees, double keep) {
    Optional<TreeEnsemble> given = Optional.of(trees);
    return new ActionVeto(() -> given, keep);
  }

  /** Read once, on first use: every summarizer shares the same immutable trees. */
  private static final class Shipped {
    static final Optional<TreeEnsemble> TREES = Optional.of(TreeEnsemble.read(open(), NAMES));

    private static InputStream open() {
      InputStream in = ActionVeto.class.getResourceAsStream(SHIPPED);
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is missing from the build");
      }
      return in;
    }
  }

  /**
   * Every rule item's features as the embedded summarizer reads {@code conversation} with the
   * rules alone: the examples the trees are grown from.
   */
  public static List<Example> examples(Conversation conversation) {
    ExtractiveSummarizer.Reading reading =
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none(), ActionTrees.none())
            .read(conversation, SummaryOptions.DEFAULT);
    PreparedConversation c = reading.prepared();
    if (c.sentences().isEmpty()) {
      return List.of();
    }
    MessageFeatures.Context context = MessageFeatures.of(c, reading.decisions(),
        reading.actions(), reading.questions(), WordingModel.NONE);
    List<Example> out = new ArrayList<>();
    for (Detection<ActionItem> item : reading.actions()) {
      IntToDoubleFunction f = features(c, context, item);
      double[] values = new double[NAMES.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = f.applyAsDouble(i);
      }
      out.add(new Example(item.value(), values));
    }
    return out;
  }

  /**
   * {@code all} without the items of {@code ruled} (the rules' own, by identity) the trees doubt;
   * {@code all} itself when none is dropped. The features read what the rules found: their
   * decisions, their action items and their open questions.
   */
  List<Detection<ActionItem>> kept(PreparedConversation c, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> ruled, List<Detection<Point>> questions,
      List<Detection<ActionItem>> all) {
    Optional<TreeEnsemble> grown = trees.get();
    if (grown.isEmpty() || ruled.isEmpty()) {
      return all;
    }
    MessageFeatures.Context context =
        MessageFeatures.of(c, decisions, ruled, questions, WordingModel.NONE);
    // The rules' own items, by identity: a task the trees added may read the same.
    Set<Detection<ActionItem>> doubted = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Detection<ActionItem> item : ruled) {
      if (grown.get().probability(features(c, context, item)) < keep) {
        doubted.add(item);
      }
    }
    if (doubted.isEmpty()) {
      return all;
    }
    return all.stream().filter(a -> !doubted.contains(a)).toList();
  }

  /** The item's own features, then its first message's, then its last message's. */
  private static IntToDoubleFunction features(PreparedConversation c,
      MessageFeatures.Context context, Detection<ActionItem> item) {
    List<Integer> messages = new ArrayList<>(c.messagesOf(item));
    Collections.sort(messages);
    int first = messages.get(0);
    int last = messages.get(messages.size() - 1);
    IntToDoubleFunction firstSays = MessageFeatures.lazily(context, first);
    IntToDoubleFunction lastSays = MessageFeatures.lazily(context, last);
    ActionItem task = item.value();
    return f -> {
      if (f >= ITEM + MESSAGE) {
        return lastSays.applyAsDouble(f - ITEM - MESSAGE);
      }
      if (f >= ITEM) {
        return firstSays.applyAsDouble(f - ITEM);
      }
      return switch (f) {
        case 0 -> messages.size();
        case 1 -> flag(Objects.equals(task.owner(), c.messages().get(first).user()));
        case 2 -> flag(Objects.equals(task.owner(), c.messages().get(last).user()));
        case 3 -> flag(task.owner() == null);
        case 4 -> flag(task.due() != null);
        case 5 -> StrictMath.log(1 + task.text().split("\\s+").length);
        case 6 -> last - first;
        case 7 -> first / (double) c.messages().size();
        case 8 -> flag(task.owner() != null
            && SlackText.userIds(c.messages().get(first).text()).contains(task.owner()));
        case 9 -> item.sentenceIndices().size();
        default -> throw new IllegalArgumentException("no item feature " + f);
      };
    };
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(ITEM_NAMES);
    MessageFeatures.NAMES.forEach(n -> names.add("first: " + n));
    MessageFeatures.NAMES.forEach(n -> names.add("last: " + n));
    return List.copyOf(names);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "action veto from %.2f", keep);
  }
}
