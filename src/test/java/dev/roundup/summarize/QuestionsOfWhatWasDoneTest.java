package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question put to someone about what was done, answered yes with what they found, asks for no
 * work ({@link AcceptedRequests#asksWhatTheyKnow}): whether they managed to look ("tu as pu
 * regarder d'où vient le doublon ?", "konntest du schon schauen …?", "você conseguiu ver …?",
 * 「原因を見てもらえましたか？」), or what someone else did ("ana, did she email from the address
 * on file?" — "yes, same address"). Asked to look, and taking it on, it stays a task.
 */
class QuestionsOfWhatWasDoneTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <@UYANN> tu as pu regarder d'où vient le doublon ? | UYANN | oui, c'est le back-office qui ne revérifie pas la jauge
      <@UJAN> konntest du schon schauen, woher der Fehler kommt? | UJAN | ja, das Backoffice prüft die Kapazität nicht
      <@URUI> você conseguiu ver de onde vem o erro? | URUI | sim, é o formulário de reservas
      <@UAYA> 原因を見てもらえましたか？ | UAYA | はい、予約フォームの設定でした
      """)
  void asked_whether_they_managed_to_look_and_answered_with_what_they_found(String asked,
      String who, String answer) {
    assertThat(Threads.actionItems("UCLARA", asked, who, answer)).isEmpty();
  }

  @Test
  void a_question_by_name_about_what_someone_else_did_asks_no_work() {
    List<ActionItem> found = Threads.actionItems(Map.of("UBEN", "ben", "UANA", "ana"),
        "UBEN", "first step is ID. ana, did she email from the address on file?",
        "UANA", "yes, same address, and she quoted her member number");
    assertThat(found).isEmpty();
  }

  @Test
  void asked_to_look_and_taking_it_on_stays_a_task() {
    assertThat(Threads.actionItems(
        "UCLARA", "<@UYANN> tu peux regarder d'où vient le doublon ?",
        "UYANN", "oui je regarde ça cet après-midi"))
        .extracting(ActionItem::owner).containsExactly("UYANN");
    assertThat(Threads.actionItems(Map.of("UBEN", "ben", "UANA", "ana"),
        "UBEN", "ana, can you email her from the address on file?",
        "UANA", "yes, will do"))
        .extracting(ActionItem::owner).containsExactly("UANA");
  }

  @Test
  void a_request_after_the_question_stays_a_task() {
    assertThat(Threads.actionItems(Map.of("UBEN", "ben", "UCAR", "car"),
        "UBEN", "car, did they pay? chase them if not",
        "UCAR", "sure, will do"))
        .extracting(ActionItem::owner).containsExactly("UCAR");
    assertThat(Threads.actionItems(
        "UCLARA", "<@USATO> 請求書の件、先方に催促していただけましたか？まだでしたら本日中にお願いします",
        "USATO", "承知しました"))
        .extracting(ActionItem::owner).containsExactly("USATO");
  }
}
