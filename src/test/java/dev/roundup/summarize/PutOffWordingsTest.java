package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question put off for later, worded in each language ("not deciding that today", "isso fica
 * pra depois", "das verschieben wir"), is never a decision, while a plan that only mentions a
 * later date or a review still is. And answers that look like a decision but hand out or take on
 * a task ("I'll ship it in 20 min", "yes. @kofi can you give them a heads-up?", "great, can you
 * have mobile by the 9th?" — "9th works") are action items, not decisions.
 */
class PutOffWordingsTest {

  @Test
  void not_deciding_now_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral(
        "not deciding that today, let's look at the numbers at thursday's review")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we won't settle it now")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's leave it for later")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll get round to that later")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll get round to that next week")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we’ll probably get round to the venue later")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("agreed, I'll get round to it first thing tomorrow"))
        .isFalse();
    assertThat(Cues.ENGLISH.isDeferral("ok we'll get round to it later today")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("i got round to it yesterday")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("let's not decide catering tonight")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("no need to pick a venue today")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("then we revisit. don't want to pre-decide that")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("i don't want to pre-judge it")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's look at the numbers at the review")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("isso fica pra depois")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("deixa isso para outra hora")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("não vamos decidir isso hoje")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("lo dejamos para después")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso queda para más adelante")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("hoy no lo decidimos")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on ne tranche pas aujourd'hui")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on laisse ça pour plus tard")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das verschieben wir")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das entscheiden wir heute nicht")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("besprechen wir ein andermal")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは後で決めましょう")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("今日は決めません")).isTrue();
  }

  @Test
  void a_plan_naming_a_later_date_or_a_review_is_no_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("we ship on thursday after the review")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("deciding factor is cost")).isFalse();
    // Not deciding something else is no put-off of the choice: it is the choice.
    assertThat(Cues.ENGLISH.isDeferral("let's not settle for the cheapest quote again")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("let's not pick the cheapest caterer again")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("fica com o Zendesk por mais um ano")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("lo dejamos así, sin cambios")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir verschieben den Release auf Freitag")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on garde Vanta pour la collecte des preuves")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("水曜リリースで決定")).isFalse();
  }

  @Test
  void not_deciding_it_tonight_leaves_the_choice_open_while_work_is_handed_out() {
    assertThat(decisions(
        "U1", "burger van or the café for catering? van wants a £150 pitch fee",
        "U2", "let's not decide catering tonight. sam can you get a quote from the café too and"
            + " we compare next week",
        "U3", "yep will ask them"))
        .isEmpty();
  }

  @Test
  void a_question_answered_by_putting_it_off_decides_nothing() {
    assertThat(decisions(
        "U1", "should we keep the fallback on permanently for UK? it costs us about 2x",
        "U2", "not deciding that today, let's look at the numbers at thursday's review"))
        .isEmpty();
    assertThat(decisions(
        "U1", "e o chatbot novo que o marketing quer? entra nessa conta?",
        "U2", "isso fica pra depois"))
        .isEmpty();
    assertThat(decisions(
        "U1", "¿y el chatbot de marketing? ¿entra en el contrato?",
        "U2", "lo dejamos para después"))
        .isEmpty();
  }

  @Test
  void deciding_after_something_else_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("ok, let's decide that after the rehearsal")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll decide once we've seen the numbers")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das entscheiden wir nach der Probe")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("entscheiden wir, wenn die Zahlen da sind")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on décidera après la répétition")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso lo decidimos después del ensayo")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("vamos a decidirlo cuando tengamos los números")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("decidiremos tras la prueba")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("isso a gente decide depois do ensaio")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("じゃあそれはリハ後に決めましょう")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("結果を見てから決めたいですね")).isTrue();
  }

  @Test
  void deciding_at_the_meeting_just_named_or_weighing_it_later_is_a_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("put it on the retro agenda, we decide it there")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("add that to next week's agenda")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("ok we'll decide that there")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("setz es auf die Retro-Agenda, da entscheiden wir")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("kommt ins Planning, dort klären wir das.")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("ok, on tranchera à ce moment-là")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("vale, lo decidimos ahí")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("beleza, a gente decide lá")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("sexta tem retro, decidimos lá")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("sexta tem retro, a gente decide lá mesmo")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("am Freitag ist Retro, da entscheiden wir, ob wir B nehmen"))
        .isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's add that to this week's agenda")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは個別MTGで状況聞いてから考えましょう")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("ベンダーの回答を聞いてから検討しましょう")).isTrue();
  }

  @Test
  void deciding_here_or_what_is_decided_there_is_no_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("we decide it here, flag stays off")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("ok we decide that there is no code freeze this year"))
        .isFalse();
    assertThat(Cues.ENGLISH.isDeferral("ok we decide that there should be no code freeze"))
        .isFalse();
    assertThat(Cues.ENGLISH.isDeferral("add it to todays agenda")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("put it on the agenda for today")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("add it to today's agenda")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("I'll put it on my agenda")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("da entscheiden wir uns für Variante B")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("also gut, da entscheiden wir, dass Variante B kommt"))
        .isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("decidimos lá que vamos com a AWS")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("decidimos lá mesmo: vamos com a AWS")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("decide lá, vai")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("確認してから出荷します")).isFalse();
  }

  @Test
  void a_decision_reported_or_a_plan_after_something_else_is_no_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("we decided after the call to keep the old vendor")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("the captain decides when to ship")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("after the rehearsal we switch over")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir haben nach der Probe entschieden: Variante B")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on a décidé après la réunion de garder Vanta")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("decidimos tras la reunión pasar al horario de invierno")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("depois do ensaio a gente migra, decidido")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("リハ後に決めた手順で行きます")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("ロールバック基準は30分で決めました")).isFalse();
  }

  @Test
  void a_question_answered_by_deciding_it_later_decides_nothing() {
    assertThat(decisions(
        "U1", "ロールバックの判断基準はどうしますか？何分までに終わらなかったら戻す、とか",
        "U2", "うーん、それはリハの結果を見てから決めたいですね",
        "U1", "じゃあそれはリハ後に決めましょう"))
        .isEmpty();
    assertThat(decisions(
        "U1", "what's our rollback criterion? how many minutes before we go back?",
        "U2", "let's decide that after the rehearsal"))
        .isEmpty();
    assertThat(decisions(
        "U1", "what's our rollback criterion? how many minutes before we go back?",
        "U2", "let's go with 30 minutes, decided"))
        .isNotEmpty();
  }

  @Test
  void shipping_it_yourself_is_a_task_while_ship_it_decides() {
    assertThat(decisions(
        "U1", "how fast can we get it out",
        "U2", "hotfix is a one-liner, I'll ship it in the next 20 min"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Everything is green on staging, release 5.12 is ready.",
        "U2", "ok, ship it today"))
        .isNotEmpty();
  }

  @Test
  void a_bare_yes_that_asks_someone_to_do_it_is_a_task_not_a_decision() {
    assertThat(decisions(
        "U1", "should we tell marketing? they're about to report the weekly numbers",
        "U2", "yes. <@U1> can you give them a heads-up before their 2pm?"))
        .isEmpty();
    // A yes that says what instead still grants it.
    assertThat(decisions(
        "U1", "Can we still deploy the marketing site?",
        "U2", "Yes, marketing site is exempt"))
        .singleElement().asString().contains("marketing site is exempt");
  }

  @Test
  void a_date_agreed_to_a_request_after_praise_is_the_request_taken() {
    assertThat(decisions(
        "U1", "great, can you have mobile by the 9th?",
        "U2", "9th works"))
        .isEmpty();
    assertThat(decisions(
        "U1", "dry run on jan 26?",
        "U2", "26 works"))
        .isNotEmpty();
  }
}
