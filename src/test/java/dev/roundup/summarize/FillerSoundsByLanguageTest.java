package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Filler sounds are dropped only in the language they are fillers in: "um" is a German word
 * ("kümmert sich um") and Portuguese "a", German "er" is "he". A message is read in its own
 * language, even in a channel of another, and a quote keeps every word as written. Each case
 * beside the near miss that must keep working.
 */
class FillerSoundsByLanguageTest {

  @Test
  void a_reply_that_is_only_a_filler_sound_is_read_as_nothing_said() {
    // "mm-hmm" leaves no sentence once the filler is out; it used to make the summarizer fail.
    Conversation thread = Threads.chat(
        "U1", "so you all read what we are going to do or not?",
        "U2", "mm-hmm",
        "U1", "okay");
    Summary summary = new ExtractiveSummarizer().summarize(thread, SummaryOptions.DEFAULT);
    assertThat(summary.decisions()).isEmpty();
    assertThat(new ExtractiveAnswerer().answer(thread, "what did we decide?").found()).isFalse();
  }

  @Test
  void english_fillers_are_not_dropped_from_other_languages() {
    assertThat(SpokenText.tidy("Wer kümmert sich um die Übersetzung?", "de"))
        .isEqualTo("Wer kümmert sich um die Übersetzung?");
    assertThat(SpokenText.tidy("Er kümmert sich darum, äh, morgen.", "de"))
        .isEqualTo("Er kümmert sich darum, morgen.");
    assertThat(SpokenText.tidy("Je m'occupe de la traduction, euh, demain.", "fr"))
        .isEqualTo("Je m'occupe de la traduction, demain.");
    assertThat(SpokenText.tidy("Vou abrir um ticket, hã, hoje.", "pt"))
        .isEqualTo("Vou abrir um ticket, hoje.");
    assertThat(SpokenText.tidy("Ah, eh, ¿quién se encarga? Ehm, yo.", "es"))
        .isEqualTo("Ah, eh, ¿quién se encarga? yo.");
    // A language without a list of its own drops none.
    assertThat(SpokenText.tidy("Um de er ah het plan.", "nl")).isEqualTo("Um de er ah het plan.");
  }

  @Test
  void doubled_words_are_folded_only_where_they_are_stutters() {
    assertThat(SpokenText.tidy("Nous nous voyons lundi.", "fr")).isEqualTo("Nous nous voyons lundi.");
    assertThat(SpokenText.tidy("Die Leute, die die Tests schreiben.", "de"))
        .isEqualTo("Die Leute, die die Tests schreiben.");
    assertThat(SpokenText.tidy("I think that that is fine, the the rest waits.", "en"))
        .isEqualTo("I think that that is fine, the rest waits.");
  }

  @Test
  void english_filler_sounds_are_still_dropped_but_not_acronyms_or_units() {
    assertThat(SpokenText.tidy("Um, we ship uh Friday.", "en")).isEqualTo("we ship Friday.");
    assertThat(SpokenText.tidy("Took him to the ER, the gap is 5 mm wide.", "en"))
        .isEqualTo("Took him to the ER, the gap is 5 mm wide.");
  }

  @Test
  void a_message_in_another_language_is_read_in_its_own_language() {
    assertThat(LanguageDetector.messageCode("Wer kümmert sich um die Übersetzung?", "en"))
        .isEqualTo("de");
    assertThat(LanguageDetector.messageCode("Kannst du dich um das Release kümmern?", "en"))
        .isNotEqualTo("en");
    assertThat(LanguageDetector.messageCode("um, who owns the release notes?", "en")).isEqualTo("en");
    assertThat(LanguageDetector.messageCode("ok", "de")).isEqualTo("de");
  }

  @Test
  void an_open_question_keeps_um_in_german_even_in_an_english_channel() {
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    Summary german = summarizer.summarize(Threads.chat(
        "U1", "Wer kümmert sich um die Übersetzung?",
        "U2", "Keine Ahnung, das hat noch niemand übernommen."));
    assertThat(german.openQuestions()).extracting(Point::text)
        .anySatisfy(q -> assertThat(q).contains("kümmert sich um die Übersetzung"));

    Summary mixed = summarizer.summarize(Threads.chat(
        "U1", "The release notes are ready and we should ship them to the customers this week.",
        "U2", "What about the German customers? They get the same notes with the translation.",
        "U3", "Wer kümmert sich um die Übersetzung?",
        "U1", "no idea, nobody has picked that up yet"));
    assertThat(mixed.openQuestions()).extracting(Point::text)
        .anySatisfy(q -> assertThat(q).contains("kümmert sich um die Übersetzung"));
  }

  @Test
  void a_single_german_request_keeps_um() {
    Summary summary = new ExtractiveSummarizer().summarize(Threads.chat(
        "U1", "Kannst du dich um das Release kümmern?"));
    assertThat(summary.tldr()).contains("dich um das Release");
  }

  @Test
  void an_answer_keeps_um_and_its_quote_keeps_every_word() {
    Conversation german = new Conversation("C1", Threads.chat(
        "U1", "Wer kümmert sich um die Übersetzung der Release Notes?",
        "U2", "Ich kümmere mich um die Übersetzung der Release Notes bis Freitag.",
        "U3", "Super, danke dir.").messages(), Map.of("U1", "Ana", "U2", "Ben", "U3", "Cem"));
    Answer answer = new ExtractiveAnswerer().answer(german, "Wer übersetzt die Release Notes?");
    assertThat(answer.found()).isTrue();
    assertThat(answer.text()).containsPattern("(?:sich|mich) um die Übersetzung");
    assertThat(answer.quotes()).extracting(Answer.Quote::text)
        .allSatisfy(q -> assertThat(q).containsPattern("(?:sich|mich) um die Übersetzung"));

    Conversation english = new Conversation("C1", Threads.chat(
        "U1", "who is checking the refund wording with legal?",
        "U2", "um, I will check the refund wording with legal by Friday.").messages(),
        Map.of("U1", "Ana", "U2", "Ben"));
    Answer spoken = new ExtractiveAnswerer().answer(english, "who checks the refund wording?");
    assertThat(spoken.found()).isTrue();
    assertThat(spoken.quotes()).extracting(Answer.Quote::text)
        .anySatisfy(q -> assertThat(q).startsWith("um, I will check"));
  }

  @Test
  void english_chat_shorthand_is_not_read_into_a_german_line_in_an_english_channel() {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "U1", "Where is the key for the server room? We need it for the rack move this week.",
        "U2", "Ja, im Büro liegt der Schlüssel.",
        "U3", "ok, im on it and ill bring it to the server room"));
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.sentencesOf(1)).extracting(Sentence::text)
        .containsExactly("Ja, im Büro liegt der Schlüssel.");
    assertThat(c.sentencesOf(2)).extracting(Sentence::text)
        .containsExactly("ok, i'm on it and i'll bring it to the server room");
  }
}
