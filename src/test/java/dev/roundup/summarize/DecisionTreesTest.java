package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the decision trees may do to the rules' decisions, whatever the trees say: trees that give
 * every message a high probability keep every rule decision and add only the messages the guards
 * let through; trees that give a low one add nothing and drop the rule decisions, unless the
 * threshold to keep is 0; a rule decision stays when any one of its messages reaches it.
 */
class DecisionTreesTest {

  /** Trees with no split: every message gets {@code 1 / (1 + e^-base)}. */
  private static DecisionTrees everyMessage(double base) {
    return DecisionTrees.with(model(base, List.of()));
  }

  private static DecisionTrees.Model model(double base, List<TreeEnsemble.Node> trees) {
    return new DecisionTrees.Model(
        new TreeEnsemble(MessageFeatures.NAMES, base, 1, trees), WordingModel.NONE);
  }

  /** Trees that give a message before {@code position} (of the thread, 0 to 1) 0.007, and 0.993 after. */
  private static DecisionTrees.Model doubtingBefore(double position) {
    return model(0, List.of(TreeEnsemble.Node.split(MessageFeatures.NAMES.indexOf("position"),
        position, TreeEnsemble.Node.leaf(-5), TreeEnsemble.Node.leaf(5))));
  }

  private static final Conversation THREAD = Threads.chat(
      "U1", "the vendor sent the new quote this morning, it is 12% under the old one",
      "U2", "what do we do about the old contract?",
      "U1", "we'll decide that next week once legal has read it",
      "U3", "ok, we switch to the new vendor from March",
      "U2", "sounds good, and the old one stays for backups",
      "U4", "the quote is valid for thirty days anyway",
      "U1", "thanks all",
      "U3", "the rollout plan is in the wiki under procurement");

  private static List<Point> decisions(DecisionTrees missed) {
    return new ExtractiveSummarizer(SummarizerTuning.DEFAULT, missed)
        .summarize(THREAD, SummaryOptions.DEFAULT).decisions();
  }

  private static Set<String> cited(List<Point> points) {
    return points.stream().flatMap(p -> p.sources().stream()).collect(Collectors.toSet());
  }

  private static String ts(int message) {
    return THREAD.messages().get(message).ts();
  }

  @Test
  void a_statement_no_rule_listed_is_added_in_its_own_words_and_trusted_rule_decisions_all_stay() {
    List<Point> rules = decisions(DecisionTrees.none());
    List<Point> withTrees = decisions(everyMessage(5));

    assertThat(cited(rules)).contains(ts(3));
    assertThat(withTrees).containsAll(rules);
    assertThat(cited(withTrees)).contains(ts(0), ts(7));
    assertThat(withTrees).anySatisfy(p -> {
      assertThat(p.sources()).containsExactly(ts(0));
      assertThat(p.text()).containsIgnoringCase("the vendor sent the new quote this morning");
    });
  }

  @Test
  void questions_put_offs_small_talk_and_the_neighbours_of_a_decision_are_never_added() {
    Set<String> rules = cited(decisions(DecisionTrees.none()));
    Set<String> cited = cited(decisions(everyMessage(5)));

    assertThat(cited).doesNotContain(ts(1), ts(2), ts(6));
    // Beside "we switch to the new vendor" and the agreement the rules joined to it: what follows
    // a decision restates or qualifies it, and is not a decision of its own.
    assertThat(rules).contains(ts(4)).doesNotContain(ts(5));
    assertThat(cited).doesNotContain(ts(5));
  }

  @Test
  void trees_that_doubt_every_message_add_nothing_and_drop_the_rules_decisions() {
    assertThat(decisions(DecisionTrees.none())).isNotEmpty();
    assertThat(decisions(everyMessage(-5))).isEmpty();
  }

  @Test
  void a_decision_announced_as_one_stays_whatever_the_trees_say() {
    Conversation announced = Threads.chat(
        "U1", "We decided to move the standup to 10am.",
        "U2", "thanks for the heads up");
    List<Point> rules = new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none())
        .summarize(announced, SummaryOptions.DEFAULT).decisions();
    List<Point> doubted = new ExtractiveSummarizer(SummarizerTuning.DEFAULT, everyMessage(-5))
        .summarize(announced, SummaryOptions.DEFAULT).decisions();

