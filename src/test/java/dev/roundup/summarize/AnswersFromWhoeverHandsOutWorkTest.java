package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whoever hands out work in a thread, and has it taken on, leads it: their plain answer to a
 * question about what to do settles it, though someone else reported the problem ("and the four
 * sent home? guest pass?" — "everyone turned away gets a guest pass"). An answer that hands the
 * call to someone else ("your call jun", "ravi that's yours", "c'est pas nous qui décidons") or
 * takes it to a later meeting ("let's sort the date in standup", "let's not worry about that till
 * the machine's here") settles nothing, from whoever it comes.
 */
class AnswersFromWhoeverHandsOutWorkTest {

  @Test
  void the_one_who_hands_out_work_settles_a_question_about_what_to_do() {
    assertThat(decisions(
        "U1", "leeds again this morning. 7am spin had 24 booked for 20 bikes, 4 sent home",
        "U2", "the app checks capacity when the page opens, not when you hit book",
        "U3", "<@U2> can you get a 15 min booking cutoff in today",
        "U2", "yep, going in this afternoon",
        "U4", "and the 4 who got sent home? free class? guest pass?",
        "U3", "everyone who got turned away gets a guest pass. not a refund, they're on monthly memberships"))
        .anyMatch(d -> d.contains("guest pass"));
  }

  @Test
  void the_same_answer_from_someone_who_leads_nothing_in_the_thread_settles_nothing() {
    assertThat(decisions(
        "U1", "leeds again this morning. 7am spin had 24 booked for 20 bikes, 4 sent home",
        "U2", "the app checks capacity when the page opens, not when you hit book",
        "U2", "a 15 min booking cutoff is going in this afternoon",
        "U4", "and the 4 who got sent home? free class? guest pass?",
        "U3", "everyone who got turned away gets a guest pass. not a refund, they're on monthly memberships"))
        .noneMatch(d -> d.contains("guest pass"));
  }

  @Test
  void handing_the_call_to_someone_else_settles_nothing() {
    assertThat(decisions(
        "U1", "haze test tonight at 7, fire panel isolated from 6:30",
        "U3", "<@U2> can you be on the panel at 6:30",
        "U2", "yep",
        "U4", "do we run haze in the act 2 storm too or just act 1?",
        "U1", "your call jun, it's your look"))
        .noneMatch(d -> d.toLowerCase().contains("your call"));
    assertThat(RegexPrefilter.find(Cues.ENGLISH.disowns(), "your call jun, it's your look")).isTrue();
    assertThat(RegexPrefilter.find(Cues.ENGLISH.disowns(), "ravi that's yours, no idea what's in the license"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.ENGLISH.disowns(), "up to you.")).isTrue();
    assertThat(RegexPrefilter.find(Cues.FRENCH.disowns(), "c'est pas nous qui décidons, c'est la mairie."))
        .isTrue();
    // The work handed over, not the call: "up to you to send it", "yours truly".
    assertThat(RegexPrefilter.find(Cues.ENGLISH.disowns(), "it's up to you to send the invoice by friday"))
        .isFalse();
    assertThat(RegexPrefilter.find(Cues.ENGLISH.disowns(), "yours truly will drive the van")).isFalse();
  }

  @Test
  void a_choice_taken_to_a_later_meeting_or_moment_is_a_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("let's sort the date in standup")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll settle that at the sync")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's not worry about that till the machine's here")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we settled it at the sync: friday")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("let's sort the boxes in the hall")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("don't worry about the invoice, i paid it")).isFalse();
  }
}
