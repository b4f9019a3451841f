package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTakenOnTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void a_suggestion_taken_on_with_will_do_is_a_task_of_the_one_who_took_it() {
    List<ActionItem> found = items(
        "U1", "Prospect Kaleido asks for a longer trial, their security review is slow",
        "U2", "also send them our security pack (SOC2 report, pentest summary), usually speeds up the review",
        "U1", "good idea, will do");
    assertThat(found).extracting(ActionItem::owner).containsExactly("U1");
    assertThat(found.get(0).text()).containsIgnoringCase("security pack");
    assertThat(found.get(0).sources()).hasSize(2);
  }

  @Test
  void a_suggestion_taken_on_in_german_or_french_is_a_task_too() {
    assertThat(items(
        "U1", "Der Kunde wartet noch auf die Unterlagen für die Sicherheitsprüfung",
        "U2", "schick ihnen noch das Security-Paket mit dem Pentest-Bericht",
        "U1", "gute Idee, mach ich")).extracting(ActionItem::owner).containsExactly("U1");
    assertThat(items(
        "U1", "Le client attend encore les documents pour son audit de sécurité",
        "U2", "envoie-leur aussi le dossier sécurité avec le rapport de pentest",
        "U1", "bonne idée, je m'en occupe")).extracting(ActionItem::owner).containsExactly("U1");
  }

  @Test
  void a_bare_ok_takes_nothing_on() {
    assertThat(items(
        "U1", "the new sending domain went live on Nov 9",
        "U2", "the allowlist of Nordlicht only has the old domain",
        "U1", "ok")).isEmpty();
  }

  @Test
  void an_addition_to_the_takers_own_task_named_only_as_that_is_no_new_task() {
    assertThat(items(
        "U1", "the allowlist of Nordlicht only has the old sending domain",
        "U2", "DKIM selector is rpt1, include that too",
        "U1", "will do")).isEmpty();
  }
}
