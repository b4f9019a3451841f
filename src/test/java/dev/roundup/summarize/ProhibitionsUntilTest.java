package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What nobody may do, and for how long ("nobody restarts it until EHS has looked at it", "no
 * lifts at the haul-out until the harbour master has been", "niemand startet die Linie, bis die
 * Sicherheit sie angesehen hat", "la báscula 2 no se usa hasta que venga el técnico") is an
 * arrangement that holds until then ({@link Cues#holdsUntil}), and a rule for everyone whoever
 * says it ({@link Cues#forbidsUntil}): a decision, its condition kept in its words. A thing kept
 * as it is ("the sync job stays paused until …") is the plan only from whoever runs the
 * situation; what nobody did ("nobody rang while it was down", "nobody checked it until monday")
 * forbids nothing, and a wait for news ("no update until we know more") neither.
 */
class ProhibitionsUntilTest {

  @Test
  void what_nobody_may_do_until_something_happens_in_every_language() {
    assertThat(Cues.ENGLISH.holdsUntil("nobody restarts it until kim from EHS has looked at it"))
        .isTrue();
    assertThat(Cues.ENGLISH.holdsUntil("and no lifts at the haul-out until the harbour master has"
        + " been.")).isTrue();
    assertThat(Cues.ENGLISH.holdsUntil("No drills on the reserve engine while engine 2 is out."))
        .isTrue();
    assertThat(Cues.GERMAN.holdsUntil("Niemand startet die Linie, bis die Sicherheit sie"
        + " angesehen hat.")).isTrue();
    assertThat(Cues.GERMAN.holdsUntil("Keine Hübe an der Slipanlage, solange der Hafenmeister"
        + " nicht da war.")).isTrue();
    assertThat(Cues.FRENCH.holdsUntil("Personne ne redémarre la ligne tant que la sécurité ne"
        + " l'a pas vue.")).isTrue();
    assertThat(Cues.FRENCH.holdsUntil("Aucun levage jusqu'au passage du capitaine de port."))
        .isTrue();
    assertThat(Cues.SPANISH.holdsUntil("La báscula 2 no se usa hasta que venga el técnico."))
        .isTrue();
    assertThat(Cues.SPANISH.holdsUntil("Nadie reinicia la línea hasta que la vea seguridad."))
        .isTrue();
    assertThat(Cues.PORTUGUESE.holdsUntil("Ninguém religa a linha até a segurança olhar."))
        .isTrue();
    assertThat(Cues.PORTUGUESE.holdsUntil("A balança 2 não se usa até que o técnico venha."))
        .isTrue();
    assertThat(Cues.JAPANESE.holdsUntil("技術者が来るまで2号機は使わない。")).isTrue();
    assertThat(Cues.JAPANESE.holdsUntil("港長の確認までは吊り上げ禁止。")).isTrue();
    // Near misses: a wait for news, a thing that is not there, and a deadline.
    assertThat(Cues.ENGLISH.holdsUntil("no update until we know more from the vendor")).isFalse();
    assertThat(Cues.ENGLISH.holdsUntil("no idea until tomorrow tbh")).isFalse();
    assertThat(Cues.GERMAN.holdsUntil("Kein Update, bis wir mehr wissen.")).isFalse();
    assertThat(Cues.SPANISH.holdsUntil("No hay noticias del técnico todavía.")).isFalse();
    assertThat(Cues.JAPANESE.holdsUntil("金曜までに報告書を出します。")).isFalse();
  }

  @Test
  void what_nobody_may_do_is_decided_whoever_says_it() {
    assertThat(decisions(
        "UTOMAS", "fuel dock pump 2 is dripping again, theres a sheen by slip C4",
        "UMARGUERITE", "<@UTOMAS> get the absorbent boom round it, its in the blue locker",
        "UTOMAS", "on it",
        "UMARGUERITE", "and no lifts at the haul-out until the harbour master has been."))
        .anyMatch(d -> d.contains("until the harbour master has been"));
    // Said by someone who runs nothing and did not open the thread, it is still the rule.
    assertThat(decisions(
        "UTOMAS", "fuel dock pump 2 is dripping again, theres a sheen by slip C4",
        "UKENJI", "ugh, again",
        "UPRIYA", "exclusion zone: nobody within 30m of pump 2 until the harbour master has"
            + " been."))
        .anyMatch(d -> d.contains("until the harbour master has been"));
    assertThat(decisions(
        "UGREG", "Kleiner Brand im Einzug von Linie B, gelöscht, niemand verletzt.",
        "ULARS", "schon wieder",
        "UKAT", "Niemand startet Linie B, bis die Sicherheit sie angesehen hat."))
        .anyMatch(d -> d.contains("bis die Sicherheit"));
    // Near misses from the same bystander: what nobody did, and a thing kept as it is, which
    // may only say how a system behaves.
    assertThat(decisions(
        "UTOMAS", "fuel dock pump 2 is dripping again, theres a sheen by slip C4",
        "UKENJI", "ugh, again",
        "UPRIYA", "nobody noticed until the evening round, the boom was already soaked"))
        .isEmpty();
    assertThat(decisions(
        "UTOMAS", "fuel dock pump 2 is dripping again, theres a sheen by slip C4",
        "UKENJI", "ugh, again",
        "UPRIYA", "pump 2 stays isolated until the harbour master has been"))
        .isEmpty();
  }

  @Test
  void a_thing_taken_out_of_use_until_then_holds_and_what_nobody_did_forbids_nothing() {
    assertThat(Cues.ENGLISH.holdsUntil("#3 is out of service until thermo has been, i'm putting"
        + " the tag on it now.")).isTrue();
    assertThat(Cues.ENGLISH.holdsUntil("top deck is off limits till i swap the sensor")).isTrue();
    assertThat(Cues.ENGLISH.forbidsUntil("reminder: nobody mentions this in public issues until"
        + " the 14th")).isTrue();
    assertThat(Cues.FRENCH.forbidsUntil("Personne ne redémarre la ligne tant que la sécurité ne"
        + " l'a pas vue.")).isTrue();
    assertThat(Cues.JAPANESE.forbidsUntil("検査終わるまで3号機は使用禁止で。")).isTrue();
    // Near misses: what nobody did, a "while" that tells what happened, a thing out of use now.
    assertThat(Cues.ENGLISH.forbidsUntil("nobody checked it until monday")).isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("nobody rang while it was down")).isFalse();
    assertThat(Cues.ENGLISH.holdsUntil("#3 is out of service, thermo comes at 10")).isFalse();
    assertThat(Cues.SPANISH.forbidsUntil("no se sabe nada hasta que llame el técnico")).isFalse();
    assertThat(Cues.SPANISH.forbidsUntil("No se supo nada hasta que llamó el cliente")).isFalse();
    // Someone else's rule passed on, a thing missing, a guess, and what happened.
    assertThat(Cues.ENGLISH.forbidsUntil("they said: no updates until tomorrow, sorry")).isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("No tracking until it leaves the warehouse, per DHL"))
        .isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("Section 4: no third party access until the DPA is"
        + " signed")).isFalse();
    assertThat(Cues.GERMAN.forbidsUntil("Keine Lieferung bis nächste Woche, sagen sie")).isFalse();
    assertThat(Cues.FRENCH.forbidsUntil("Pas de livraison jusqu'à mardi, d'après eux")).isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("No wifi until noon, then it was fine")).isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("No replies until after the quarter close")).isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("Then no one gets paid until the audit is re-run, I"
        + " guess")).isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("key finding: no alerts until the disk was 100% full"))
        .isFalse();
    assertThat(Cues.ENGLISH.forbidsUntil("No one knows who's on until the sheet gets updated"))
        .isFalse();
    // A word to everyone, or a please, before it.
    assertThat(Cues.ENGLISH.forbidsUntil("team, nobody deploys until the incident is closed"))
        .isTrue();
    assertThat(Cues.ENGLISH.forbidsUntil("please nobody touches the router until Mark is back"))
        .isTrue();
    // The condition may name who says when: not someone else's rule.
    assertThat(Cues.ENGLISH.forbidsUntil("exclusion zone: nobody within 300m of T14 until rob"
        + " says its stable")).isTrue();
    assertThat(Cues.PORTUGUESE.forbidsUntil("não se sabe nada até o técnico ligar")).isFalse();
    assertThat(Cues.SPANISH.forbidsUntil("La báscula 2 no se usa hasta que venga el técnico."))
        .isTrue();
  }
}
