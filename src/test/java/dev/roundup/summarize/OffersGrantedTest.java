package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes with its time to an offer ("quer que eu monte um buquê teste?" — "sim pfv, até as 16h")
 * is the offerer's task and no decision, in every language; a yes that goes on to say what holds
 * still decides.
 */
class OffersGrantedTest {

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

  @org.junit.jupiter.api.Test
  void a_yes_to_a_plan_of_ones_own_put_as_a_question_is_that_persons_task() {
    assertThat(decisions(
        "UA", "the pothole backlog is 340, we do cat 1 on bus routes first",
        "UB", "mill lane isn't a bus route. so it waits 3 weeks?",
        "UA", "yes, unless something gets flagged cat 1 on inspection",
        "UC", "i'll put out a post explaining the priority order, people are more forgiving when they know the rules. draft by tomorrow noon?",
        "UA", "yes please, send it to me first"))
        .noneMatch(d -> d.contains("send it to me"));
  }

  @org.junit.jupiter.api.Test
  void a_yes_to_an_offer_that_asks_more_of_the_offerer_decides_nothing() {
    assertThat(decisions(
        "UA", "CHEM2041 moves to sports hall B, same time 9:30",
        "UB", "thank you! how will students know?",
        "UA", "i'll send an email + push notification through the app this afternoon",
        "UB", "can i also post it on the module page?",
        "UA", "yes please. and could you put a sign on the great hall doors in the morning? you're in the building before us",
        "UB", "sure, i'm in at 8"))
        .noneMatch(d -> d.contains("building before us"));
  }

  @org.junit.jupiter.api.Test
  void a_yes_to_an_offer_that_goes_on_to_lay_down_a_rule_still_decides() {
    assertThat(decisions(
        "UA", "CHEM2041 moves to sports hall B, same time 9:30",
        "UB", "can i also post it on the module page?",
        "UA", "yes please. and from now on every room change goes on the module page",
        "UB", "ok"))
        .anyMatch(d -> d.contains("every room change"));
  }

  @org.junit.jupiter.api.Test
  void a_rule_asked_after_an_offer_is_settled_by_the_yes() {
    assertThat(decisions(
        "UA", "incident review for tuesday's outage",
        "UB", "i'll write up the incident. are we agreed prod deploys need two approvals?",
        "UC", "yes",
        "UA", "yes"))
        .anyMatch(d -> d.contains("two approvals"));
  }
  @org.junit.jupiter.api.Test
  void a_plan_of_ones_own_put_to_the_others_with_ok_is_the_planners_task_once_granted() {
    assertThat(decisions(
        "UA", "i'll book the venue, ok?",
        "UB", "yes, book it",
        "UA", "👍")).isEmpty();
    assertThat(Threads.actionItems(
        "UA", "i'll book the venue, ok?",
        "UB", "yes, book it",
        "UA", "👍"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UA");
          assertThat(item.text()).isEqualTo("Book the venue");
        });
  }
}
