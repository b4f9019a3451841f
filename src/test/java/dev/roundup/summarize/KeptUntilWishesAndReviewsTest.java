package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Something kept as it is until something happens, whatever its subject, is the plan when whoever
 * leads the thread says it ("the sync job stays paused until the filter is fixed"), and a
 * description when someone else does. A wish ("we should …") that the reply takes on as the
 * replier's own work is a task, not a decision; an approval given to a change under review
 * ("approved, merging") is the review done; a bare "make it the rule" after a rule in the same
 * message is that rule, one decision.
 */
class KeptUntilWishesAndReviewsTest {

  @Test
  void something_kept_until_something_happens_is_the_plan_of_whoever_leads_the_thread() {
    assertThat(decisions(
        "U1", "half of support is locked out of grafana since the nightly LDAP sync",
        "U2", "restored the accounts from yesterday's snapshot",
        "U1", "the sync job stays paused until the filter is fixed."))
        .anyMatch(d -> d.contains("stays paused until the filter is fixed"));
    assertThat(decisions(
        "U1", "Die Handscanner im Lager melden seit 6 Uhr Sync-Fehler",
        "U2", "VLAN steht, Scanner syncen wieder",
        "U1", "das temporäre VLAN wird heute abend abgeschaltet, sobald alle 80 das neue Zert haben."
            + " nicht länger offen lassen"))
        .anyMatch(d -> d.contains("abgeschaltet, sobald alle 80"));
    assertThat(decisions(
        "U1", "plan de sortie du datacenter : la passerelle ftp, la base de reporting",
        "U2", "la base de reporting, je la migre vers RDS",
        "U1", "la passerelle ftp restera en service jusqu'à ce que les 3 clients passent à l'API."))
        .anyMatch(d -> d.contains("restera en service jusqu'à ce que"));
    assertThat(decisions(
        "U1", "Colo exit plan: the ftp gateway, the old reporting db, the license server",
        "U2", "ftp gateway - do we even still need it? only 3 customers use sftp",
        "U1", "we need it until those 3 move to the API. <@U3> can you ask them for a date?"))
        .anyMatch(d -> d.contains("need it until those 3 move"));
  }

  @Test
  void the_same_words_from_someone_else_or_put_off_describe_or_defer() {
    // Told by someone who does not lead the thread: how the system behaves.
    assertThat(decisions(
        "U1", "notes vanish after a sync conflict on Android",
        "U2", "the local copy stays in pending_ops until the app restarts."))
        .isEmpty();
    assertThat(decisions(
        "U1", "Notizen verschwinden nach einem Sync-Konflikt",
        "U2", "der lokale Stand bleibt in der Warteschlange, bis die App neu startet."))
        .isEmpty();
    // Put off: nothing is kept as the plan.
    assertThat(decisions(
        "U1", "the nightly export double counts refunds",
        "U2", "fix is a one-liner",
        "U1", "the export stays as it is until we know more."))
        .isEmpty();
  }

  @Test
  void a_wish_taken_on_by_the_reply_is_a_task_not_a_decision() {
    assertThat(decisions(
        "U1", "the SSO fix is merged",
        "U2", "btw we should document the supported attribute names somewhere public",
        "U3", "agree. I can take a first pass at a help center article"))
        .isEmpty();
    assertThat(decisions(
        "U1", "el export de auditoría ya está enviado",
        "U2", "deberíamos subir el límite de la UI a 1 año, esto pasa cada trimestre",
        "U3", "sí. lo llevo a la reunión de producto del martes"))
        .isEmpty();
  }

  @Test
  void a_plan_said_outright_and_taken_on_still_decides() {
    assertThat(decisions(
        "U1", "the SSO fix is merged",
        "U2", "let's document the supported attribute names in the help center",
        "U3", "agreed, I'll write it"))
        .anyMatch(d -> d.contains("document the supported attribute names"));
    assertThat(decisions(
        "U1", "el export de auditoría ya está enviado",
        "U2", "propongo subir el límite de la UI a 1 año",
        "U3", "de acuerdo, lo hago yo"))
        .anyMatch(d -> d.contains("subir el límite de la UI"));
  }

  @Test
  void an_approval_of_a_change_under_review_decides_nothing() {
    assertThat(decisions(
        "U1", "we already accept mail for Azure, extend the alias list to all IdPs",
        "U2", "PR up <https://git.example.com/sso/pull/903|#903>",
        "U1", "approved, merging"))
        .noneMatch(d -> d.toLowerCase().contains("merging"));
    assertThat(decisions(
        "U1", "PR prête <https://git.example.com/sso/pull/903|#903>",
        "U2", "approuvé, je merge"))
        .isEmpty();
  }

  @Test
  void an_approval_that_says_what_is_approved_still_decides() {
    assertThat(decisions(
        "U1", "Acme asks for a prorated refund after the outage",
        "U2", "I approve the prorated refund for Acme"))
        .isNotEmpty();
    assertThat(decisions(
        "U1", "dependabot opened 41 PRs this week. proposal: auto-merge patch bumps when CI is green",
        "U2", "i'm fine with auto-merge for patches as long as we exclude the payments runtime deps",
        "U1", "ok: patches auto-merge, payments runtime deps excluded. fine?",
        "U3", "fine by me"))
        .isNotEmpty();
  }

  @Test
  void a_bare_word_making_it_the_rule_joins_the_rule_in_its_own_message() {
    assertThat(decisions(
        "U1", "検証環境のデータの扱いについて",
        "U2", "あと、今後は本番データを検証環境に持ち出すときは必ず申請を通すこと。ルールにします"))
        .singleElement().asString().contains("必ず申請を通す");
    assertThat(decisions(
        "U1", "zu den Reviews im Infra-Repo",
        "U2", "ab sofort brauchen Infra-PRs zwei Reviews. Beschlossen."))
        .singleElement().asString().contains("zwei Reviews");
  }
}
