package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the veto may do, whatever its trees say: drop the rules' own action items it doubts and
 * nothing else (never a task the action trees added), and keep every item it trusts. Then what
 * the shipped veto does with a task asked for by name and taken on.
 */
class ActionVetoTest {

  /** Veto trees with no split: every rule item gets {@code 1 / (1 + e^-base)}. */
  private static ActionVeto everyItem(double base) {
    return ActionVeto.with(new TreeEnsemble(ActionVeto.NAMES, base, 1, List.of()),
        ActionVeto.SHIPPED_KEEP);
  }

  /** Action trees with no split that trust every candidate. */
  private static final ActionTrees ADDING = ActionTreesTest.everyCandidate(5);

  private static final Conversation THREAD = ActionTreesTest.THREAD;

  private static List<ActionItem> actions(Conversation thread, ActionTrees trees) {
    return ActionTreesTest.actions(thread, trees);
  }

  @Test
  void doubted_rule_items_are_dropped_and_added_tasks_never_are() {
    List<ActionItem> rules = actions(THREAD, ActionTrees.none());
    List<ActionItem> added = actions(THREAD, ADDING).stream().filter(a -> !rules.contains(a))
        .toList();

    assertThat(rules).isNotEmpty();
    assertThat(added).isNotEmpty();
    assertThat(actions(THREAD, ActionTrees.none().vetoedBy(everyItem(-5)))).isEmpty();
    assertThat(actions(THREAD, ADDING.vetoedBy(everyItem(-5)))).containsExactlyElementsOf(added);
  }

  @Test
  void trusted_rule_items_all_stay() {
    assertThat(actions(THREAD, ActionTrees.none().vetoedBy(everyItem(5))))
        .isEqualTo(actions(THREAD, ActionTrees.none()));
    assertThat(actions(THREAD, ADDING.vetoedBy(everyItem(5)))).isEqualTo(actions(THREAD, ADDING));
  }

  @Test
  void the_shipped_veto_keeps_a_task_asked_for_by_name_and_taken_on() {
    Conversation thread = Threads.chat(
        "U1", "the on-call runbook still points at the old dashboard",
        "U1", "<@U2> can you update the runbook by thursday?",
        "U2", "sure, I'll have it updated thursday",
        "U3", "thanks both");
    List<ActionItem> rules = actions(thread, ActionTrees.none());

    assertThat(rules).anySatisfy(a -> assertThat(a.owner()).isEqualTo("U2"));
    assertThat(actions(thread, ActionTrees.none().vetoedBy(ActionVeto.shipped())))
        .isEqualTo(rules);
  }
}
