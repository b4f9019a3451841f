package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.eval.GoldThread;
import dev.roundup.eval.GoldThreadLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Hand-written threads in German, French, Spanish, Portuguese and Japanese (the eval set's
 * {@code dev/} threads): the language is recognised, the decision and the commitment are found
 * with their owner, and the summary's labels are in the thread's language.
 */
class MultilingualSummaryTest {

  private static GoldThread thread(String name) throws Exception {
    return GoldThreadLoader.load(Path.of("src/test/resources/eval/slack-threads/dev", name));
  }

  @ParameterizedTest
  @CsvSource({
      "de-incident-login.thread, de, Entscheidungen, Aufgaben, Offene Fragen, UCLARA",
      "fr-planning-release.thread, fr, Décisions, Actions, Questions ouvertes, UMARC",
      "es-support-invoices.thread, es, , Tareas, Preguntas abiertas, UPABLO",
      "pt-decision-hosting.thread, pt, Decisões, Tarefas, , URITA",
      "ja-incident-batch.thread, ja, 決定事項, アクションアイテム, 未解決の質問, USUZUKI"})
  void each_language_gets_its_decisions_owners_and_labels(String file, String language,
      String decisions, String actions, String questions, String owner) throws Exception {
    GoldThread t = thread(file);
    Summary summary = new ExtractiveSummarizer().summarize(t.conversation());
    String text = SummaryText.render(summary, t.conversation()::nameOf);

    assertThat(summary.language()).isEqualTo(language);
    assertThat(summary.actionItems()).extracting(ActionItem::owner).contains(owner);
    for (String label : new String[] {decisions, actions, questions}) {
      if (label != null) {
        assertThat(text).contains("\n" + label + "\n");
      }
    }
    assertThat(summary.decisions()).hasSize(t.decisions().size());
    // The TL;DR joins the first decision in the thread's words too, after the topic's own stop.
    if (decisions != null) {
      assertThat(summary.tldr()).contains(" " + Labels.of(language).decided() + ": ")
          .doesNotContain("Decided:").doesNotContain("。.");
    }
  }

  @Test
  void japanese_is_cut_into_words_by_its_morphology_not_by_spaces() {
    TextAnalysis japanese = TextAnalysis.of("ja");
    String sentence = "古いログを削除してバッチを再実行しましょう";
    List<String> terms = japanese.terms(sentence, japanese.words(sentence));
    assertThat(terms).containsExactly("古い", "ログ", "削除", "バッチ", "実行");
    assertThat(SentenceSplitter.split("ディスクがいっぱいです。ログが書けません！誰が見ますか？", "ja"))
        .containsExactly("ディスクがいっぱいです。", "ログが書けません！", "誰が見ますか？");
  }

  @Test
  void european_languages_drop_their_stop_words_and_share_stems() {
    TextAnalysis german = TextAnalysis.of("de");
    assertThat(german.terms("", german.words("Die Konfiguration der Server wird angepasst")))
        .doesNotContain("die", "der", "wird")
        .containsAll(german.terms("", german.words("die Konfigurationen")));
    TextAnalysis french = TextAnalysis.of("fr");
    assertThat(french.words("l'équipe prévient le support")).startsWith("équipe");
  }
}
