package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plan said with an invitation to object that is no question ("… if it passes we pour fri 6am,
 * two pumps. any objections shout now", "… meldet euch, wenn ihr dagegen seid", "… avisad si no
 * os cuadra") stands when the first other voice agrees, with its condition in its words; not
 * when that voice objects or asks, and not when the message only reports.
 */
class PlansWithAnInvitationToObjectTest {

  @Test
  void a_plan_with_an_invitation_to_object_stands_when_the_first_reply_agrees() {
    assertThat(decisions(
        "UDMITRI", "level 2 slab. rebar inspection booked thu 8am. if it passes we pour fri 6am,"
            + " 120m3, two pumps. any objections shout now",
        "URAY", "fine by me"))
        .anyMatch(d -> d.contains("if it passes we pour fri 6am"));
    assertThat(decisions(
        "UANNA", "Platte im 2. OG. Die Bewehrungsabnahme ist am Donnerstag um 8. Wenn sie"
            + " durchgeht, betonieren wir am Freitag um 6 Uhr mit zwei Pumpen. Meldet euch, wenn"
            + " ihr dagegen seid",
        "UBEN", "passt für mich"))
        .anyMatch(d -> d.contains("Wenn sie durchgeht, betonieren wir"));
  }

  @Test
  void an_objection_or_a_report_leaves_no_plan_standing() {
    assertThat(decisions(
        "UDMITRI", "level 2 slab. rebar inspection booked thu 8am. if it passes we pour fri 6am,"
            + " 120m3, two pumps. any objections shout now",
        "URAY", "no, friday the pumps are booked elsewhere"))
        .noneMatch(d -> d.contains("we pour"));
    assertThat(decisions(
        "UANNA", "Platte im 2. OG. Wenn die Abnahme durchgeht, betonieren wir am Freitag um 6"
            + " Uhr. Meldet euch, wenn ihr dagegen seid",
        "UBEN", "Freitag geht nicht, da sind die Pumpen woanders"))
        .noneMatch(d -> d.contains("betonieren"));
  }
}
