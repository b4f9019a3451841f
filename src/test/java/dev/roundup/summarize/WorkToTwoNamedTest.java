package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Work said to two people named together ("Noor and Finn, split the 64 and correct the docket
 * entries by Friday", "Noor und Finn, …", "Noor et Finn, …", "Noor y Finn, …", "Noor e Finn, …")
 * that either of them takes on is their task, read by the action-item rules, and no decision of
 * the thread; an arrangement said to the two that neither takes on as work stays a decision.
 */
class WorkToTwoNamedTest {

  @Test
  void work_said_to_two_named_that_one_takes_on_is_no_decision() {
    assertThat(decisions(
        "UBETH", "64 filings since 1 November came in after 17:00, the list is in the folder.",
        "UAMARA", "Noor and Finn, split the 64 and correct the docket entries by Friday.",
        "UFINN", "ok, I'll take the first 32",
        "UNOOR", "the rest then"))
        .noneMatch(d -> d.contains("split the 64"));
    assertThat(decisions(
        "UBETH", "64 Eingänge seit 1. November nach 17 Uhr, die Liste liegt im Ordner.",
        "UAMARA", "Noor und Finn, teilt die 64 auf und korrigiert die Einträge bis Freitag.",
        "UFINN", "ok, ich nehme die ersten 32",
        "UNOOR", "den Rest dann ich"))
        .noneMatch(d -> d.contains("teilt die 64"));
  }

  @Test
  void an_arrangement_said_to_two_named_that_neither_takes_on_stays_a_decision() {
    assertThat(decisions(
        "UBETH", "the old docket system is slow again, 64 filings are waiting.",
        "UAMARA", "Noor and Finn, we decided to keep the old docket system until March.",
        "UFINN", "ok"))
        .anyMatch(d -> d.contains("old docket system until March"));
    assertThat(decisions(
        "UBETH", "Das alte Registersystem ist wieder langsam, 64 Eingänge warten.",
        "UAMARA", "Noor und Finn, wir haben entschieden: das alte Registersystem bleibt bis März.",
        "UFINN", "ok"))
        .anyMatch(d -> d.contains("bleibt bis März"));
  }
}
