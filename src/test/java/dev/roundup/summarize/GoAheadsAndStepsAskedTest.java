package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A go-ahead settles the step put to it: "do we cancel the queued jobs?" — "no, leave them";
 * "we could drop the warehouse to M at night" — "yes, do that"; "can we push bay 34 into STS 3's
 * sequence? adds maybe 60 moves" — "do it". Near misses, which hold on the code before too and
 * guard against the rules reaching further: an offer granted stays the offerer's task, a question
 * about what is or what is done as a habit stays a question, a question put to "you" is not the
 * step settled, and "send it" or "ok do this:" settles nothing.
 */
class GoAheadsAndStepsAskedTest {

  @Test
  void a_no_to_what_we_do_now_says_what_holds() {
    assertThat(decisions(
        "UA", "runners are out of disk, docker images filled /var",
        "UB", "do we cancel the queued jobs? 340 in the queue",
        "UC", "no, leave them, they'll retry once disk frees up",
        "UB", "ok"))
        .anyMatch(d -> d.contains("leave them"));
  }

  @Test
  void a_yes_to_what_we_do_now_grants_it() {
    assertThat(decisions(
        "UA", "gang 2 is stood on the quay doing nothing while 4 is down. do we send them to the yard?",
        "UB", "yes, gang 2 to yard rehandles till 4 is back"))
        .anyMatch(d -> d.contains("yard rehandles"));
  }

  @Test
  void a_question_about_what_we_have_is_no_step_to_grant() {
    assertThat(decisions(
        "UA", "the sensor on the landside pin is smashed",
        "UB", "do we have a spare sensor?",
        "UC", "yes, stores has one in bin 14C"))
        .isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      we could also drop the warehouse from L to M at night, nobody waits on it at 3am | yes, do that | drop the warehouse
      we could restart the test with the fixed event instead of deduping the old data | ok do this | restart the test
      """)
  void a_go_ahead_naming_no_more_than_the_step_settles_the_proposal(String proposal,
      String goAhead, String words) {
    assertThat(decisions("UA", "the numbers are off since tuesday", "UB", proposal, "UC", goAhead))
        .anyMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains(words));
  }

  @Test
  void a_go_ahead_to_an_offer_is_the_offerers_task() {
    assertThat(decisions(
        "UA", "pool pump tripped again",
        "UB", "i can hook the backup up, need the 50mm coupling from the workshop, 30 min",
        "UA", "yes, do that"))
        .isEmpty();
  }

  @Test
  void the_step_asked_is_what_the_go_ahead_settles_not_the_reason_after_it() {
    assertThat(decisions(
        "UA", "STS 4 is still down",
        "UB", "can we push the rest of bay 34 into STS 3's sequence? adds maybe 60 moves to 3 but keeps us moving",
        "UA", "do it."))
        .containsExactly("Can we push the rest of bay 34 into STS 3's sequence");
    assertThat(decisions(
        "UA", "crash rate on 4.18 is at 2%, fix is in 4.18.1",
        "UB", "expedited review? apple usually grants it for crash fixes",
        "UA", "yes, do that"))
        .containsExactly("Expedited review");
  }

  @Test
  void a_question_put_to_you_is_not_the_step_settled() {
    assertThat(decisions(
        "UA", "the truck company can't do glasgow to aberdeen, driver hours",
        "UB", "or we load out on the night of the 14th?",
        "UC", "harp and timps can't sit overnight in a car park",
        "UA", "then it's the second driver. pete can you approve the £1.4k from the tour budget?",
        "UB", "checked, contingency covers it. approved"))
        .anyMatch(d -> d.contains("second driver"));
    assertThat(decisions(
        "UA", "disk on db-2 is at 95%",
        "UB", "you seeing the same on db-3? rotating the logs frees 40GB",
        "UA", "do it"))
        .noneMatch(d -> d.contains("You seeing"));
  }

  @Test
  void a_plan_of_its_own_after_the_question_is_what_the_go_ahead_settles() {
    assertThat(decisions(
        "UA", "the fix for the export bug is not in 5.3",
        "UB", "should we tell the customer? i'd hold the release until monday",
        "UA", "do it"))
        .anyMatch(d -> d.contains("hold the release"))
        .noneMatch(d -> d.startsWith("Should we tell"));
  }

  @Test
  void the_nearest_question_before_the_reason_is_the_step_and_a_plan_after_it_wins() {
    assertThat(decisions(
        "UA", "5.12 checkout errors at 4%",
        "UB", "rollback? no wait. should we disable the new-checkout flag instead? that cuts the errors",
        "UA", "do it"))
        .containsExactly("Should we disable the new-checkout flag instead");
    assertThat(decisions(
        "UA", "the fix for the export bug is not in 5.3",
        "UB", "should we tell the customer? i'd hold the release until monday. the fix needs QA anyway",
        "UA", "do it"))
        .containsExactly("I'd hold the release until monday.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | still filling up? rotating the logs frees 40GB | do it | Still filling up
      en | seriously? again? rerunning it with --resume frees the queue | do it | Seriously
      ja | 本番のディスク使用率の推移はもう確認しましたか？ログをローテーションすれば40GB空きます。 | やってください | 本番のディスク
      """)
  void how_things_are_is_no_step(String language, String message, String goAhead,
      String notTheStep) {
    assertThat(decisions("UA", "disk alert on db-2", "UB", message, "UA", goAhead))
        .noneMatch(d -> d.startsWith(notTheStep));
  }

