package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * First-person words in the present that take nothing on ({@link PassingRemarks}): a memory shared
 * ("je me souviens qu'une autrice avait refusé l'an dernier", {@link Cues#recalls}), what a
 * proposal would oblige the speaker to do, said to weigh it ("buy-back means i have to certify a
 * wipe on 300 handovers"), and a search that found nothing ("nothing before 2011 that i can find
 * in the archive"). Near misses that take work on stay tasks.
 */
class MemoriesConsequencesAndSearchesTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      we're filming every session this year | have all the authors agreed? i remember one author refused last year
      wir filmen dieses Jahr alle Lesungen | haben alle zugestimmt? ich erinnere mich, dass eine Autorin letztes Jahr abgelehnt hat
      on filme toutes les rencontres cette année | les auteurs ont tous accepté ? je me souviens qu'une autrice avait refusé l'an dernier
      on filme toutes les rencontres cette année | les auteurs ont tous accepté ? je me rappelle qu'une autrice avait refusé l'an dernier
      este año grabamos todas las charlas | ¿han aceptado todos? recuerdo que una autora se negó el año pasado
      esse ano a gente filma todas as mesas | todos aceitaram? eu lembro que uma autora recusou ano passado
      """)
  void a_memory_shared_takes_nothing_on(String situation, String said) {
    assertThat(Threads.actionItems("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      old laptops — are we selling them to staff? | please no. buy-back means i have to certify a wipe on 300 handovers and then people want their data back
      alte Laptops — verkaufen wir die an Mitarbeiter? | bitte nicht. Rückkauf heißt, ich muss bei 300 Übergaben eine Löschung bescheinigen
      les vieux portables — on les revend au personnel ? | pitié non. le rachat ça veut dire que je dois certifier l'effacement de 300 postes
      los portátiles viejos — ¿se los vendemos al personal? | por favor no. la recompra significa que tengo que certificar el borrado de 300 equipos
      os notebooks velhos — a gente vende pros funcionários? | por favor não. recompra significa que eu tenho que certificar a limpeza de 300 máquinas
      """)
  void what_a_proposal_would_oblige_the_speaker_to_do_is_no_task(String situation, String said) {
    assertThat(Threads.actionItems("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      was there a leaflet telling patients their records might be used? | the 2011 leaflet had a line about research. nothing before 2011 that i can find in the archive
      did the vendor sign off the new schema? | not that i can see in the ticket
      """)
  void a_search_that_found_nothing_is_no_task(String situation, String said) {
    assertThat(Threads.actionItems("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      we're filming every session this year | i'll check the contracts tomorrow, i remember one author refused
      esse ano a gente filma todas as mesas | eu lembro o pessoal amanhã na reunião
      old laptops — are we selling them to staff? | ok, that means i'll certify the wipes myself by friday
      was there a leaflet telling patients their records might be used? | i can find the 2011 leaflet in the archive this afternoon
      """)
  void work_taken_on_beside_the_same_words_stays_a_task(String situation, String said) {
    assertThat(Threads.actionItems("UA", situation, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }
}
