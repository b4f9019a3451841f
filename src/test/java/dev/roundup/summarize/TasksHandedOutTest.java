package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tasks handed out as a list in one message, each person named before what is theirs, and the
 * speaker's own task after them; beside lists that hand nothing out (thanks, a copy, a story of
 * who did what, a question).
 */
class TasksHandedOutTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void each_person_named_in_a_list_owns_what_follows_their_name() {
    List<ActionItem> found = items(
        "U1", "ok oct 21 it is for the 4.0 release",
        "U1", "owners: <@U2> offline mode bugs fixed by oct 11, <@U3> regression plan by friday, "
            + "<@U4> tell marketing the date. ill do the release notes");
    assertThat(found).extracting(ActionItem::owner).containsExactlyInAnyOrder("U2", "U3", "U4",
        "U1");
    assertThat(found).filteredOn(i -> "U3".equals(i.owner())).singleElement()
        .satisfies(i -> assertThat(i.text()).containsIgnoringCase("regression plan"));
    assertThat(found).filteredOn(i -> "U1".equals(i.owner())).singleElement()
        .satisfies(i -> assertThat(i.text()).containsIgnoringCase("release notes"));
  }

  @Test
  void the_speakers_own_task_after_the_list_is_theirs() {
    List<ActionItem> found = items(
        "U1", "ok consensus = lisbon, may 14-15",
        "U1", "tasks: <@U2> find a venue for ~14 ppl, <@U3> flights (book by end of month, "
            + "prices jump), ill do the agenda");
    assertThat(found).extracting(ActionItem::owner).containsExactlyInAnyOrder("U2", "U3", "U1");
  }

  @Test
  void a_list_is_handed_out_in_every_language() {
    assertThat(items(
        "U1", "Der Umzug ist am 14.3.",
        "U1", "Aufgaben: <@U2> Angebot für die Umzugsfirma einholen, <@U3> Termin mit der "
            + "Hausverwaltung klären"))
        .extracting(ActionItem::owner).containsExactlyInAnyOrder("U2", "U3");
    assertThat(items(
        "U1", "La soirée électorale est dimanche.",
        "U1", "répartition : <@U2> le live sur le site, <@U3> le QG de la liste Moreau"))
        .extracting(ActionItem::owner).containsExactlyInAnyOrder("U2", "U3");
    assertThat(items(
        "U1", "Plan:\n1. January: port the 4 backend repos (<@U2>)\n2. February: frontend + "
            + "mobile pipelines (<@U3>)"))
        .extracting(ActionItem::owner).contains("U2", "U3");
  }

  @Test
  void thanks_a_copy_a_story_or_a_question_hands_nothing_out() {
    assertThat(items(
        "U1", "release is out, thanks <@U2>, <@U3>")).isEmpty();
    assertThat(items(
        "U1", "cc <@U2>, <@U3>")).isEmpty();
    assertThat(items(
        "U1", "what happened last night?",
        "U4", "<@U2> fixed the build, <@U3> deployed it"))
        .extracting(ActionItem::owner).doesNotContain("U2", "U3");
    assertThat(items(
        "U1", "<@U2> the budget, <@U3> the photos?")).isEmpty();
    assertThat(items(
        "U1", "gracias <@U2>, <@U3>")).isEmpty();
  }

  @Test
  void a_list_of_roles_hands_out_no_tasks_in_every_language() {
    assertThat(items("U1", "Roles: <@U2> coxswain, <@U3> safety boat, <@U4> shore coordinator"))
        .isEmpty();
    assertThat(items("U1", "Rollen: <@U2> Bootsführer, <@U3> Sicherungsboot")).isEmpty();
    assertThat(items("U1", "Rôles : <@U2> barreur, <@U3> bateau de sécurité")).isEmpty();
    assertThat(items("U1", "Puestos: <@U2> patrón, <@U3> lancha de apoyo")).isEmpty();
    assertThat(items("U1", "Papéis: <@U2> timoneiro, <@U3> barco de apoio")).isEmpty();
    assertThat(items("U1", "役割：<@U2> 艇長、<@U3> 救助艇")).isEmpty();
    // Near miss: a list of tasks stays one item a person.
    assertThat(items("U1", "Tasks: <@U2> book the boat, <@U3> brief the safety crew"))
        .extracting(ActionItem::owner).containsExactlyInAnyOrder("U2", "U3");
  }

  @Test
  void posts_said_in_an_incident_after_ones_own_hand_out_no_tasks_in_every_language() {
    assertThat(items("U1", "i'm IC, <@U2> comms, <@U3> mitigation")).isEmpty();
    assertThat(items("U1", "ich bin Einsatzleitung, <@U2> Kommunikation, <@U3> Technik")).isEmpty();
    assertThat(items("U1", "je suis IC, <@U2> com, <@U3> mitigation")).isEmpty();
    assertThat(items("U1", "yo soy IC, <@U2> comunicación, <@U3> mitigación")).isEmpty();
    assertThat(items("U1", "eu sou IC, <@U2> comunicação, <@U3> mitigação")).isEmpty();
    assertThat(items("U1", "私が指揮、<@U2> 連絡、<@U3> 復旧")).isEmpty();
    // Near miss: work handed out after one's own absence stays one task a person.
    assertThat(items("U1", "i'm off tomorrow, <@U2> finish the deploy by noon, <@U3> answer the "
        + "support tickets")).extracting(ActionItem::owner).containsExactlyInAnyOrder("U2", "U3");
  }
}
