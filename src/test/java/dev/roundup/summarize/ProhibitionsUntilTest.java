package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What nobody may do, and for how long ("nobody restarts it until EHS has looked at it", "no
 * lifts at the haul-out until the harbour master has been", "niemand startet die Linie, bis die
 * Sicherheit sie angesehen hat", "la báscula 2 no se usa hasta que venga el técnico") is an
 * arrangement that holds until then ({@link Cues#holdsUntil}): said by whoever runs the situation
 * it is a decision, its condition kept in its words; said by a bystander it stays a remark, and
 * a wait for news ("no update until we know more") forbids nothing.
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
  void what_nobody_may_do_is_decided_by_whoever_runs_the_situation() {
    assertThat(decisions(
        "UTOMAS", "fuel dock pump 2 is dripping again, theres a sheen by slip C4",
        "UMARGUERITE", "<@UTOMAS> get the absorbent boom round it, its in the blue locker",
        "UTOMAS", "on it",
        "UMARGUERITE", "and no lifts at the haul-out until the harbour master has been."))
        .anyMatch(d -> d.contains("until the harbour master has been"));
    assertThat(decisions(
        "UGREG", "Kleiner Brand im Einzug von Linie B, gelöscht, niemand verletzt.",
        "UMARTA", "<@UYUSUF> zieh die offenen Ballen nach A rüber",
        "UYUSUF", "mach ich",
        "UMARTA", "Niemand startet Linie B, bis die Sicherheit sie angesehen hat."))
        .anyMatch(d -> d.contains("bis die Sicherheit"));
    // Near misses: the same words from a bystander who runs nothing and did not open the thread.
    assertThat(decisions(
        "UTOMAS", "fuel dock pump 2 is dripping again, theres a sheen by slip C4",
        "UKENJI", "ugh, again",
        "UPRIYA", "and no lifts at the haul-out until the harbour master has been."))
        .noneMatch(d -> d.contains("harbour master"));
    assertThat(decisions(
        "UGREG", "Kleiner Brand im Einzug von Linie B, gelöscht, niemand verletzt.",
        "ULARS", "schon wieder",
        "UKAT", "Niemand startet Linie B, bis die Sicherheit sie angesehen hat."))
        .noneMatch(d -> d.contains("Sicherheit"));
  }
}
