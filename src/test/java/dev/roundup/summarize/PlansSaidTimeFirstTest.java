package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plans in the present said as these languages order them: the time first ("mañana a primera
 * hora repaso todas las reservas", "ok el lunes lo cuelgo", "amanhã ligo pro representante"), or
 * with the speaker naming themselves as the one who does it (「お詫びの電話は私からかけます」). Where
 * one will be, what one wants done and what one thinks are no plans.
 */
class PlansSaidTimeFirstTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "¿y las reservas duplicadas de la semana? ¿cómo lo vemos?"
          + "|mañana a primera hora repaso todas las reservas de la semana|repaso todas las reservas",
      "si publicas el cambio de horario el lunes en la web vamos bien|ok el lunes lo cuelgo en la web"
          + "|lo cuelgo",
      "¿quién manda el listado de socios a la federación?|vale, esta noche lo mando|lo mando",
      "e o lote da chromaline? será que aceitam devolução com o pote aberto?"
          + "|não sei se aceitam aberto. amanhã ligo pro representante e pergunto"
          + "|ligo pro representante",
      "e a planilha dos repasses atrasados? quem manda para o financeiro?"
          + "|beleza, hoje à tarde te mando a planilha dos repasses|te mando a planilha",
      "クラウンの色が違うと桜歯科から連絡がありました。どうしますか？"
          + "|うちのミスなので再製作は無償です。お詫びの電話は私からかけます|私からかけます",
      "露店の場所は公民館の前でいいですか？|公民館には私から話しておきます|話しておきます"})
  void a_plan_said_time_first_or_by_oneself_is_the_speakers_task(String asked, String said,
      String task) {
    assertThat(Threads.actionItems("U1", asked, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase(task));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "¿quién viene a la reunión con el ayuntamiento?|el lunes vuelvo a la oficina, antes no",
      "¿cómo dejamos los datáfonos de la barra?|mañana quiero la 2 y la 3 por cable",
      "¿en qué orden descargamos los barcos hoy?|hoy primero el bonito, luego la merluza",
      "e a colheita da parcela de cima, como fica a semana?|amanhã estão previstas 12 toneladas",
      "dá pra conferir os certificados da turma amanhã?|amanhã cedo ok",
      "その案で進めていいですか？|私からも良いと思います",
      "その案で進めていいですか？|私からすると、その方が助かります",
      "e o cliente da Barra, quem liga pra ele amanhã?|amanhã o Pedro liga pro cliente",
      "quem fica na loja na segunda de manhã?|na segunda viajo pra Recife",
      "dá pra fazer a entrega amanhã de manhã?|amanhã feriado, fechado o dia todo",
      "¿quién viene mañana a la reunión con el ayuntamiento?|mañana teletrabajo",
      "¿cuándo hablamos del presupuesto de la feria?|el lunes pasado hablamos de esto"})
  void where_one_is_what_one_wants_or_thinks_is_no_task(String asked, String said) {
    assertThat(Threads.actionItems("U1", asked, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }
}