  @Test
  void a_step_of_one_word_is_the_step_asked() {
    assertThat(decisions(
        "UA", "5.12 is out to 20%",
        "UB", "rollback? error rate is at 8% and climbing",
        "UA", "yes, do that"))
        .containsExactly("Rollback");
  }

  @Test
  void a_question_in_another_language_that_asks_how_things_are_is_no_step() {
    assertThat(decisions(
        "UA", "Der Build auf main ist seit heute früh rot.",
        "UB", "Läuft der Build bei euch lokal noch durch? Der Cache ist kaputt, den würde ich leeren.",
        "UA", "Mach das."))
        .noneMatch(d -> d.startsWith("Läuft"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      do we send invoices monthly?
      do we call the pricing api twice per request?
      do we delete old backups automatically?
      do we still send the newsletter?
      do we hold a licence for the font?
      do we restart the workers nightly?
      do we cancel orders if the payment fails?
      """)
  void a_question_about_what_is_done_as_a_habit_is_no_step_to_grant(String question) {
    assertThat(decisions("UA", "quick one for the billing docs", "UB", question, "UC", "yes, on the 1st"))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sure, do it | true
      yep, do it | true
      yes, do that please | true
      ok do this: | false
      send it | false
      """)
  void go_ahead_words(String reply, boolean settles) {
    assertThat(RegexPrefilter.find(Cues.of("en").settling(), reply)).isEqualTo(settles);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      adds maybe 60 moves to 3 but keeps us moving | false
      that takes maybe a couple of hours | false
      it costs maybe $500 | false
      that's maybe two hours of work | false
      maybe we switch to the other vendor | true
      maybe 2 of us fly out monday | true
      sure, maybe one day | true
      sure, we can do that maybe another time | true
      we ship it maybe 2 weeks later | true
      maybe | true
      let's figure that out in the runbook review thursday | true
      we'll sort it out at the next planning | true
      we figured that out in the review last week | false
      i'll work it out in the planning sheet tonight | false
      let's figure it out in the call right now | false
      please sort it out in the review doc before friday | false
      """)
  void maybe_before_an_amount_and_working_it_out_at_a_meeting(String text, boolean deferral) {
    assertThat(Cues.of("en").isDeferral(text)).isEqualTo(deferral);
  }
}
