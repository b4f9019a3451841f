package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan in the present tense that goes on from what was said or heard ("Ute sagt 500 GB sind
 * ok, ich bestell das heute", "então respondo a Aurora com essa contraproposta até sexta",
 * "entonces respondo a Aurora con la contraoferta el viernes", "beleza, passo pro cliente") is
 * the speaker's task; and in Japanese, a request in any verb's te-form ("手順を調べてもらえますか",
 * "声をかけてください") put to someone by mention or by a name with an honorific ("田中さん、…"),
 * taken on in the next reply, is theirs.
 */
class PlansGoingOnAndRequestsByHonorificTest {

  private static List<ActionItem> items(Map<String, String> names, String... userTextPairs) {
    return Threads.actionItems(names, userTextPairs);
  }

  private static List<ActionItem> items(String... userTextPairs) {
    return items(Map.of(), userTextPairs);
  }

  @Test
  void a_plan_after_what_the_speaker_heard_or_said_is_theirs() {
    assertThat(items(
        "U1", "CI ist rot, die Platten auf den Agents sind voll, wir brauchen mehr Platz",
        "U2", "Ute sagt 500 GB pro Agent ist ok, ich bestell das heute",
        "U1", "👍"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "a Torrefação Aurora mandou a proposta, pagamento em 120 dias e exclusividade",
        "U2", "proponho: exclusividade não, prazo até 90 dias se o preço subir",
        "U3", "fechado",
        "U2", "então respondo a Aurora com essa contraproposta até sexta"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "la tostadora Aurora mandó la propuesta, pago a 120 días y exclusividad del lote",
        "U2", "propongo: exclusividad no, plazo hasta 90 días si sube el precio",
        "U3", "de acuerdo",
        "U2", "entonces respondo a Aurora con la contraoferta el viernes"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }

  @Test
  void an_order_or_an_opinion_after_then_is_not_the_speakers_plan() {
    // Near misses: what someone else is told to do, and what the speaker only thinks.
    assertThat(items(
        "U1", "o app está lento desde as 14h, o cron do relatório está pesando no banco",
        "U2", "Então desliga o cron do relatório até amanhã, ninguém usa isso à tarde"))
        .extracting(ActionItem::owner).doesNotContain("U2");
    assertThat(items(
        "U1", "CI ist rot, die Platten auf den Agents sind voll, wir brauchen mehr Platz",
        "U2", "Ute sagt vielleicht, ich glaube heute wird das nichts mehr",
        "U1", "ok")).isEmpty();
  }

  @Test
  void a_japanese_request_in_any_te_form_is_taken_on_by_the_one_addressed() {
    assertThat(items(
        "U1", "移行は1月末までに完了させます。<@U2> さん、Confluenceからのエクスポート手順を調べてもらえますか？",
        "U2", "はい、来週中にまとめます"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(Map.of("U1", "sato", "U2", "tanaka"),
        "U1", "リハーサルは1月10日の閉館後にやりましょう。",
        "U1", "田中さん、各分館の担当者に声をかけてください",
        "U2", "はい、声かけます"))
        .extracting(ActionItem::owner, ActionItem::text)
        .containsExactly(tuple("U2", "各分館の担当者に声をかけてください"));
    // Near misses: a customer named with an honorific is nobody asked, and a request nobody takes
    // on stays nobody's.
    assertThat(items(Map.of("U1", "sato", "U2", "tanaka"),
        "U1", "ミドリ様（株式会社ミドリ）から、管理者なのに請求タブが見えないという問い合わせです",
        "U2", "ログを見てみます")).extracting(ActionItem::owner).doesNotContain("U1");
    assertThat(items(Map.of("U1", "sato", "U2", "tanaka"),
        "U1", "田中さん、各分館の担当者に声をかけてください",
        "U2", "いいえ、今週は無理です")).isEmpty();
  }

  @Test
  void an_english_or_spanish_name_is_still_read_as_the_handle_says_it() {
    assertThat(items(Map.of("U1", "Sofia", "U2", "Tariq"),
        "U1", "alright, candidates pick the format and we use the same rubric for both.",
        "U1", "tariq can you adapt the rubric?",
        "U2", "yep, draft by monday"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "el cliente ya tiene la nueva fecha de la versión 5.3.0, sale el lunes",
        "U2", "vale, se lo paso al cliente hoy"))
        .extracting(ActionItem::owner).containsExactly("U2");
  }
}
