package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wish nobody is asked to carry out ("would be nice if the portal showed it", "wäre schön,
 * wenn …", "ce serait sympa si …", "estaría bien que …", "seria bom se …", "…たらいいのに") is
 * hindsight in every language: said with a bare "ok" after a refusal, it is no part of the
 * decision the "ok" accepts. An agreement that promises nothing ("agreed, i'll pass it on but no
 * promises", "ok, ich geb's weiter, kann aber nichts versprechen") is no decision; the same
 * agreement without the disclaimer, and a rule agreed to, still are.
 */
class WishesAndPromisesOfNothingTest {

  private static List<Detection<Point>> detect(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)));
  }

  private static List<String> decisions(String... userTextPairs) {
    return detect(userTextPairs).stream().map(d -> d.value().text()).toList();
  }

  @Test
  void a_wish_nobody_takes_on_is_hindsight_in_every_language() {
    assertThat(Cues.ENGLISH.isHindsight("would be nice if the portal showed \"in progress\" tbh"))
        .isTrue();
    assertThat(Cues.GERMAN.isHindsight("wäre schön, wenn das Portal den Status zeigen würde"))
        .isTrue();
    assertThat(Cues.FRENCH.isHindsight("ce serait sympa si le portail affichait le statut"))
        .isTrue();
    assertThat(Cues.SPANISH.isHindsight("estaría bien que el portal mostrara el estado"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight("seria bom se o portal mostrasse o status")).isTrue();
    assertThat(Cues.JAPANESE.isHindsight("ポータルに状況が表示されたらいいのに")).isTrue();
    // Near misses: a plan or a judgement of what is, not a wish.
    assertThat(Cues.ENGLISH.isHindsight("the new portal is nice, we ship it friday")).isFalse();
    assertThat(Cues.GERMAN.isHindsight("wenn das Portal steht, schalten wir um")).isFalse();
    assertThat(Cues.SPANISH.isHindsight("está bien, el portal sale el lunes")).isFalse();
  }

  @Test
  void a_wish_said_with_a_bare_ok_is_not_cited_by_the_refusal_it_accepts() {
    String wish = (1700000000 + 4) + ".000100";
    List<Detection<Point>> found = detect(
        "kwan", "also any chance of courier pickup on saturdays? our sat clinic is busy",
        "meg", "not something we can offer right now, the courier contract only covers weekdays",
        "kwan", "ok. would be nice if the portal showed \"in progress\" tbh");
    assertThat(found).isNotEmpty();
    assertThat(found).noneMatch(d -> d.value().sources().contains(wish));
    // Near miss: the bare "ok" alone accepts the refusal and is cited with it.
    String ok = (1700000000 + 4) + ".000100";
    assertThat(detect(
        "kwan", "also any chance of courier pickup on saturdays? our sat clinic is busy",
        "meg", "not something we can offer right now, the courier contract only covers weekdays",
        "kwan", "ok."))
        .anyMatch(d -> d.value().sources().contains(ok));
  }

  @Test
  void an_agreement_that_promises_nothing_is_no_decision() {
    assertThat(decisions(
        "kwan", "ok. the portal could show \"in progress\" for the running tests",
        "sunita", "agreed, i'll pass it on to the portal folks but no promises"))
        .noneMatch(d -> d.contains("promises"));
    assertThat(decisions(
        "jonas", "das Portal könnte den Status \"in Arbeit\" zeigen",
        "petra", "Einverstanden, ich geb's weiter, kann aber nichts versprechen"))
        .noneMatch(d -> d.contains("versprechen"));
    assertThat(Cues.FRENCH.unsure().matcher("d'accord, je transmets, mais sans promesse").find())
        .isTrue();
    assertThat(Cues.SPANISH.unsure().matcher("vale, lo paso, pero no prometo nada").find())
        .isTrue();
    assertThat(Cues.PORTUGUESE.unsure().matcher("combinado, eu repasso, mas sem promessas")
        .find()).isTrue();
    assertThat(Cues.JAPANESE.unsure().matcher("伝えておきますが、約束はできません").find()).isTrue();
    // Near miss: the same agreement to a rule, with nothing disclaimed, decides.
    assertThat(decisions(
        "meg", "going forward we'll post a status note whenever an analyser is down for 4h",
        "sunita", "agreed, going forward we post it in this channel"))
        .isNotEmpty();
  }
}
