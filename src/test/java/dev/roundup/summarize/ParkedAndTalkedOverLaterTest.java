package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A point parked until a later meeting ("let's park the tournament til the committee meeting on
 * the 14th") or left to be talked over at leisure in a quieter season ("lass uns das im Winter in
 * Ruhe besprechen") is put off, a deferral in every language and never a decision; parking a van
 * behind the hall, or a talk that already took place, is not.
 */
class ParkedAndTalkedOverLaterTest {

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs))).stream()
        .map(d -> d.value().text().toLowerCase(Locale.ROOT)).toList();
  }

  @Test
  void a_point_parked_until_a_later_meeting_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral(
        "lets park the tournament til the committee meeting on the 14th, it needs a vote anyway"))
        .isTrue();
    assertThat(Cues.ENGLISH.isDeferral("shelve the rebrand until after the audit")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("lass uns das Turnier bis zur Vorstandssitzung parken"))
        .isTrue();
    assertThat(Cues.FRENCH.isDeferral("on met le tournoi de côté jusqu'au comité du 14"))
        .isTrue();
    assertThat(Cues.SPANISH.isDeferral("aparcamos el torneo hasta la reunión del comité"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("deixamos o torneio em espera até a reunião do comitê"))
        .isTrue();
    assertThat(Cues.JAPANESE.isDeferral("大会は14日の委員会まで保留にしましょう")).isTrue();
    // Near misses: parking a vehicle, setting something aside with no later time.
    assertThat(Cues.ENGLISH.isDeferral("park the van behind the hall on saturday")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir parken den Anhänger hinter der Halle")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("aparcamos la furgoneta detrás del pabellón")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("車は裏の駐車場に停めてください")).isFalse();
  }

  @Test
  void a_point_left_to_talk_over_at_leisure_later_is_a_deferral_in_every_language() {
    assertThat(Cues.GERMAN.isDeferral("lass uns das im winter in ruhe besprechen")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das besprechen wir nach der Saison")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's talk that through over the winter")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll discuss it properly when things are quieter"))
        .isTrue();
    assertThat(Cues.FRENCH.isDeferral("on en reparle cet hiver à tête reposée")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("lo hablamos en invierno con calma")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("vamos conversar sobre isso no inverno com calma"))
        .isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは冬にゆっくり話しましょう")).isTrue();
    // Near misses: the talk already took place, and what was settled in it.
    assertThat(Cues.GERMAN.isDeferral("wir haben das im Winter in Ruhe besprochen")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we talked it through over the winter")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("conversamos sobre isso no inverno")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("冬にゆっくり話した")).isFalse();
  }

  @Test
  void the_parked_point_is_no_decision_and_the_plan_beside_it_still_is() {
    List<String> en = decisions(
        "leon", "the may tournament, do we even host again? last year was chaos",
        "marcy", "lets park the tournament til the committee meeting on the 14th, it needs a vote",
        "leon", "fair",
        "marcy", "decided: training stays tue/thu 17:30 for U9-U12, same as autumn",
        "priya", "works for us");
    assertThat(en).noneMatch(d -> d.contains("park"));
    assertThat(en).anyMatch(d -> d.contains("17:30"));
    List<String> de = decisions(
        "jonas", "sollen wir nächstes jahr den vollernter vom nachbarn leihen? nur so ne idee",
        "katrin", "lass uns das im winter in ruhe besprechen",
        "jonas", "ok");
    assertThat(de).noneMatch(d -> d.contains("winter"));
  }
}
