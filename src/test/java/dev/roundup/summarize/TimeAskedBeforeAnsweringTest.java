package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Time asked for before an answer, in every cue language ("give me till next wed", "gib mir bis
 * freitag", "laisse-moi jusqu'à vendredi", "dame hasta el viernes", "me dá até sexta",
 * 「金曜まで時間ください」「少し考えさせてください」), puts the answer off: never a decision. An
 * idea put to the others in Japanese with a softened 「…どうですかね」 asks, as a "?" would. Near
 * misses: a plan with the day it will be done by ("we'll set up an alias, give me till wed"), an
 * ordinary "give me the keys", and 「公開まで待ってください」, an answer that tells the asker to
 * wait.
 */
class TimeAskedBeforeAnsweringTest {

  @Test
  void time_asked_for_before_answering_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("give me till next wed")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("ok, give us until friday to decide")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("give me a couple of days to think it over")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("hm, gib mir bis freitag")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("lass mich drüber schlafen")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("ok laisse-moi jusqu'à vendredi")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("laissez-moi y réfléchir")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("vale, dame hasta el viernes")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("déjame pensarlo")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("me dá até sexta")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("deixa eu pensar")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("金曜まで時間ください")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("少し考えさせてください")).isTrue();
  }

  @Test
  void a_plan_with_its_day_an_ordinary_give_or_a_wait_told_is_not_put_off() {
    assertThat(Cues.ENGLISH.isDeferral("we'll set up a payments alias, give me till wed"))
        .isFalse();
    assertThat(Cues.ENGLISH.isDeferral("give me the keys, I'll open up")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("gib mir bitte den Schlüssel")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("dame las llaves")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("me dá a chave")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("要項公開まで待ってください。")).isFalse();
  }

  @Test
  void a_reply_asking_for_time_decides_nothing() {
    assertThat(decisions(
        "U1", "do we renew the cleaning contract with brightway or go to tender?",
        "U2", "brightway have been fine, price went up 8% though",
        "U3", "we could renew for one year and tender next spring",
        "U1", "not deciding this without the tender costs. <@U4> can you get us a rough quote"
            + " from two other firms?",
        "U4", "yeah, give me till next wed",
        "U2", "ok"))
        .noneMatch(d -> d.toLowerCase(Locale.ROOT).contains("next wed"));
  }

  @Test
  void a_softened_japanese_how_about_is_a_question() {
    assertThat(Cues.JAPANESE.isQuestion("sandboxのインスタンスを72時間で自動停止させる案どうですかね。"))
        .isTrue();
    assertThat(Cues.JAPANESE.isQuestion("いかがでしょうかね")).isTrue();
    assertThat(Cues.JAPANESE.isQuestion("72時間で自動停止させます。")).isFalse();
  }
}
