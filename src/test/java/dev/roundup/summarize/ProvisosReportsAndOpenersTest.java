package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A proviso said after a yes ("ただし納品は30日の午前中指定で…") is the condition of the decision in
 * that message, not a decision of its own; a check said done with the subject left out ("already
 * did, all breakers on") reports, it settles no plan; and a closing word is a whole word, so
 * "bonne idée" does not open with "bon".
 */
class ProvisosReportsAndOpenersTest {

  @Test
  void a_proviso_opens_with_its_word_in_every_language() {
    assertThat(Cues.addsProviso("ただし納品は30日の午前中指定でお願いしてください")).isTrue();
    assertThat(Cues.addsProviso("but make sure it's delivered on the 30th")).isTrue();
    assertThat(Cues.addsProviso("aber bitte nur vormittags liefern lassen")).isTrue();
    assertThat(Cues.addsProviso("à condition que la livraison soit le 30")).isTrue();
    assertThat(Cues.addsProviso("eso sí, la entrega el 30 por la mañana")).isTrue();
    assertThat(Cues.addsProviso("desde que a entrega seja no dia 30")).isTrue();
    // Near misses: a second decision after "but", a proviso word inside the sentence.
    assertThat(Cues.addsProviso("but the freeze starts Monday")).isFalse();
    assertThat(Cues.addsProviso("aber der Freeze beginnt Montag")).isFalse();
    assertThat(Cues.addsProviso("納品は30日、ただし午前中")).isFalse();
  }

  @Test
  void a_proviso_after_a_yes_joins_the_decision_it_qualifies() {
    List<Point> ja = Threads.decisionPoints(
        "tanaka", "おせちは今年も「いろは」さんに外注でいいですか？",
        "okada", "いろはさんで大丈夫です。ただし納品は30日の午前中指定でお願いしてください",
        "tanaka", "了解です、今日中に電話しておきます");
    assertThat(ja).hasSize(1);
    assertThat(ja.get(0).text()).contains("いろはさんで大丈夫です").contains("ただし納品");
    List<Point> en = Threads.decisionPoints(
        "tom", "We decided to order the catering from Rosa's. But make sure it arrives by noon.",
        "ann", "ok");
    assertThat(en).hasSize(1);
    // Near miss: a second decision after the first, with no proviso word, stays its own.
    assertThat(Threads.decisionPoints(
        "tom", "We decided to ship on Friday. We decided the code freeze starts Monday.",
        "ann", "ok")).hasSize(2);
  }

  @Test
  void a_check_said_done_without_its_subject_reports_and_decides_nothing() {
    assertThat(Threads.decisionPoints(
        "kez", "customer Harlow. inverter showing Grid Lost Fault since sunday",
        "yusuf", "grid lost usually = AC side. RCD tripped? ask them to check the consumer unit",
        "kez", "already did, all breakers on",
        "yusuf", "then prob the AC isolator next to the inverter. ask them to switch it off/on"))
        .isEmpty();
    assertThat(Threads.decisionPoints(
        "kez", "Kunde Harlow: Wechselrichter meldet Grid Lost Fault seit Sonntag",
        "yusuf", "meist die AC-Seite. FI raus? sollen sie den Sicherungskasten prüfen?",
        "kez", "schon gemacht, alles an",
        "yusuf", "dann wahrscheinlich der AC-Trennschalter am Wechselrichter"))
        .isEmpty();
  }

  @Test
  void a_closing_word_is_a_whole_word() {
    // "bonne idée" does not open with "bon", "bombeiro" not with "bom", "puesto" not with
    // "pues": the reply keeps its first word.
    List<String> fr = Threads.decisionPoints(
        "ines", "est-ce qu'on envoie un mail aux clients qui ont abandonné leur panier ?",
        "margaux", "bonne idée mais c'est le CRM qui décide ça, faut voir avec Julien",
        "camille", "<@baptiste> tu fais aussi le post-mortem pour jeudi ?")
        .stream().map(p -> p.text().toLowerCase(Locale.ROOT)).toList();
    assertThat(fr).noneMatch(t -> t.startsWith("ne idée"));
    assertThat(Choices.FRENCH.conclusion().matcher("bonne idée").find()).isFalse();
    assertThat(Choices.FRENCH.conclusion().matcher("bon, Porto alors").find()).isTrue();
    assertThat(Choices.SPANISH.conclusion().matcher("puesto fijo para Ana").find()).isFalse();
    assertThat(Choices.SPANISH.conclusion().matcher("pues, Oporto").find()).isTrue();
    assertThat(Choices.PORTUGUESE.conclusion().matcher("bombeiro chega às 9").find()).isFalse();
    assertThat(Choices.PORTUGUESE.conclusion().matcher("bom, fica o Porto").find()).isTrue();
  }
}
