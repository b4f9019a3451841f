package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A statement of what is done, from whoever leads the thread, that the next other voice agrees to
 * with a bare word is taken ("anything older than 2 years we don't migrate, it stays in confluence
 * as read-only archive" — "fine"), and a message of several such statements is one decision.
 * The same from someone who does not lead needs two agreements; an opinion, a task given to
 * someone named or said to "you", or a report of where things stand is never taken.
 */
class StatementsAgreedWithTheLeadTest {

  @Test
  void the_leads_statement_agreed_once_is_taken() {
    assertThat(decisions(
        "U1", "proposal: move eng docs from Confluence into the repos as markdown. thoughts?",
        "U2", "yes please, confluence search is useless",
        "U1", "anything older than 2 years we don't migrate, it stays in confluence as archive",
        "U2", "fine"))
        .anyMatch(d -> d.contains("older than 2 years we don't migrate"));
    assertThat(decisions(
        "U1", "Vorschlag: die Entwickler-Doku aus Confluence ins Repo als Markdown. Meinungen?",
        "U2", "ja bitte, die Suche in Confluence ist nutzlos",
        "U1", "alles älter als 2 Jahre migrieren wir nicht, das bleibt als Archiv in Confluence",
        "U2", "passt"))
        .anyMatch(d -> d.contains("älter als 2 Jahre migrieren wir nicht"));
  }

  @Test
  void a_message_of_several_statements_is_one_decision() {
    assertThat(decisions(
        "U1", "proposal: move eng docs from Confluence into the repos as markdown. thoughts?",
        "U2", "what about runbooks? those get edited during incidents",
        "U1", "runbooks stay in confluence for now. only design docs and onboarding move",
        "U3", "👍"))
        .filteredOn(d -> d.contains("unbooks") || d.contains("onboarding move")).hasSize(1);
    assertThat(decisions(
        "U1", "Vorschlag: die Entwickler-Doku aus Confluence ins Repo als Markdown. Meinungen?",
        "U2", "und die Runbooks? die werden im Incident bearbeitet",
        "U1", "Runbooks bleiben vorerst in Confluence. Nur Design-Doku und Onboarding ziehen um",
        "U3", "👍"))
        .filteredOn(d -> d.contains("Runbooks") || d.contains("Onboarding")).hasSize(1);
  }

  @Test
  void a_statement_said_to_you_is_a_task_handed_out() {
    assertThat(decisions(
        "U1", "duplicate reminders fired at 02:30 after the DST switch",
        "U2", "the jobs at 02:xx would be skipped in March too",
        "U1", "good point. jo, put those on your list as well",
        "U3", "ok"))
        .isEmpty();
    assertThat(decisions(
        "U1", "des rappels en double à 02:30 après le changement d'heure",
        "U2", "les jobs de 02:xx sauteraient aussi en mars",
        "U1", "bien vu. jo, mets-les aussi sur ta liste",
        "U3", "ok"))
        .isEmpty();
  }

  @Test
  void someone_elses_statement_an_opinion_or_a_task_given_is_not_taken() {
    // Not the one leading: one "fine" is not enough.
    assertThat(decisions(
        "U1", "proposal: move eng docs from Confluence into the repos as markdown. thoughts?",
        "U2", "yes please, confluence search is useless",
        "U3", "anything older than 2 years we don't migrate, it stays in confluence as archive",
        "U2", "fine"))
        .noneMatch(d -> d.contains("older than 2 years"));
    // An opinion.
    assertThat(decisions(
        "U1", "Precisamos padronizar a linguagem dos scripts de ops. Sugestões?",
        "U2", "Python, todo mundo sabe",
        "U1", "Go pra script de ops é exagero na minha opinião, metade do time não sabe Go",
        "U2", "verdade"))
        .noneMatch(d -> d.contains("exagero"));
    // A task given to someone named.
    assertThat(decisions(
        "U1", "duplicate reminders fired at 02:30 after the DST switch",
        "U2", "I'll move the scheduler triggers to UTC",
        "U1", "<@U3> put the jobs at 02:xx on your list as well",
        "U3", "ok"))
        .noneMatch(d -> d.contains("on your list"));
  }
}
