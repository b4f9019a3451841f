package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan put to the group with a line that invites objections ("shout if you disagree",
 * 「異論あればどうぞ」) and then agreed is decided in the words of the plan, never in the words of the
 * invitation, whether the call has a sentence of its own or follows the plan after a comma; and
 * the call, said rather than asked, is read as a call for objections as "objections?" is. "if
 * nobody objects we go with X" is the plan itself, worded with its condition.
 */
class ObjectionCallsTest {

  @Test
  void an_agreed_plan_is_worded_as_the_plan_not_as_the_call_for_objections() {
    assertThat(decisions(
        "U1", "standup moves to 9:30 from monday. shout if you disagree",
        "U2", "+1",
        "U3", "+1"))
        .singleElement().asString().contains("9:30").doesNotContain("shout");
    assertThat(decisions(
        "U1", "9/30 でサポート終了、それまではセキュリティ修正のみ、でいきたいです。異論あればどうぞ",
        "U2", "賛成です 👍"))
        .singleElement().asString().contains("9/30").doesNotContain("異論");
  }

  @Test
  void a_plan_said_in_the_same_sentence_as_the_call_is_still_the_plan() {
    assertThat(decisions(
        "U1", "standup moves to 9:30 from monday, shout if you disagree",
        "U2", "agreed"))
        .singleElement().asString().contains("9:30");
  }

  @Test
  void a_call_said_to_the_group_or_with_a_mention_is_still_only_a_call() {
    assertThat(decisions(
        "U1", "standup moves to 9:30 from monday. <!here> shout if you disagree",
        "U2", "agreed"))
        .singleElement().asString().contains("9:30").doesNotContain("shout");
    assertThat(decisions(
        "U1", "standup moves to 9:30 from monday. folks, shout if you disagree",
        "U2", "+1",
        "U3", "+1"))
        .singleElement().asString().contains("9:30").doesNotContain("shout");
    assertThat(decisions(
        "U1", "9/30 でサポート終了、でいきたいです。チームの皆さん、異論あればどうぞ",
        "U2", "賛成です"))
        .singleElement().asString().contains("9/30").doesNotContain("異論");
  }

  @Test
  void a_call_on_its_own_or_after_work_reported_decides_nothing() {
    assertThat(decisions(
        "U1", "standup moves to 9:30 from monday",
        "U1", "shout if you disagree",
        "U2", "+1",
        "U3", "+1"))
        .noneMatch(d -> d.contains("hout"));
    assertThat(decisions(
        "U1", "新しい手順書を作りました。質問があればどうぞ",
        "U2", "+1",
        "U3", "+1"))
        .isEmpty();
  }

  @Test
  void the_call_said_rather_than_asked_is_read_as_a_call_in_each_language() {
    for (String[] said : List.of(
        new String[] {"en", "let me know if anyone objects"},
        new String[] {"de", "wenn jemand Einwände hat, bitte melden"},
        new String[] {"fr", "si quelqu'un a une objection, dites-le"},
        new String[] {"es", "si alguien tiene alguna objeción, que lo diga"},
        new String[] {"pt", "se alguém tiver alguma objeção, é só falar"},
        new String[] {"ja", "反対意見があれば教えてください"},
        new String[] {"de", "falls jemand Einwände hat, bitte melden"},
        new String[] {"fr", "si quelqu’un a une objection, c’est maintenant"},
        new String[] {"pt", "se alguém tiver alguma objeção, avisa"},
        new String[] {"ja", "問題があれば言ってください"},
        new String[] {"ja", "意見があればコメントください"})) {
      Cues cues = Cues.of(said[0]);
      assertThat(RegexPrefilter.find(cues.choices().objectionCall(), said[1])).as(said[1]).isTrue();
    }
    // The plan said with its condition is no call: it is what gets decided.
    assertThat(RegexPrefilter.find(Cues.ENGLISH.choices().objectionCall(),
        "if nobody objects we go with the blue one")).isFalse();
    assertThat(RegexPrefilter.find(Cues.JAPANESE.choices().objectionCall(),
        "異論なければこれで行きます")).isFalse();
  }
}
