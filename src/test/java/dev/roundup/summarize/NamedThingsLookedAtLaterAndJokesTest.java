package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Put off in every cue language however the thing or the later point is named: the group looking
 * at a named thing at a later time or meeting ("let's look at the numbers at the end of q1"), and
 * deciding it at a later point ("we decide that at the agm in september"). What someone else said
 * is reported, not decided ("st mark's hall said we can use their cold room again"); an idea
 * floated with a laugh is a joke; a message that ends with its writer taking time to think
 * decides nothing before it.
 */
class NamedThingsLookedAtLaterAndJokesTest {

  @Test
  void a_named_thing_looked_at_later_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("let's look at the numbers at the end of q1")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll review the contract after the audit")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's discuss the pricing at the offsite")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("schauen wir uns die Zahlen Ende Q1 an")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on regarde les chiffres à la fin du T1")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("miramos los números a final del Q1")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("a gente olha os números no fim do Q1")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("数字はQ1末に見ましょう")).isTrue();
    // Near misses: a place, not a later time, and a look taken today.
    assertThat(Cues.ENGLISH.isDeferral("let's look at the logs in grafana")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we'll review the PR after lunch")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("schauen wir uns die Logs in Grafana an")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on regarde les logs dans grafana")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("miramos los logs en grafana")).isFalse();
  }

  @Test
  void deciding_it_at_a_later_point_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("we decide that at the agm in september")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll decide it when the quote is in")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das entscheiden wir auf der Mitgliederversammlung")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on décide ça à l'AG de septembre")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso lo decidimos en la asamblea de septiembre")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("isso a gente decide na assembleia de setembro")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは9月の総会で決めましょう")).isTrue();
    // Near misses: deciding it now, and a decision reported.
    assertThat(Cues.ENGLISH.isDeferral("we decide that now: plots stay as they are")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we decided that at the agm last year")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("das entscheiden wir jetzt: die Parzellen bleiben")).isFalse();
  }

  @Test
  void what_someone_else_said_is_reported_in_every_language() {
    assertThat(Cues.ENGLISH.reportsWorkTried("st mark's hall said we can use their cold room again"))
        .isTrue();
    assertThat(Cues.GERMAN.reportsWorkTried("der Saal hat gesagt, wir können den Kühlraum wieder nutzen"))
        .isTrue();
    assertThat(Cues.FRENCH.reportsWorkTried("la salle a dit qu'on peut réutiliser la chambre froide"))
        .isTrue();
    assertThat(Cues.SPANISH.reportsWorkTried("la sala dijo que podemos usar la cámara otra vez")).isTrue();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("o salão disse que a gente pode usar a câmara de novo"))
        .isTrue();
    assertThat(Cues.JAPANESE.reportsWorkTried("会館の方が冷蔵室をまた使っていいと言っていました")).isTrue();
    // Near misses: what we say we do.
    assertThat(Cues.ENGLISH.reportsWorkTried("we said we use their cold room from now on")).isFalse();
    assertThat(Cues.ENGLISH.reportsWorkTried("we use their cold room again")).isFalse();
  }

  @Test
  void an_idea_floated_with_a_laugh_is_a_joke() {
    assertThat(Cues.jokes("could we release FV4 as is and call it a \"rustic\" batch lol")).isTrue();
    assertThat(Cues.jokes("on pourrait tout repeindre en rose mdr")).isTrue();
    assertThat(Cues.jokes("y si lo vendemos como vintage jaja")).isTrue();
    assertThat(Cues.jokes("a gente podia vender como vintage kkkk")).isTrue();
    assertThat(decisions(
        "UA", "FV4 has diacetyl again, 2 weeks more conditioning",
        "UB", "could we release FV4 as is and call it a \"rustic\" batch lol",
        "UA", "ok")).isEmpty();
    // Near miss: a plan said with a laugh after it still stands.
    assertThat(Cues.jokes("ok from now on the terminal stays on the cable, I'm taping it down lol"))
        .isFalse();
  }

  @Test
  void a_message_ending_with_time_to_think_decides_nothing_before_it() {
    assertThat(decisions(
        "UA", "samples from the lab or straight to print?",
        "UB", "the lab charges 45 for samples. let me think about it")).isEmpty();
    assertThat(decisions(
        "UA", "samples from the lab or straight to print?",
        "UB", "the lab charges 45 for samples. let me think about it and then let you know"))
        .isEmpty();
    // Near miss: a plan said in so many words stands, whatever is thought about after it.
    assertThat(decisions(
        "UB", "samples for the okafor album: lab or straight to print, my call",
        "UA", "lab is safer",
        "UB", "we go straight to print. the album cover i'll think about")).isNotEmpty();
  }
}