    assertThat(rules).isNotEmpty();
    assertThat(doubted).isEqualTo(rules);
  }

  @Test
  void a_rule_decision_is_kept_by_any_message_it_cites_the_agreement_it_joined_too() {
    Conversation flaky = Threads.chat(
        "U1", "what do we do about the flaky checkout test?",
        "U2", "quarantine it and open a ticket",
        "U1", "yes, quarantine it, we fix it next sprint");
    List<Point> rules = new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none())
        .summarize(flaky, SummaryOptions.DEFAULT).decisions();
    Point quarantine = rules.stream()
        .filter(p -> p.sources().contains(flaky.messages().get(2).ts())).findFirst().orElseThrow();

    // Doubted up to the middle: the first two messages are, the agreement at the end is not.
    List<Point> doubted = new ExtractiveSummarizer(SummarizerTuning.DEFAULT,
        DecisionTrees.with(doubtingBefore(0.5))).summarize(flaky, SummaryOptions.DEFAULT)
        .decisions();
    assertThat(doubted).contains(quarantine);
  }

  @Test
  void with_nothing_to_keep_from_every_rule_decision_stays() {
    DecisionTrees keepAll = DecisionTrees.with(model(-5, List.of()),
        new DecisionTrees.Thresholds(DecisionTrees.SHIPPED_THRESHOLDS.add(), 0));
    assertThat(decisions(keepAll)).isEqualTo(decisions(DecisionTrees.none()));
  }

  @Test
  void a_rule_decision_stays_when_one_of_its_messages_reaches_the_threshold_to_keep() {
    // "ok, we switch to the new vendor from March" (message 3 of 0 to 7, at 3/7) and the agreement
    // the rules join to it (message 4, at 4/7): one decision citing both.
    Point vendor = decisions(DecisionTrees.none()).stream()
        .filter(p -> p.sources().contains(ts(3))).findFirst().orElseThrow();
    assertThat(vendor.sources()).contains(ts(4));

    // Doubted up to 0.5: message 3 is, its agreement is not. Doubted up to 0.6: both are.
    assertThat(decisions(DecisionTrees.with(doubtingBefore(0.5)))).contains(vendor);
    assertThat(decisions(DecisionTrees.with(doubtingBefore(0.6)))).doesNotContain(vendor);
  }

  @Test
  void the_shipped_trees_read_the_features_the_summarizer_writes_and_keep_an_agreed_decision() {
    assertThat(new ExtractiveSummarizer().summarize(THREAD, SummaryOptions.DEFAULT).decisions())
        .containsAll(decisions(DecisionTrees.none()));
  }

  /** Decisions of {@code conversation} by trees that trust only its last message. */
  private static List<Point> trustingTheLast(Conversation conversation) {
    return new ExtractiveSummarizer(SummarizerTuning.DEFAULT,
        DecisionTrees.with(doubtingBefore(0.9))).summarize(conversation, SummaryOptions.DEFAULT)
        .decisions();
  }

  private static Conversation fridgeThen(String last) {
    return Threads.chat(
        "U1", "the fridge in room 4 failed overnight, thirty vials were in it",
        "U2", "the vials move to the pharmacy fridge and the gap goes in the log",
        "U3", last);
  }

  @Test
  void a_trusted_message_that_lays_out_options_is_not_added() {
    assertThat(trustingTheLast(fridgeThen(
        "ok. options: (a) the ward fridge, (b) the pharmacy fridge, (c) bin them"))).isEmpty();
    assertThat(trustingTheLast(fridgeThen(
        "ok. the vials go to the ward fridge instead, pharmacy is full"))).singleElement()
        .satisfies(p -> assertThat(p.text()).containsIgnoringCase("ward fridge"));
  }

  @Test
  void a_trusted_message_that_also_puts_something_off_is_listed_for_what_it_settles() {
    List<Point> added = trustingTheLast(fridgeThen(
        "rack 3 goes back in the pharmacy fridge today. the rest we'll see next week"));
    assertThat(added).singleElement().satisfies(p -> {
      assertThat(p.text()).containsIgnoringCase("rack 3").doesNotContainIgnoringCase("we'll see");
    });
  }
}
