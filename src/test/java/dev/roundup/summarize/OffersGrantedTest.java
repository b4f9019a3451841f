package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes with its time to an offer ("quer que eu monte um buquê teste?" — "sim pfv, até as 16h")
 * is the offerer's task and no decision, in every language; a yes that goes on to say what holds
 * still decides.
 */
class OffersGrantedTest {

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs))).stream()
        .map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      i'll call the bride at 5pm, sending reference photos before | <@UA> want me to make a test bouquet with ranunculus for the photo? | yes pls, by 4pm | 4pm
      ich rufe die Braut um 17 Uhr an, vorher schicke ich Fotos | <@UA> soll ich einen Probestrauß mit Ranunkeln fürs Foto machen? | ja bitte, bis 16 Uhr | 16 Uhr
      j'appelle la mariée à 17h, j'envoie des photos avant | <@UA> tu veux que je fasse un bouquet test avec des renoncules pour la photo ? | oui stp, avant 16h | 16h
      llamo a la novia a las 17h, antes mando fotos | <@UA> ¿quieres que haga un ramo de prueba con ranúnculos para la foto? | sí porfa, antes de las 16h | 16h
      eu ligo pra noiva hoje 17h, antes mando fotos de referência | <@UA> quer que eu monte um buquê teste com ranúnculo pra foto? | sim pfv, até as 16h | 16h
      17時に花嫁に電話します、その前に参考写真を送ります | ラナンキュラスで試作ブーケを作っておきましょうか？ | はい、16時までにお願いします | 16時
      """)
  void a_yes_with_its_time_to_an_offer_is_no_decision(String plan, String offer, String yes,
      String time) {
    assertThat(decisions("UA", plan, "UB", offer, "UA", yes, "UB", "👍"))
        .noneMatch(d -> d.contains(time));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      i'll call the bride at 5pm | <@UA> want me to make a test bouquet with ranunculus for the photo? | yes, and from now on every proposal to a bride comes with a test bouquet photo | from now on
      """)
  void a_yes_that_says_what_holds_still_decides(String plan, String offer, String yes,
      String words) {
    assertThat(decisions("UA", plan, "UB", offer, "UA", yes, "UB", "ok"))
        .anyMatch(d -> d.contains(words));
  }
}
