package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways of giving or taking a task beyond "can you …" and "I'll …": a reminder someone takes
 * ("make sure …" — "will do"), the German present tense with a time ("ich verschieb den Cron, PR
 * kommt gleich"), a Japanese reply that is only the verb ("切り戻します"); and what only looks
 * like a task: a reminder nobody takes, a request for approval, a remark about oneself or a
 * past report.
 */
class TaskWordingsTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  private static List<String> owners(String... userTextPairs) {
    return items(userTextPairs).stream().map(ActionItem::owner).toList();
  }

  @Test
  void a_reminder_taken_by_the_next_reply_is_its_task_in_every_language() {
    assertThat(owners(
        "U1", "👍 make sure the credit goes in as a note on the account, billing misses it",
        "U2", "will do")).containsExactly("U2");
    assertThat(owners(
        "U1", "Denk dran, die Gutschrift als Notiz am Kundenkonto einzutragen, sonst übersieht "
            + "Billing sie.",
        "U2", "mache ich")).containsExactly("U2");
    assertThat(owners(
        "U1", "Pense à ajouter l'avoir en note sur le compte du client, sinon la facturation "
            + "l'oublie.",
        "U2", "je m'en occupe")).containsExactly("U2");
    assertThat(owners(
        "U1", "Asegúrate de añadir el crédito como nota en la cuenta del cliente, facturación "
            + "siempre lo olvida.",
        "U2", "me encargo")).containsExactly("U2");
    assertThat(owners(
        "U1", "Não esquece de colocar o crédito como nota na conta do cliente, o faturamento "
            + "sempre esquece.",
        "U2", "deixa comigo")).containsExactly("U2");
  }

  @Test
  void a_reminder_nobody_takes_is_advice() {
    assertThat(items(
        "U1", "make sure we don't break prod with the new migration tonight",
        "U2", "lol noted, the release notes are in the wiki")).isEmpty();
    assertThat(items(
        "U1", "Denk dran, dass Freitag Feiertag ist und niemand deployt.",
        "U2", "stimmt, danke für den Hinweis")).isEmpty();
  }

  @Test
  void the_german_present_tense_with_a_time_is_a_plan() {
    assertThat(owners(
        "U1", "Der Rechnungslauf kollidiert mit dem Reindex-Job, beide laufen um 02:00.",
        "U2", "ich verschieb den Reindex-Cron, PR kommt gleich")).containsExactly("U2");
  }

  @Test
  void the_german_present_tense_about_oneself_or_in_the_past_is_no_plan() {
    assertThat(items(
        "U1", "Kommst du morgen ins Büro zum Workshop mit dem Kunden?",
        "U2", "ich bin morgen leider nicht da, ich war heute schon beim Kunden")).isEmpty();
    assertThat(items(
        "U1", "Wie war der Termin mit dem Kunden gestern Nachmittag?",
        "U2", "ich glaube heute kommt noch eine Mail vom Kunden")).isEmpty();
  }

  @Test
  void a_japanese_reply_that_is_only_the_verb_takes_it_on_but_a_past_one_does_not() {
    assertThat(owners(
        "U1", "今朝のingress設定変更でproxy-body-sizeがデフォルトに戻っています。",
        "U2", "対応します")).containsExactly("U2");
    assertThat(items(
        "U1", "今朝のingress設定変更でproxy-body-sizeがデフォルトに戻っています。",
        "U2", "切り戻しました")).isEmpty();
  }

  @Test
  void a_request_for_approval_is_no_task_but_a_request_to_review_is() {
    assertThat(items(
        "U1", "então: scripts novos em Python 3, bash permitido abaixo de 50 linhas. <@U2> pode "
            + "aprovar?",
        "U2", "aprovado")).isEmpty();
    assertThat(items(
        "U1", "the vendor quote is €11k, which fits the budget. <@U2> can you approve?",
        "U2", "approved")).isEmpty();
    assertThat(owners(
        "U1", "PR for the cron move is up. <@U2> can you review the PR today?",
        "U2", "yes")).containsExactly("U2");
  }

  @Test
  void a_japanese_honorific_after_the_mention_stays_with_the_name_not_the_task() {
    for (String request : List.of(
        "<@USATO> さん、先方に日程を打診してもらえますか？来週中に返事が欲しいです。",
        "<@USATO>様、先方に日程を打診してもらえますか？来週中に返事が欲しいです。")) {
      assertThat(items("U1", "配送会社の件、来週までに決めたいです。候補は2社あります。", "U2", request,
          "USATO", "了解です、やっておきます。"))
          .singleElement().satisfies(item -> {
            assertThat(item.owner()).isEqualTo("USATO");
            assertThat(item.text()).startsWith("先方に日程を打診");
          });
    }
  }
}
