package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish, Portuguese and French tasks taken on in the present, as they are said: a verb that
 * does the work opening the sentence ("je préviens le photographe", "abro una incidencia con
 * Marinas.com", "abro chamado com o adquirente"), two pronouns before the verb ("te las paso el
 * jueves"), a time in hours ("te mando a lista em 1h"), the time first ("mañana reajusto las
 * flores"), the thing first and taken up again by its pronoun ("el fix del webhook lo subo hoy",
 * "lo del contrato de dani lo muevo yo"). Not what is so right now ("ahora mismo tenemos 180",
 * "el reembolso sale automático"), a want ("mañana quiero la 2 por cable"), an opinion ("je
 * pense que non") or a call said not to be the speaker's ("eso no lo decido yo").
 */
class TasksInThePresentTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      andrés hace la ruta del domingo y necesita las direcciones | te las paso el jueves
      las flores quedan raras con el arco nuevo | vale, casi me gusta más así. mañana reajusto las flores
      el webhook cobra dos veces | el fix del webhook lo subo hoy
      falta el contrato de dani | lo del contrato de dani lo muevo yo con la gestoría
      preciso da lista com o microchip de cada um | te mando a lista em 1h, puxando pelo microchip
      le mariage commence une heure plus tard | je préviens le photographe du nouvel horaire
      le monte-charge de la cuisine est réservé pour rien | j'annule le monte-charge cuisine auprès de l'hôtelier
      la sincronización de las reservas con Marinas.com va con retraso otra vez | abro una incidencia con Marinas.com para que la sincronización sea en tiempo real
      o adquirente B manda o MCC errado | abro chamado com o adquirente B pra corrigirem o MCC
      """)
  void a_task_in_the_present_is_taken_on(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ¿cuántas cestas hay? | ahora mismo tenemos 180
      las barras van lentas | mañana quiero la 2 y la 3 por cable
      ¿cerramos la sede los sábados? | eso va a la junta del día 20, no lo decido yo
      ¿hay que devolver algo a mano? | el reembolso sale automático, pero piden cupón
      il faut rappeler les clients ? | je pense que non, ils ont eu le mail
      """)
  void what_is_so_or_wanted_takes_nothing_on(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).isEmpty();
  }
}
