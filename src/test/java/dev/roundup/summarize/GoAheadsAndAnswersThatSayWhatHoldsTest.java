package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.actionItems;
import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Go-aheads and yes-answers the rules read as decisions:
 * <ul>
 *   <li>a directive said back as done by the one who carried it out ("pull the auto-quoter on
 *   futures now" — "pulled :thumbsup:"): a decision, and no task left open;</li>
 *   <li>a go-ahead to a step proposed before a remark about it ("we could fail over … more hops
 *   but …" — "do it") settles the step, worded from it;</li>
 *   <li>a yes that says what holds before it asks someone to do it ("yes. B dogs get walked
 *   separately from now … <@abby> can you redo the walk rota?"), and a yes to "do we put
 *   out a delay message?" or to "should I cancel the bingo tomorrow" without its question
 *   mark.</li>
 * </ul>
 * Near misses: the same word said back in the same form ("reviewed, fixed two typos" — "fixed,
 * thanks"), a bare yes that only hands the work on, and a go-ahead after a plan that states its
 * own step last.
 */
class GoAheadsAndAnswersThatSayWhatHoldsTest {

  @Test
  void a_directive_said_back_as_done_is_a_decision_and_no_open_task() {
    String[] thread = {
        "UANTON", "why is the ES ladder lagging?? prints on bbg are 2-3s ahead of our screen",
        "UJULES", "looking. lag is upstream, vendor gateway timestamps are already late",
        "USHREYA", "how long has it been like this? are we quoting off stale prices?",
        "UJULES", "since 9:31 per the logs. the auto-quoter is on the same feed so yes, probably",
        "USHREYA", "pull the auto-quoter on futures now. manual only until the feed is clean",
        "UANTON", "pulled :thumbsup:"};
    assertThat(decisions(thread)).anyMatch(d -> d.startsWith("Pull the auto-quoter on futures"));
    assertThat(actionItems(thread)).noneMatch(a -> a.text().toLowerCase().contains("auto-quoter"));
  }

  @Test
  void a_word_said_back_in_the_form_it_had_reports_twice() {
    assertThat(decisions(
        "USAM", "release notes for 4.2 are in the doc, please review by EOD",
        "UTIA", "reviewed, fixed two typos. The importer section is wrong though",
        "USAM", "fixed, thanks"))
        .noneMatch(d -> d.toLowerCase().contains("typos"));
  }

  @Test
  void a_go_ahead_settles_the_step_proposed_not_the_remark_after_it() {
    assertThat(decisions(
        "UPETE", "vendor's NY4 gateway is lagging 2s for several clients",
        "UJULES", "we could fail over to the backup line via their CH2 gateway. more hops but"
            + " should be ~5ms not 2s",
        "USHREYA", "do it"))
        .anyMatch(d -> d.contains("fail over to the backup line"))
        .noneMatch(d -> d.startsWith("More hops"));
  }

  @Test
  void a_go_ahead_after_a_plan_that_states_its_step_last_keeps_that_step() {
    assertThat(decisions(
        "UELIF", "proposal for log retention: app logs 30 days hot, 90 cold, audit logs 7 years",
        "USVEN", "90 days kills our churn analysis",
        "UAMIR", "let's go with Elif's policy. sven, you have until the end of Q1 for the"
            + " analytics bucket. everything else goes live Jan 1.",
        "USVEN", "ok, deal"))
        .anyMatch(d -> d.toLowerCase().contains("elif's policy"));
  }

  @Test
  void a_yes_that_says_what_holds_before_asking_someone_settles_it() {
    String[] thread = {
        "USUE", "every owner of a coughing dog gets a call today",
        "UJAMIE", "should we stop the group walks too?",
        "UNAT", "yes. B dogs get walked separately from now, not with A and C. <@UABBY> can you"
            + " redo the walk rota?"};
    assertThat(decisions(thread)).anyMatch(d -> d.contains("B dogs get walked separately"));
    assertThat(actionItems(thread)).anyMatch(a -> "UABBY".equals(a.owner()));
  }

  @Test
  void a_bare_yes_that_hands_the_work_on_is_a_task_only() {
    assertThat(decisions(
        "UMO", "should we tell marketing? they have a launch post going out at 2",
        "UKEV", "yes. <@UKOFI> can you give them a heads-up before their 2pm?"))
        .isEmpty();
  }

  @Test
  void a_yes_to_do_we_put_out_a_message_is_a_decision() {
    assertThat(decisions(
        "UFAY", "HJ-14 axle counter failed, trains held at the signal",
        "ULOTTE", "do we put out a delay message? CIS still shows the 06:40 as on time",
        "UFAY", "Yes. 20 min delay on all up services via Hollins until further notice."))
        .anyMatch(d -> d.contains("20 min delay"));
  }

  @Test
  void should_i_without_its_question_mark_still_asks() {
    assertThat(Cues.ENGLISH.isQuestion("should I cancel the Hawthorn bingo tomorrow")).isTrue();
    assertThat(Cues.GERMAN.isQuestion("sollen wir den Termin verschieben")).isTrue();
    assertThat(Cues.ENGLISH.isQuestion("we should cancel the bingo tomorrow")).isFalse();
  }
}
