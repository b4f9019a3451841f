package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A choice taken to a later meeting, day or moment in any of the cue languages ("we come back to
 * this at the ops meeting", "let's leave parking for the estates meeting", "we'll figure that out
 * once we have the estimates", "reden wir freitag drüber", "isso a gente vê mês que vem",
 * "経営会議通ってからで") is put off: never a decision. A decision said with the date it will be
 * reviewed ("one rotation for now, revisit in 6 months"), or a plan that names a meeting as where
 * work happens, is not put off.
 */
class LaterMeetingsAndOnceKnownTest {

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs))).stream()
        .map(d -> d.value().text().toLowerCase(Locale.ROOT)).toList();
  }

  @Test
  void a_choice_taken_to_a_later_meeting_or_moment_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("we come back to this at the budget review on the 3rd"))
        .isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's come back to that once we know the quote")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's leave the uniform question for the board meeting"))
        .isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll figure that out when the contract lands")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's not lock a date until the venue confirms")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll settle the rota at the staff meeting")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("weiß nicht. reden wir montag drüber")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("dann erst wenn wir die Zahlen haben")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("le prix on le fixe après le salon")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso lo decidimos en la próxima reunión")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("o uniforme a gente decide na próxima reunião")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは来週の数字を見て決めましょう")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは部長会通ってからで")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("いいと思います。ただ予算がないので、それも次の定例で")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("価格は金曜の打ち合わせで決めましょう")).isTrue();
  }

  @Test
  void a_decision_with_its_review_date_or_work_done_at_a_meeting_is_not_put_off() {
    assertThat(Cues.ENGLISH.isDeferral("one rotation for now, revisit in 6 months")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("2 seats. we revisit when we know the real usage"))
        .isFalse();
    assertThat(Cues.ENGLISH.isDeferral("I'll come back to the office at 3")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("leave the spare keys for the night shift")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir starten, sobald der Bus da ist")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("確認してから送ります")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("定例で決まった通り、金曜にリリースします")).isFalse();
  }

  @Test
  void an_answer_that_takes_the_choice_to_a_later_meeting_decides_nothing() {
    assertThat(decisions(
        "U1", "the car park behind the hall closes in march. where do volunteers park after that?",
        "U2", "the school might lend us their staff car park on saturdays",
        "U1", "we come back to this at the ops meeting on the 14th, i want the school's answer first"))
        .noneMatch(d -> d.contains("ops meeting"));
  }
}
