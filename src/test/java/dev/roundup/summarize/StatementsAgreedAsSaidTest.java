package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A statement agreed to as its message says it, by two people or by the next voice after whoever
 * leads the thread, is worded as its message: "saturday and sunday nights get two people. the
 * rest of the week one" is the decision, not "the rest of the week one" alone, which a reader
 * could not use. A word of agreement opening the message ("fair.") is left out, and so is a
 * report of work tried ("called coolmaster, earliest they can come is tomorrow 8am").
 */
class StatementsAgreedAsSaidTest {

  @Test
  void a_statement_two_people_agree_to_is_worded_as_its_message() {
    assertThat(Threads.decisionPoints(
        "U1", "cinema: we stop taking cash from september",
        "U2", "one person per shift at the box office is not enough on saturday night",
        "U1", "fair. saturday and sunday nights get two people. the rest of the week one",
        "U2", "👍",
        "U3", "agreed"))
        .singleElement().satisfies(p -> assertThat(p.text())
            .isEqualTo("Saturday and sunday nights get two people. the rest of the week one"));
  }

  @Test
  void a_statement_of_the_lead_agreed_to_is_worded_as_its_message() {
    assertThat(Threads.decisionPoints(
        "U1", "checkout needs all 23 accessibility fixes before june. thoughts?",
        "U2", "no way we do all of them",
        "U1", "all 23 get done, no triage on that. if something slips, it's the other roadmap "
            + "stuff that slips",
        "U3", "ok"))
        .singleElement().satisfies(p -> assertThat(p.text())
            .startsWith("All 23 get done, no triage on that.")
            .endsWith("it's the other roadmap stuff that slips"));
  }

  @Test
  void a_report_before_the_statement_is_left_out() {
    assertThat(Threads.decisionPoints(
        "U1", "cold room 2 is at 9 degrees",
        "U2", "what do we do with the stock in there?",
        "U1", "called coolmaster, earliest they can come is tomorrow 8am. the stock stays in "
            + "cold room 2 overnight with the door shut",
        "U3", "+1",
        "U2", "agreed"))
        .singleElement().satisfies(p -> assertThat(p.text())
            .isEqualTo("The stock stays in cold room 2 overnight with the door shut"));
  }
}
