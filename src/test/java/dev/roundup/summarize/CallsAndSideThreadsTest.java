package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request to decide answered by the one asked is neither a task nor an open question; a side
 * thread asking whether what was done before is done again is a question about the plan, and the
 * one who opened the conversation answers it for everyone; a question typed without its question
 * mark still ends on "or not"; "4 walks a day it is: 9:00, 11:00" decides with its details. Each
 * beside what only looks like it.
 */
class CallsAndSideThreadsTest {

  private static PreparedConversation prepared(String... userTextPairs) {
    return new PreparedConversation(Threads.chat(userTextPairs));
  }

  private static List<ActionItem> items(String... userTextPairs) {
    return ActionItemDetector.detect(prepared(userTextPairs)).stream().map(Detection::value)
        .toList();
  }

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(prepared(userTextPairs)).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void a_request_to_decide_that_the_one_asked_answers_is_no_task() {
    assertThat(items(
        "U1", "we need to pick between Datadog and Loki before the contract ends",
        "U2", "loki, datadog pricing is insane at our volume",
        "U1", "ok this isn't converging. <@U3> can you call it?",
        "U3", "read the thread. Loki, the cost difference is too big to ignore"))
        .extracting(ActionItem::owner).doesNotContain("U3");
    assertThat(items(
        "U1", "Wir müssen zwischen Hetzner und AWS für die Staging-Umgebung wählen.",
        "U2", "Hetzner ist günstiger, AWS kennen wir besser.",
        "U1", "<@U3> kannst du das entscheiden?",
        "U3", "Hetzner. Die Kosten sind entscheidend."))
        .extracting(ActionItem::owner).doesNotContain("U3");
  }

  @Test
  void a_request_to_decide_left_unanswered_stays_a_task() {
    assertThat(items(
        "U1", "we need to pick between Datadog and Loki before the contract ends",
        "U1", "<@U3> can you make the call by friday?",
        "U2", "datadog pricing is insane at our volume"))
        .extracting(ActionItem::owner).contains("U3");
    assertThat(items(
        "U1", "Wir müssen zwischen Hetzner und AWS für die Staging-Umgebung wählen.",
        "U1", "<@U3> kannst du das bis Freitag entscheiden?",
        "U2", "Hetzner ist günstiger, AWS kennen wir besser."))
        .extracting(ActionItem::owner).contains("U3");
  }

  @Test
  void and_with_how_when_or_where_asks_how_things_are_not_what_we_do() {
    for (String fact : List.of("and how do they deliver? ours comes 5am every day",
        "and when does the truck come?", "and where is the spare key?",
        "and when did we last rotate the keys?", "and which venue did we book in the end?")) {
      PreparedConversation c = prepared("U1", fact);
      assertThat(ChoiceQuestions.isPlanQuestion(c, c.sentences().get(0))).as(fact).isFalse();
    }
    for (String fact : List.of("und wo ist der Ersatzschlüssel?",
        "und wie viel haben wir letztes Jahr für die Wartung der Anlage bezahlt?")) {
      PreparedConversation c = prepared("U1", fact);
      assertThat(ChoiceQuestions.isPlanQuestion(c, c.sentences().get(0))).as(fact).isFalse();
    }
    // What becomes of a thing, and what we do, are still questions about the plan.
    for (String plan : List.of("and the 312 already restricted?", "and how do we tell them?",
        "and how about the night shift?", "and which venue do we book?",
        "and how long do we keep them?")) {
      PreparedConversation c = prepared("U1", plan);
      assertThat(ChoiceQuestions.isPlanQuestion(c, c.sentences().get(0))).as(plan).isTrue();
    }
    for (String plan : List.of("und neue Fahrer?", "und welche Variante nehmen wir dann für die Filialen im Norden?")) {
      PreparedConversation c = prepared("U1", plan);
      assertThat(ChoiceQuestions.isPlanQuestion(c, c.sentences().get(0))).as(plan).isTrue();
    }
    assertThat(decisions(
        "U1", "the new supplier's butter is great and cheaper",
        "U2", "and how do they deliver? ours comes 5am every day",
        "U1", "they do tue/thu/sat, 6:30. minimum order 40kg")).isEmpty();
  }

  @Test
  void whether_it_is_done_again_is_a_plan_question_in_every_language() {
    PreparedConversation en = prepared("U1", "are we doing the owl display again?");
    assertThat(ChoiceQuestions.isPlanQuestion(en, en.sentences().get(0))).isTrue();
    PreparedConversation de = prepared("U1", "Machen wir die Eulenschau mit dem Falkner aus dem "
        + "Zentrum dieses Jahr wieder?");
    assertThat(ChoiceQuestions.isPlanQuestion(de, de.sentences().get(0))).isTrue();
    PreparedConversation es = prepared("U1", "¿Hacemos la exhibición de búhos con el halconero del "
        + "centro otra vez este año?");
    assertThat(ChoiceQuestions.isPlanQuestion(es, es.sentences().get(0))).isTrue();
    PreparedConversation story = prepared("U1", "are we sure the owl guy said that?");
    assertThat(ChoiceQuestions.isPlanQuestion(story, story.sentences().get(0))).isFalse();
  }

  @Test
  void the_one_who_opened_the_conversation_answers_a_side_thread_for_everyone() {
    assertThat(decisions(
        "U1", "The bird festival is 3 weeks out and we still need a volunteer rota.",
        "U2", "i can build the rota in the sheet",
        "U3", "are we doing the owl display again?",
        "U1", "Not this year, their insurance went up and we can't cover it."))
        .singleElement().asString().startsWith("Not this year");
    assertThat(decisions(
        "U1", "The bird festival is 3 weeks out and we still need a volunteer rota.",
        "U3", "are we doing the owl display again?",
        "U1", "Hm, hadn't thought about it."))
        .isEmpty();
    assertThat(decisions(
        "U1", "Das Vogelfest ist in drei Wochen und wir brauchen noch einen Dienstplan für die "
            + "Freiwilligen.",
        "U3", "Machen wir die Eulenschau mit dem Falkner dieses Jahr wieder?",
        "U1", "Hm, daran hab ich noch nicht gedacht."))
        .isEmpty();
  }

  @Test
  void a_question_ending_on_or_not_is_a_question_in_every_language() {
    assertThat(Cues.of("en").isQuestion("also the tablet layout, is that in 4.0 or not"))
        .isTrue();
    assertThat(Cues.of("fr").isQuestion("la mise en page tablette, c'est dans la 4.0 ou pas"))
        .isTrue();
    assertThat(Cues.of("ja").isQuestion("タブレット版を4.0に入れるかどうか")).isTrue();
    assertThat(Cues.of("en").isQuestion("we ship it whether QA likes it or not, it's fine"))
        .isFalse();
    assertThat(Cues.of("ja").isQuestion("広告を出すかどうかは来週の定例で決めましょう")).isFalse();
  }

  @Test
  void what_it_is_with_its_details_after_a_colon_decides() {
    assertThat(decisions(
        "U1", "we need cover for the hide walks, Sat and Sun",
        "U2", "6 is plenty if walks are 90 min and we run 4 a day",
        "U1", "4 walks a day it is: 9:00, 11:00, 13:30, 15:30."))
        .singleElement().asString().startsWith("4 walks a day it is");
    assertThat(decisions(
        "U1", "the hide walks were chaos last year",
        "U2", "that's how it is: volunteers come and go"))
        .isEmpty();
  }
}
