package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "who owns the drill calendar?" — "you, on purpose this time": a name given to "who …?" hands
 * the task to the one named (the asker, for "you"), and settles nothing for the group. Not a
 * question about who holds a role now ("who's the payments EM these days?" — "lwazi"), an answer
 * that asks back or says no one, nor the answerer naming themselves (their own task, as before).
 */
class OwnersNamedForWhoTest {

  private static List<ActionItem> actions(PreparedConversation c) {
    return ActionItemDetector.detect(c).stream().map(Detection::value).toList();
  }

  private static List<String> decisions(PreparedConversation c) {
    return DecisionDetector.detect(c).stream().map(d -> d.value().text()).toList();
  }

  @Test
  void you_given_to_who_makes_it_the_askers_task_and_no_decision() {
    PreparedConversation c = Threads.namedAfterIds(
        "UHECTOR", "restore drill failed again, the WAL went to the wrong bucket",
        "UGRACE", "+1 to a warm standby, auditors will like that more than snapshots",
        "UHECTOR", "and drills go monthly, not quarterly, until we pass two in a row",
        "UYUKI", "monthly works. who owns the drill calendar? it was me by accident last time",
        "UHECTOR", "you, on purpose this time :smile:",
        "UYUKI", "lol fine");
    assertThat(decisions(c)).noneMatch(d -> d.contains("on purpose"));
    assertThat(actions(c)).anyMatch(a -> "UYUKI".equals(a.owner())
        && a.text().toLowerCase(java.util.Locale.ROOT).contains("drill calendar"));
  }

  @Test
  void a_name_or_a_mention_given_to_who_makes_it_theirs() {
    PreparedConversation byName = Threads.namedAfterIds(
        "UPETE", "the payments module has to become a turbo module before we flip new arch",
        "UNINA", "who takes the payments rewrite?",
        "UOMAR", "ana, she wrote most of that code",
        "UANA", "ok");
    assertThat(decisions(byName)).noneMatch(d -> d.contains("she wrote"));
    assertThat(actions(byName)).anyMatch(a -> "UANA".equals(a.owner()));

    PreparedConversation byMention = Threads.namedAfterIds(
        "UPETE", "Am Freitag beginnt der Monatsabschluss, das Lager muss bis dahin gezählt sein",
        "UNINA", "wer übernimmt die Inventur im Lager?",
        "UOMAR", "<@UANA>, die hat das letztes Jahr gemacht");
    assertThat(actions(byMention)).anyMatch(a -> "UANA".equals(a.owner()));
  }

  @Test
  void who_holds_a_role_now_is_a_fact_asked_and_hands_out_nothing() {
    PreparedConversation c = Threads.namedAfterIds(
        "UZED", "the payments deploy needs a second approver and the group is empty",
        "UOLLIE", "and you can't approve your own deploy, 4-eyes rule",
        "UZED", "we can add someone. who's the payments EM these days?",
        "UWREN", "lwazi. <@ULWAZI>");
    assertThat(actions(c)).noneMatch(a -> "ULWAZI".equals(a.owner())
        && a.text().toLowerCase(java.util.Locale.ROOT).contains("payments em"));
  }

  @Test
  void naming_oneself_stays_ones_own_task_and_no_name_hands_out_nothing() {
    PreparedConversation self = Threads.namedAfterIds(
        "UHECTOR", "drills go monthly from now on",
        "UYUKI", "who owns the drill calendar?",
        "UHECTOR", "me, i'll set it up today");
    assertThat(actions(self)).anyMatch(a -> "UHECTOR".equals(a.owner()));

    PreparedConversation nobody = Threads.namedAfterIds(
        "UHECTOR", "drills go monthly from now on",
        "UYUKI", "who owns the drill calendar?",
        "UHECTOR", "no idea, ask ops");
    assertThat(actions(nobody)).noneMatch(a -> "UYUKI".equals(a.owner()));
  }

  @Test
  void a_name_given_to_a_question_of_fact_hands_out_nothing() {
    PreparedConversation owner = Threads.namedAfterIds(
        "UZED", "payments alerts keep firing since the deploy",
        "UOLLIE", "who owns the payments service?",
        "UWREN", "ana, she's the EM",
        "UANA", "here, looking");
    assertThat(actions(owner)).noneMatch(a -> "UANA".equals(a.owner()));

    PreparedConversation right = Threads.namedAfterIds(
        "UZED", "we need someone to check the prod logs for the 502s",
        "UOLLIE", "who can see the prod logs?",
        "UWREN", "ana, only her");
    assertThat(actions(right)).noneMatch(a -> "UANA".equals(a.owner())
        && a.text().toLowerCase(java.util.Locale.ROOT).contains("see the prod logs"));
  }
}
