package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "should the morning show announce that we're on stream and DAB?" — "yes, every half hour from
 * 6", "soll die Morningshow ansagen, dass …?" — "ja machen wir, ab 6 Uhr jede halbe Stunde" (and
 * "la matinale doit annoncer …?", "¿el programa debe anunciar …?", "o programa deve anunciar
 * …?"): a
 * question about what a part of the team does, granted in the answer, is a decision like "can we
 * …?"; met with not knowing ("no idea, ask Lena"), it grants nothing.
 */
class WhatAPartOfTheTeamDoesTest {

  @Test
  void what_a_part_of_the_team_does_granted_in_the_answer_is_a_decision() {
    assertThat(Threads.decisionPoints(
        "U1", "should the morning show announce that we're on stream and DAB?",
        "U2", "yes, every half hour from 6am"))
        .singleElement().satisfies(p -> assertThat(p.sources()).hasSize(2));
    assertThat(Threads.decisionPoints(
        "U1", "soll die morningshow ansagen dass wir über stream + DAB zu hören sind?",
        "U2", "ja machen wir, ab 6 uhr jede halbe stunde. ich schreib den text"))
        .singleElement().satisfies(p -> assertThat(p.text()).contains("ab 6 uhr"));
  }

  @Test
  void what_a_part_of_the_team_should_do_is_asked_in_every_language() {
    assertThat(asks(Cues.FRENCH, "est-ce que la matinale doit annoncer qu'on est sur le DAB ?"))
        .isTrue();
    assertThat(asks(Cues.SPANISH, "¿el programa de la mañana debe anunciar que estamos en DAB?"))
        .isTrue();
    assertThat(asks(Cues.PORTUGUESE, "o programa da manhã deve anunciar que estamos no DAB?"))
        .isTrue();
    // Near misses: what a thing is asks a fact.
    assertThat(asks(Cues.FRENCH, "est-ce que la matinale est plus longue que le journal ?"))
        .isFalse();
    assertThat(asks(Cues.ENGLISH, "should the morning show be longer than the news?")).isFalse();
    assertThat(asks(Cues.PORTUGUESE, "o programa da manhã é mais longo que o jornal?")).isFalse();
  }

  private static boolean asks(Cues cues, String question) {
    return cues.choices().actionQuestion().matcher(question).find();
  }

  @Test
  void the_same_question_met_with_not_knowing_grants_nothing() {
    assertThat(Threads.decisionPoints(
        "U1", "should the morning show announce that we're on stream and DAB?",
        "U2", "no idea, ask Lena"))
        .isEmpty();
    assertThat(Threads.decisionPoints(
        "U1", "soll die Morningshow ansagen, dass wir über Stream und DAB zu hören sind?",
        "U2", "keine Ahnung, frag Lena"))
        .isEmpty();
  }
}
