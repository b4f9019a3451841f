package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A choice said to belong to another time or to others ("that's a budget conversation, not
 * tonight", "that's an AGM vote, not ours"), and one a Japanese speaker will make later the same
 * day (「…午後までに決める」), is put off, not decided. Near misses: a decision that names a
 * conversation or a vote it came from, and a deadline by which others must answer.
 */
class ChoicesBelongingElsewhereTest {

  @Test
  void a_choice_said_to_belong_to_another_time_or_to_others_is_put_off() {
    assertThat(Cues.ENGLISH.isDeferral("agreed but that's a budget conversation, not tonight")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("that's an AGM vote, not ours")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("it's a board decision - not one for us")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("this is a bigger question, not for today")).isTrue();
    // Near misses: decisions that name a conversation or a vote, and a plain "not tonight".
    assertThat(Cues.ENGLISH.isDeferral("that's a decision, not a suggestion: we close at 6"))
        .isFalse();
    assertThat(Cues.ENGLISH.isDeferral("it was a board vote and it passed, we open sundays")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("the budget conversation is done: we keep the van")).isFalse();
  }

  @Test
  void a_japanese_choice_to_be_made_later_today_is_put_off() {
    assertThat(Cues.JAPANESE.isDeferral("うーん、レンタカー借りるかルートまとめるか…午後までに決める")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("夕方に判断します")).isTrue();
    // Near misses: a decision taken this afternoon, reported, and work due by the afternoon.
    assertThat(Cues.JAPANESE.isDeferral("午後に決めた通り、レンタカーで行きます")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("見積もりは午後までに送ります")).isFalse();
  }

  @Test
  void a_reply_putting_the_choice_elsewhere_is_no_decision() {
    assertThat(Threads.decisions(
        "U1", "we could buy a second lte router for the docks, 400 quid",
        "U2", "agreed but that's a budget conversation, not tonight"))
        .isEmpty();
  }
}
