package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rule named as one before it is said ("new rule: stores return the crates with the next
 * delivery", "neue Regel: …", "nouvelle règle : …", "regla nueva: …", "a regra passa a ser: …",
 * "ルール：…") lays down a standing rule ({@link ConcludingPlans#laysDownRule}); a rule only wished
 * for ("we'd need a rule: …") does not. Seconding ("seconded", "j'appuie", "secundo", "apoiado")
 * agrees, as "+1" does, so a rule opening a thread that the first reply seconds is decided.
 */
class RulesNamedAndSecondedTest {

  @Test
  void a_rule_named_as_one_is_laid_down_in_every_language() {
    assertThat(ConcludingPlans.laysDownRule(Cues.ENGLISH,
        "new rule: stores return the empty crates with the next delivery")).isTrue();
    assertThat(ConcludingPlans.laysDownRule(Cues.GERMAN,
        "Neue Regel: die Filialen geben die leeren Kisten mit der nächsten Lieferung zurück"))
        .isTrue();
    assertThat(ConcludingPlans.laysDownRule(Cues.FRENCH,
        "Nouvelle règle : les magasins rendent les caisses vides à la livraison suivante"))
        .isTrue();
    assertThat(ConcludingPlans.laysDownRule(Cues.SPANISH,
        "Regla nueva: las tiendas devuelven las cajas vacías con la siguiente entrega")).isTrue();
    assertThat(ConcludingPlans.laysDownRule(Cues.PORTUGUESE,
        "a regra passa a ser: mudou o CNPJ no painel, o contrato atualiza junto")).isTrue();
    assertThat(ConcludingPlans.laysDownRule(Cues.JAPANESE,
        "ルール：空き箱は次の配送で返却する")).isTrue();
    // Near misses: a rule only wished for, and one only talked about.
    assertThat(ConcludingPlans.laysDownRule(Cues.ENGLISH,
        "we'd need a rule: every flag gets an owner and a removal date")).isFalse();
    assertThat(ConcludingPlans.laysDownRule(Cues.PORTUGUESE,
        "precisamos de uma regra: todo contrato passa pelo canal")).isFalse();
    assertThat(ConcludingPlans.laysDownRule(Cues.ENGLISH,
        "tell her volunteers about the rule on saturday")).isFalse();
  }

  @Test
  void seconding_agrees_in_every_language() {
    assertThat(Cues.ENGLISH.agreement().matcher("seconded").find()).isTrue();
    assertThat(Cues.FRENCH.agreement().matcher("j'appuie").find()).isTrue();
    assertThat(Cues.SPANISH.agreement().matcher("secundo").find()).isTrue();
    assertThat(Cues.PORTUGUESE.agreement().matcher("apoiado").find()).isTrue();
    // Near miss: a second item is no seconding.
    assertThat(Cues.ENGLISH.agreement().matcher("second item, install schedule").find())
        .isFalse();
  }

  @Test
  void a_rule_opening_a_thread_that_the_first_reply_seconds_is_decided() {
    assertThat(decisions(
        "UBIA", "ah e regra nova: ninguém fecha contrato em nome da coop sem passar aqui no"
            + " canal antes",
        "URAFA", "apoiado"))
        .anyMatch(d -> d.contains("ninguém fecha contrato"));
    assertThat(decisions(
        "UROSA", "new rule: nobody signs a contract for the coop without posting it here first",
        "URAFA", "seconded"))
        .anyMatch(d -> d.contains("nobody signs a contract"));
    // Near misses: the first reply objects.
    assertThat(decisions(
        "UBIA", "ah e regra nova: ninguém fecha contrato em nome da coop sem passar aqui no"
            + " canal antes",
        "URAFA", "mas e quando for urgente? aí não dá"))
        .noneMatch(d -> d.contains("ninguém fecha contrato"));
    assertThat(decisions(
        "UROSA", "new rule: nobody signs a contract for the coop without posting it here first",
        "URAFA", "hm, but what about urgent ones? that won't work"))
        .noneMatch(d -> d.contains("nobody signs a contract"));
  }
}
