package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Scope kept out ("jenkins credentials stay as they are, since jenkins goes away in Q1") and a
 * condition put before a step ("android needs the new crash reporter in before any external
 * testers") are plans that decide once someone else agrees; what a proposal keeps out is a
 * decision of its own beside the one agreed with it.
 */
class ScopeKeptAndConditionsTest {

  @Test
  void scope_kept_out_or_a_condition_before_a_step_is_put_as_a_plan_in_every_language() {
    assertThat(Cues.ENGLISH.putsAsPlan("jenkins credentials stay as they are")).isTrue();
    assertThat(Cues.ENGLISH.putsAsPlan("the analytics warehouse is out of scope")).isTrue();
    assertThat(Cues.ENGLISH.putsAsPlan(
        "android needs the new crash reporter in before any external testers")).isTrue();
    assertThat(Cues.GERMAN.putsAsPlan("die Jenkins-Credentials bleiben, wie sie sind")).isTrue();
    assertThat(Cues.GERMAN.putsAsPlan("die Jenkins-Credentials bleiben wie sie sind")).isTrue();
    assertThat(Cues.GERMAN.putsAsPlan(
        "der Crash-Reporter muss drin sein, bevor externe Tester kommen")).isTrue();
    assertThat(Cues.FRENCH.putsAsPlan("les identifiants Jenkins restent en l'état")).isTrue();
    assertThat(Cues.FRENCH.putsAsPlan(
        "le crash reporter doit être livré avant les testeurs externes")).isTrue();
    assertThat(Cues.SPANISH.putsAsPlan("las credenciales de Jenkins se quedan como están"))
        .isTrue();
    assertThat(Cues.SPANISH.putsAsPlan(
        "el crash reporter tiene que estar antes de los testers externos")).isTrue();
    assertThat(Cues.PORTUGUESE.putsAsPlan("as credenciais do Jenkins ficam como estão"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.putsAsPlan(
        "o crash reporter tem que entrar antes dos testers externos")).isTrue();
    assertThat(Cues.JAPANESE.putsAsPlan("Jenkinsの認証情報はそのままにします")).isTrue();
    assertThat(Cues.JAPANESE.putsAsPlan("外部テスターの前にクラッシュレポーターが必要")).isTrue();
  }

  @Test
  void a_state_reported_or_a_step_told_is_no_plan() {
    assertThat(Cues.ENGLISH.putsAsPlan("the dashboard is as slow as before")).isFalse();
    assertThat(Cues.ENGLISH.putsAsPlan("I checked the logs before lunch")).isFalse();
    assertThat(Cues.GERMAN.putsAsPlan("ich habe vor dem Mittag geschaut")).isFalse();
    assertThat(Cues.FRENCH.putsAsPlan("j'ai regardé avant midi")).isFalse();
    assertThat(Cues.SPANISH.putsAsPlan("lo miré antes de comer")).isFalse();
    assertThat(Cues.PORTUGUESE.putsAsPlan("eu olhei antes do almoço")).isFalse();
    assertThat(Cues.JAPANESE.putsAsPlan("昼の前にログを見ました")).isFalse();
  }

  @Test
  void what_an_agreed_proposal_keeps_out_is_a_decision_of_its_own() {
    assertThat(decisions(
        "U1", "ok proposal: AWS Secrets Manager + External Secrets Operator. jenkins credentials"
            + " stay as they are since jenkins goes away in Q1 anyway",
        "U2", "+1",
        "U3", "+1"))
        .hasSize(2)
        .anyMatch(d -> d.toLowerCase().startsWith("jenkins credentials stay as they are"));
  }

  @Test
  void a_condition_before_a_step_that_someone_agrees_to_decides() {
    assertThat(decisions(
        "U1", "planning the 5.0 mobile beta, ~200 external testers starting the 14th",
        "U2", "android needs the new crash reporter in before any external testers, otherwise"
            + " we're flying blind",
        "U3", "agree, that's a blocker"))
        .anyMatch(d -> d.contains("crash reporter"));
  }

  @Test
  void a_condition_nobody_agrees_to_decides_nothing() {
    assertThat(decisions(
        "U1", "android needs the new crash reporter in before any external testers",
        "U2", "not sure, the old one works fine"))
        .isEmpty();
  }
}
